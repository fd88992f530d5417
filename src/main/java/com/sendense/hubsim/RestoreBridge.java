package com.sendense.hubsim;

import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.http.ReplyWriter;
import com.sendense.hubsim.restore.BackupCatalog;
import com.sun.net.httpserver.HttpHandler;
import java.lang.invoke.MethodHandle;
import java.lang.invoke.MethodHandles;
import java.lang.invoke.MethodType;

/**
 * The seam to the restore half ({@code com.sendense.hubsim.restore.RestoreHandler}, built on its
 * own branch): the HTTP handler for {@code /api/v1/restore/*}, the cascade of a deleted backup and
 * the control API's clean-up of failed mounts. Until that class is on the class path, the hub
 * behaves like one without restore handlers: restore paths are unknown routes.
 */
interface RestoreBridge extends AutoCloseable {

    String RESTORE_HANDLER = "com.sendense.hubsim.restore.RestoreHandler";

    HttpHandler handler();

    /** {@code DELETE /backups/{id}} cascades to the mounts of that backup's disks. */
    void backupDeleted(String backupId);

    /** Removes mounts stuck in {@code failed} state; returns how many. */
    int clearFailedMounts();

    @Override
    void close();

    static RestoreBridge create(SimulatorConfig config, BackupCatalog catalog) {
        Class<?> type;
        try {
            type = Class.forName(RESTORE_HANDLER);
        } catch (ClassNotFoundException e) {
            return absent(config);
        }
        try {
            MethodHandles.Lookup lookup = MethodHandles.publicLookup();
            Object handler = lookup.findConstructor(type, MethodType.methodType(void.class, SimulatorConfig.class, BackupCatalog.class))
                    .invoke(config, catalog);
            MethodHandle deleted = lookup.findVirtual(type, "backupDeleted", MethodType.methodType(void.class, String.class));
            MethodHandle clear = lookup.findVirtual(type, "clearFailedMounts", MethodType.methodType(int.class));
            return new Present((HttpHandler) handler, deleted.bindTo(handler), clear.bindTo(handler));
        } catch (Throwable e) {
            throw new IllegalStateException(RESTORE_HANDLER + " does not have the agreed shape", e);
        }
    }

    private static RestoreBridge absent(SimulatorConfig config) {
        ReplyWriter writer = new ReplyWriter(config.writeTimeout());
        return new RestoreBridge() {
            @Override
            public HttpHandler handler() {
                return exchange -> writer.write(exchange, new Reply.Text(404, "404 page not found"));
            }

            @Override
            public void backupDeleted(String backupId) {
            }

            @Override
            public int clearFailedMounts() {
                return 0;
            }

            @Override
            public void close() {
            }
        };
    }

    /** The restore half's handler, called through method handles so this half compiles without it. */
    record Present(HttpHandler handler, MethodHandle deleted, MethodHandle clear) implements RestoreBridge {

        @Override
        public void backupDeleted(String backupId) {
            try {
                deleted.invoke(backupId);
            } catch (Throwable e) {
                throw new IllegalStateException("Restore cascade failed for " + backupId, e);
            }
        }

        @Override
        public int clearFailedMounts() {
            try {
                return (int) clear.invoke();
            } catch (Throwable e) {
                throw new IllegalStateException("Clearing failed mounts failed", e);
            }
        }

        @Override
        public void close() {
            if (handler instanceof AutoCloseable closeable) {
                try {
                    closeable.close();
                } catch (Exception e) {
                    throw new IllegalStateException("Closing the restore handler failed", e);
                }
            }
        }
    }
}
