package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiSubscriptions;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.DownloadRequest;
import com.sendense.console.restore.DownloadService;
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

/** Items run one after another through the browser's own download manager; the mount is kept in use for as long. */
final class DownloadQueuePanel extends Div {

    private final DownloadService downloads;
    private final LiveUpdates live;
    final List<QueueRow> rows = new ArrayList<>();
    final Div list = new Div();
    final Span summary = new Span();
    private @Nullable Registration ticks;
    private @Nullable Registration mountUse;

    DownloadQueuePanel(DownloadService downloads, LiveUpdates live) {
        this.downloads = downloads;
        this.live = live;
        var clear = new Button("Clear finished", e -> clearFinished());
        clear.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        var title = new H3("Downloads");
        var header = new Div(title, summary, clear);
        header.addClassName("queue-header");
        list.addClassName("queue-list");
        addClassName("download-queue");
        add(header, list);
        setVisible(false);
    }

    void enqueue(List<QueueItem> items) {
        for (QueueItem item : items) {
            var anchor = new Anchor(new QueueDownloadHandler(downloads, item, this::finished), "");
            var row = new QueueRow(item, anchor, () -> retry(item));
            rows.add(row);
            list.add(row);
        }
        setVisible(true);
        startNext();
    }

    boolean isRunning() {
        return rows.stream().anyMatch(r -> r.item.requested && !r.item.progress.isFinished());
    }

    private void startNext() {
        if (!isRunning()) {
            rows.stream().filter(r -> r.item.waiting()).findFirst().ifPresent(row -> {
                row.item.requested = true;
                row.item.armed.set(true);
                holdMount(row.item.request);
                row.anchor.getElement().executeJs("this.click()");
            });
        }
        updateTicking();
        renderAll();
    }

    private void finished(QueueItem item) {
        DownloadProgress p = item.progress;
        if (p.state() == DownloadProgress.State.TRUNCATED) {
            Notifications.warning(item.name + " is incomplete: the hub cut the download off after "
                    + Formatters.bytes(p.bytes(), locale())
                    + ". The browser discarded it; retry, or download a smaller part.");
        } else if (p.state() == DownloadProgress.State.FAILED || p.state() == DownloadProgress.State.ABORTED) {
            Notifications.error(item.name + " was not downloaded: " + p.message());
        } else if (p.state() == DownloadProgress.State.WAITING) {
            // Refused before the service started it (e.g. access denied): never leave it "starting".
            item.requested = false;
            rows.removeIf(r -> r.item == item && r.removed());
        }
        startNext();
    }

    private void retry(QueueItem item) {
        item.restart();
        startNext();
    }

    void clearFinished() {
        rows.removeIf(r -> r.item.progress.state() == DownloadProgress.State.COMPLETE && r.removed());
        setVisible(!rows.isEmpty());
        renderAll();
    }

    private void holdMount(DownloadRequest request) {
        if (mountUse == null) {
            String session = UI.getCurrent() == null ? "" : UI.getCurrent().getSession().getSession().getId();
            mountUse = downloads.keepInUse(request.mountId(), session);
        }
    }

    // Ticks only while something runs: an idle queue costs no pushes.
    private void updateTicking() {
        boolean active = isRunning() || rows.stream().anyMatch(r -> r.item.waiting());
        if (active && ticks == null) {
            getUI().ifPresent(ui -> ticks = live.subscribeTicks(UiSubscriptions.inUi(ui, this::tick)));
        } else if (!active) {
            if (ticks != null) {
                ticks.remove();
                ticks = null;
            }
            if (mountUse != null) {
                mountUse.remove();
                mountUse = null;
            }
        }
    }

    private void tick(Instant now) {
        rows.forEach(r -> r.item.tick(now));
        renderAll();
    }

    private void renderAll() {
        rows.forEach(r -> r.render(locale()));
        long done = rows.stream().filter(r -> r.item.progress.state() == DownloadProgress.State.COMPLETE).count();
        long running = rows.stream().filter(r -> r.item.requested && !r.item.progress.isFinished()).count();
        summary.setText(done + " of " + rows.size() + " done" + (running > 0 ? " · downloading" : ""));
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
