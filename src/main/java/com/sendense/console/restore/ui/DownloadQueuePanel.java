package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Announcer;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.DownloadService;
import com.sendense.console.restore.DownloadSpool;
import com.sendense.console.restore.SpoolRefusedException;
import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.DetachEvent;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.shared.Registration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Items run one after another through the browser's own download manager; the mount is kept in use for as long.
 * A large file runs in two stages (decision 021): the console pulls it from the hub into its spool, then hands the
 * browser a resumable link to it, and the queue goes on with the next item while the browser downloads.
 */
final class DownloadQueuePanel extends Div {

    private final DownloadService downloads;
    private final DownloadSpool spool;
    private final LiveUpdates live;
    final List<QueueRow> rows = new ArrayList<>();
    final Div list = new Div();
    final Span summary = new Span();
    private @Nullable Registration ticks;
    private @Nullable Registration mountUse;
    private final String contextPath;

    DownloadQueuePanel(DownloadService downloads, DownloadSpool spool, LiveUpdates live) {
        this.downloads = downloads;
        this.spool = spool;
        this.live = live;
        var request = com.vaadin.flow.server.VaadinRequest.getCurrent();
        this.contextPath = request == null ? "" : request.getContextPath();
        var clear = new Button(getTranslation("downloads.queue.clearFinished"), e -> clearFinished());
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var title = new H3(getTranslation("downloads.queue.title"));
        var header = new Div(title, summary, clear);
        header.addClassName("queue-header");
        list.addClassName("queue-list");
        addClassName("download-queue");
        add(header, list);
        setVisible(false);
    }

    /** Whether a file of this size goes through the spool. */
    boolean spools(long size) {
        return spool.spools(size);
    }

    void enqueue(List<QueueItem> items) {
        for (QueueItem item : items) {
            var anchor = item.viaSpool
                    ? new Anchor()
                    : new Anchor(new QueueDownloadHandler(downloads, item, this::finished), "");
            var row = new QueueRow(item, anchor, () -> retry(item), () -> remove(item));
            rows.add(row);
            list.add(row);
        }
        setVisible(true);
        startNext();
    }

    boolean isRunning() {
        return rows.stream().anyMatch(r -> r.item.requested && !r.item.finished());
    }

    private void startNext() {
        if (!isRunning()) {
            rows.stream().filter(r -> r.item.waiting()).findFirst().ifPresent(row -> {
                row.item.requested = true;
                holdMount(row.item.request);
                if (row.item.viaSpool) {
                    pull(row);
                } else {
                    row.item.armed.set(true);
                    row.anchor.getElement().executeJs("this.click()");
                }
            });
        }
        updateTicking();
        renderAll();
    }

    /** Stage 1 runs on the server; {@link #tick} notices its end and hands the file to the browser. */
    private void pull(QueueRow row) {
        QueueItem item = row.item;
        item.handedOver = false;
        try {
            item.ticket = spool.start(item.request, item.name, item.knownSize == null ? 0 : item.knownSize,
                    item.progress);
            item.refused = null;
        } catch (SpoolRefusedException e) {
            item.refused = e;
            item.retrying = false;
            Notifications.error(QueueRow.refusal(e, item.name, locale()));
            startNext();
        }
    }

    private void handOver(QueueRow row) {
        QueueItem item = row.item;
        item.handedOver = true;
        item.retrying = false;
        DownloadProgress p = item.progress;
        if (p.state() == DownloadProgress.State.COMPLETE && item.ticket != null) {
            // Absolute, and out of the router's hands: the tick runs outside any request, after client-side
            // navigation may have left the page's base address behind.
            row.anchor.setHref(contextPath + "/" + SpoolDownloadController.PATH + item.ticket.id());
            row.anchor.getElement().setAttribute("router-ignore", true);
            row.anchor.getElement().setAttribute("download", "");
            row.anchor.getElement().executeJs("this.click()");
        } else if (p.state() == DownloadProgress.State.TRUNCATED) {
            Notifications.warning(getTranslation("downloads.notice.spoolIncomplete", item.name));
        } else {
            Notifications.error(getTranslation("downloads.notice.failed", item.name, message(p)));
        }
        startNext();
    }

