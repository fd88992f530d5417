package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubTruncatedException;
import com.sendense.console.restore.AuditUnavailableException;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.LinkRefusedException;
import com.sendense.console.restore.MountGoneException;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.server.streams.DownloadEvent;
import com.vaadin.flow.server.streams.DownloadHandler;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.Locale;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;

/**
 * Streams one queue item from the hub straight into the browser's response: name, type and
 * Content-Length come from the hub's headers, the body chunk by chunk.
 *
 * <p>When the hub cuts the body short, the response must not look complete. Throwing out of the
 * request after the response was committed makes the servlet container drop the connection
 * without the final chunk, so the browser marks the download failed; the service has already
 * recorded it and the queue tells the user.
 */
final class QueueDownloadHandler implements DownloadHandler {

    private final transient DownloadService service;
    private final QueueItem item;
    private final SerializableConsumer<QueueItem> onEnd;

    QueueDownloadHandler(DownloadService service, QueueItem item, SerializableConsumer<QueueItem> onEnd) {
        this.service = service;
        this.item = item;
        this.onEnd = onEnd;
    }

    @Override
    public void handleDownloadRequest(DownloadEvent event) throws IOException {
        UI ui = event.getUI();
        if (!item.armed.compareAndSet(true, false)) {
            // Chrome resumes an interrupted download by itself, several times; each would run the
            // hub download (and be cut off) again. Only the queue's own start or Retry may.
            event.getResponse().setStatus(409);
            event.getResponse().setContentType("text/plain;charset=UTF-8");
            event.getOutputStream()
                    .write(Messages.get(locale(ui), "downloads.notice.ended").getBytes(StandardCharsets.UTF_8));
            return;
        }
        try {
            service.download(item.request, item.progress, meta -> {
                event.setFileName(meta.fileName());
                event.setContentType(meta.contentType());
                meta.contentLength().ifPresent(event::setContentLength);
                return new KeepOpen(event.getOutputStream());
            });
            event.getOutputStream().flush();
        } catch (HubTruncatedException e) {
            throw new AbandonedDownload(
                    "the hub cut it short, so the response is broken off for the browser to discard", e);
        } catch (UncheckedIOException e) {
            throw e.getCause();
        } catch (HubException | MountGoneException | AccessDeniedException | IllegalArgumentException
                | AuditUnavailableException e) {
            // Nothing was sent yet: an error status makes the browser show the download as failed.
            event.getResponse().setStatus(e instanceof AccessDeniedException ? 403 : 502);
            event.getResponse().setContentType("text/plain;charset=UTF-8");
            event.getOutputStream()
                    .write(e.getMessage() == null ? new byte[0] : e.getMessage().getBytes(StandardCharsets.UTF_8));
            if (e instanceof LinkRefusedException && ui != null) {
                ui.access(() -> Notifications
                        .warning(ui.getTranslation("downloads.notice.notDownloaded", item.name, e.getMessage())));
            }
        } finally {
            if (ui != null) {
                ui.access(() -> onEnd.accept(item));
            }
        }
    }

    private static Locale locale(@Nullable UI ui) {
        return ui == null || ui.getLocale() == null ? Locale.UK : ui.getLocale();
    }

    /** The hub client closes its sink at the end, also on failure; only a clean end may complete the response. */
    private static final class KeepOpen extends FilterOutputStream {

        KeepOpen(OutputStream out) {
            super(out);
        }

        @Override
        public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
        }

        @Override
        public void close() throws IOException {
            out.flush();
        }
    }
}
