package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadProgress;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.util.Locale;

final class QueueRow extends Div {

    final QueueItem item;
    final Anchor anchor;
    final Span status = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button retry = new Button("Retry", VaadinIcon.ROTATE_LEFT.create());

    QueueRow(QueueItem item, Anchor anchor, Runnable onRetry) {
        this.item = item;
        this.anchor = anchor;
        anchor.getStyle().set("display", "none");
        var icon = (item.request.kind() == DownloadKind.FILE ? VaadinIcon.FILE_O : VaadinIcon.FILE_ZIP).create();
        icon.addClassName("queue-icon");
        var name = new Span(item.name);
        name.addClassName("queue-name");
        name.setTitle(item.request.path().value());
        status.addClassName("queue-status");
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.addClickListener(e -> onRetry.run());
        addClassName("queue-row");
        add(icon, name, bar, status, retry, anchor);
    }

    /** Always true, for {@code removeIf}. */
    boolean removed() {
        removeFromParent();
        return true;
    }

    void render(Locale locale) {
        DownloadProgress p = item.progress;
        Long expected = p.expected() != null ? p.expected() : item.knownSize;
        String done = Formatters.bytes(p.bytes(), locale);
        String of = expected == null ? "" : " of " + Formatters.bytes(expected, locale);
        bar.setIndeterminate(p.state() == DownloadProgress.State.RUNNING && expected == null);
        bar.setValue(expected == null || expected == 0
                ? (p.isFinished() ? 1 : 0)
                : Math.min(1, (double) p.bytes() / expected));
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        retry.setVisible(p.isFinished() && p.state() != DownloadProgress.State.COMPLETE);
        status.setText(switch (p.state()) {
            case WAITING -> item.requested ? "Starting…" : "Waiting";
            case RUNNING -> done + of + " · " + Formatters.speed(item.speed, locale);
            case COMPLETE -> "Done · " + done;
            case TRUNCATED -> "Incomplete: the hub stopped after " + done + of + ". The file was discarded.";
            case ABORTED -> "Stopped by the browser after " + done;
            case FAILED -> "Failed: " + (p.message() == null ? "the hub refused" : p.message());
        });
        if (p.state() == DownloadProgress.State.COMPLETE) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (p.isFinished()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        getElement().setAttribute("data-state", p.state().name().toLowerCase(Locale.ROOT));
    }
}
