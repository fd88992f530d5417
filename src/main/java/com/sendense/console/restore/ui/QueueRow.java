package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Announcer;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.restore.DownloadKind;
import com.sendense.console.restore.DownloadProgress;
import com.sendense.console.restore.SpoolRefusedException;
import com.sendense.console.restore.SpoolTicket;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import java.time.Duration;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

final class QueueRow extends Div {

    final QueueItem item;
    final Anchor anchor;
    final Span status = new Span();
    final ProgressBar bar = new ProgressBar();
    final Button retry = new Button(VaadinIcon.ROTATE_LEFT.create());
    final Button remove = new Button(VaadinIcon.CLOSE_SMALL.create());
    /** The outcome last told to screen readers, so each end is said once (again after a retry ends). */
    private @Nullable String announced;

    QueueRow(QueueItem item, Anchor anchor, Runnable onRetry, Runnable onRemove) {
        this.item = item;
        this.anchor = anchor;
        anchor.getStyle().set("display", "none");
        var icon = (item.request.kind() == DownloadKind.FILE ? VaadinIcon.FILE_O : VaadinIcon.FILE_ZIP).create();
        icon.addClassName("queue-icon");
        var name = new Span(item.name);
        name.addClassName("queue-name");
        name.setTitle(item.request.path().value());
        status.addClassName("queue-status");
        // Several rows each have a bar: a screen reader must hear whose progress it is.
        bar.getElement().setAttribute("aria-label", getTranslation("downloads.row.progress", item.name));
        retry.setText(getTranslation("downloads.queue.retry"));
        retry.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY);
        retry.addClickListener(e -> onRetry.run());
        remove.setAriaLabel(getTranslation("downloads.queue.remove"));
        remove.setTooltipText(getTranslation("downloads.queue.remove"));
        remove.addThemeVariants(ButtonVariant.LUMO_SMALL, ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        remove.addClickListener(e -> onRemove.run());
        remove.setVisible(item.viaSpool);
        addClassName("queue-row");
        add(icon, name, bar, status, retry, remove, anchor);
    }

    /** Always true, for {@code removeIf}. */
    boolean removed() {
        removeFromParent();
        return true;
    }

