package com.sendense.console.restore;

import static org.mockito.Mockito.when;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import com.sendense.console.users.Role;
import com.vaadin.flow.shared.Registration;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Consumer;

/**
 * {@link PreviewService} without Spring over {@link RestoreFixture}'s fake hub and database; every download the hub
 * is asked for is noted, and {@link #beforeDownload} runs first (to look at the audit log at that moment).
 */
final class PreviewFixture {

    static final MountId MOUNT = new MountId("mnt-preview");

    final RestoreFixture restore = new RestoreFixture();
    final List<String> downloads = new CopyOnWriteArrayList<>();
    volatile String vmName = "web-01";
    volatile Consumer<HubPath> beforeDownload = p -> {};
    final HubClient hub = (HubClient) Proxy.newProxyInstance(HubClient.class.getClassLoader(),
            new Class<?>[]{HubClient.class}, (proxy, method, args) -> {
                try {
                    if (method.getName().equals("download")) {
                        beforeDownload.accept((HubPath) args[1]);
                        downloads.add(((HubPath) args[1]).value());
                    }
                    return method.invoke(restore.hub, args);
                } catch (InvocationTargetException e) {
                    throw e.getCause();
                }
            });
    final MountAccess access = new MountAccess() {

        @Override
        public Optional<BrowseMount> find(MountId id) {
            return id.equals(MOUNT)
                    ? Optional.of(new BrowseMount(MOUNT, vmName, "backup-1", 0, null))
                    : Optional.empty();
        }

        @Override
        public Registration use(MountId id, String holderId) {
            return () -> {};
        }
    };
    final LinkGuard links = new LinkGuard(hub);
    final AuditLog audit = new AuditLog(new AuditRepository(restore.jdbc));

    PreviewFixture() {
        role(Role.OPERATOR);
    }

    void role(Role role) {
        when(restore.currentUser.role()).thenReturn(Optional.of(role));
    }

    PreviewService service(PreviewProperties caps) {
        var browse = new FileBrowseService(hub, links, access, restore.currentUser, restore.properties, restore.clock);
        return new PreviewService(hub, browse, links, audit, restore.bookkeeping, restore.currentUser,
                restore.properties, caps, restore.clock, Runnable::run);
    }

    PreviewService service() {
        return service(PreviewProperties.defaults());
    }

    List<DownloadRecord> auditRows() {
        return new AuditRepository(restore.jdbc).find(AuditFilter.ALL, 0, 100);
    }
}