    private void finished(QueueItem item) {
        DownloadProgress p = item.progress;
        item.retrying = false;
        if (p.state() == DownloadProgress.State.COMPLETE) {
            getUI().ifPresent(ui -> Announcer.outcome(ui, getTranslation("downloads.announce.finished", item.name)));
        } else if (p.state() == DownloadProgress.State.TRUNCATED) {
            Notifications.warning(
                    getTranslation("downloads.notice.truncated", item.name, Formatters.bytes(p.bytes(), locale())));
        } else if (p.state() == DownloadProgress.State.FAILED || p.state() == DownloadProgress.State.ABORTED) {
            Notifications.error(getTranslation("downloads.notice.failed", item.name, message(p)));
        } else if (p.state() == DownloadProgress.State.WAITING) {
            // Refused before the service started it (e.g. access denied): never leave it "starting".
            item.requested = false;
            rows.removeIf(r -> r.item == item && r.removed());
        }
        startNext();
    }

    private String message(DownloadProgress p) {
        return p.message() == null ? getTranslation("downloads.row.hubRefused") : p.message();
    }

    private void retry(QueueItem item) {
        item.restart();
        startNext();
    }

    /** A spooled file leaves the console's disk with its row. */
    private void remove(QueueItem item) {
        if (item.ticket != null) {
            spool.delete(item.ticket.id());
        }
        rows.removeIf(r -> r.item == item && r.removed());
        setVisible(!rows.isEmpty());
        startNext();
    }

    void clearFinished() {
        rows.removeIf(
                r -> r.item.progress.state() == DownloadProgress.State.COMPLETE && !r.item.viaSpool && r.removed());
        setVisible(!rows.isEmpty());
        renderAll();
    }

    private void holdMount(DownloadRequest request) {
        if (mountUse == null) {
            String session = UI.getCurrent() == null ? "" : UI.getCurrent().getSession().getSession().getId();
            mountUse = downloads.keepInUse(request.mountId(), session);
        }
    }

    // Ticks only while something runs or a spooled file is on its way to the browser: an idle queue costs no pushes.
    private void updateTicking() {
        boolean pulling = isRunning() || rows.stream().anyMatch(r -> r.item.waiting());
        boolean active = pulling || rows.stream().anyMatch(r -> r.item.serving());
        if (active && ticks == null) {
            getUI().ifPresent(ui -> ticks = live.subscribeTicks(UiSubscriptions.inUi(ui, this::tick)));
        } else if (!active && ticks != null) {
            ticks.remove();
            ticks = null;
        }
        if (!pulling && mountUse != null) {
            mountUse.remove();
            mountUse = null;
        }
    }

    void tick(Instant now) {
        rows.forEach(r -> r.item.tick(now));
        rows.stream()
                .filter(r -> r.item.viaSpool && r.item.ticket != null && !r.item.handedOver && r.item.ticket.settled())
                .findFirst()
                .ifPresent(this::handOver);
        updateTicking();
        renderAll();
    }

    private void renderAll() {
        rows.forEach(r -> r.render(locale()));
        long done = rows.stream().filter(r -> r.item.progress.state() == DownloadProgress.State.COMPLETE).count();
        long running = rows.stream().filter(r -> r.item.requested && !r.item.finished()).count();
        summary.setText(getTranslation(running > 0 ? "downloads.queue.summaryRunning" : "downloads.queue.summary", done,
                rows.size()));
    }

    @Override
    protected void onAttach(AttachEvent event) {
        updateTicking();
    }

    @Override
    protected void onDetach(DetachEvent event) {
        if (ticks != null) {
            ticks.remove();
            ticks = null;
        }
        if (mountUse != null) {
            mountUse.remove();
            mountUse = null;
        }
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