    void render(Locale locale) {
        DownloadProgress p = item.progress;
        Long expected = p.expected() != null ? p.expected() : item.knownSize;
        long bytes = item.bytes();
        bar.setIndeterminate(p.state() == DownloadProgress.State.RUNNING && expected == null);
        bar.setValue(
                expected == null || expected == 0 ? (p.isFinished() ? 1 : 0) : Math.min(1, (double) bytes / expected));
        bar.removeThemeVariants(ProgressBarVariant.LUMO_ERROR, ProgressBarVariant.LUMO_SUCCESS);
        boolean cannotHelp = item.refused != null || (item.viaSpool && p.state() == DownloadProgress.State.TRUNCATED);
        retry.setVisible(item.finished() && p.state() != DownloadProgress.State.COMPLETE && !cannotHelp);
        status.setText(item.refused != null ? refusal(item.refused, item.name, locale) : text(locale, expected, bytes));
        boolean done = p.state() == DownloadProgress.State.COMPLETE && !item.serving();
        if (done) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_SUCCESS);
        } else if (item.finished() && p.state() != DownloadProgress.State.COMPLETE) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_ERROR);
        }
        String state = item.refused != null ? "refused" : p.state().name().toLowerCase(Locale.ROOT);
        getElement().setAttribute("data-state", item.serving() ? "serving" : state);
        announce(done, status.getText());
    }

    /**
     * A download that ended, well or not, is said to screen readers once; a spooled file only when the browser has
     * been sent all of it, since stage 1's end is not the user's download.
     */
    private void announce(boolean done, String statusText) {
        @Nullable
        String outcome = outcome(done, statusText);
        if (outcome != null && !outcome.equals(announced)) {
            getUI().ifPresent(ui -> Announcer.outcome(ui, outcome));
        }
        if (outcome != null || !item.finished()) {
            announced = outcome;
        }
    }

    private @Nullable String outcome(boolean done, String statusText) {
        boolean handed = !item.viaSpool || item.handedOver || item.refused != null;
        if (!item.finished() || !handed) {
            return null;
        }
        if (done) {
            return getTranslation("downloads.announce.done", item.name);
        }
        // Complete but not done: the browser is still being sent the spooled file.
        return item.progress.state() == DownloadProgress.State.COMPLETE
                ? null
                : getTranslation("downloads.announce.ended", item.name, statusText);
    }

    private String text(Locale locale, @Nullable Long expected, long bytes) {
        DownloadProgress p = item.progress;
        String done = Formatters.bytes(bytes, locale);
        String sofar = expected == null
                ? done
                : getTranslation("downloads.row.sizeOf", done, Formatters.bytes(expected, locale));
        SpoolTicket ticket = item.ticket;
        if (item.viaSpool && ticket != null) {
            String spooled = spoolText(locale, ticket, expected, bytes, sofar);
            if (spooled != null) {
                return spooled;
            }
        }
        return switch (p.state()) {
            case WAITING -> getTranslation(item.requested ? "downloads.row.starting" : "downloads.row.waiting");
            case RUNNING -> getTranslation("downloads.row.running", sofar, Formatters.speed(item.speed, locale));
            case COMPLETE -> getTranslation("downloads.row.done", done);
            case TRUNCATED -> getTranslation("downloads.row.truncated", sofar);
            case ABORTED -> getTranslation("downloads.row.aborted", done);
            case FAILED -> getTranslation("downloads.row.failed",
                    p.message() == null ? getTranslation("downloads.row.hubRefused") : p.message());
        };
    }

    private @Nullable String spoolText(Locale locale, SpoolTicket ticket, @Nullable Long expected, long bytes,
            String sofar) {
        DownloadProgress p = item.progress;
        @Nullable
        String eta = expected == null || item.speed <= 0
                ? null
                : Formatters.duration(Duration.ofSeconds(Math.max(0, expected - bytes) / item.speed), locale);
        if (p.state() == DownloadProgress.State.RUNNING) {
            return eta == null
                    ? getTranslation("downloads.spool.pullingNoEta", sofar, Formatters.speed(item.speed, locale))
                    : getTranslation("downloads.spool.pulling", sofar, Formatters.speed(item.speed, locale), eta);
        }
        if (item.serving()) {
            return eta == null
                    ? getTranslation("downloads.spool.servingNoEta", sofar)
                    : getTranslation("downloads.spool.serving", sofar, eta);
        }
        if (p.state() == DownloadProgress.State.COMPLETE && item.handedOver) {
            return getTranslation("downloads.spool.done", Formatters.bytes(p.bytes(), locale),
                    Formatters.duration(ticket.timeToLive(), locale));
        }
        Long deliverable = ticket.deliverable();
        if (p.state() == DownloadProgress.State.TRUNCATED && deliverable != null) {
            return getTranslation("downloads.spool.incomplete", Formatters.duration(ticket.hubWriteTimeout(), locale),
                    Formatters.bytes(p.bytes(), locale), Formatters.speed(ticket.hubRate(), locale),
                    Formatters.bytes(deliverable, locale), Formatters.bytes(ticket.size(), locale));
        }
        return null;
    }

    static String refusal(SpoolRefusedException e, String name, Locale locale) {
        return e.limit() == SpoolRefusedException.Limit.FILE
                ? Messages.get(locale, "downloads.spool.fileCap", name, Formatters.bytes(e.size(), locale),
                        Formatters.bytes(e.cap(), locale))
                : Messages.get(locale, "downloads.spool.totalCap", name, Formatters.bytes(e.size(), locale),
                        Formatters.bytes(e.free(), locale), Formatters.bytes(e.cap(), locale));
    }
}
