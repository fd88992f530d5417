package com.sendense.console.backups.ui;

import com.sendense.console.backups.JobDetails;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Announcer;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.JobSnapshot;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.progressbar.ProgressBar;
import com.vaadin.flow.component.progressbar.ProgressBarVariant;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.JustifyContent;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;

/**
 * One job's live state: one bar for the whole backup (the hub reports no per-disk progress), the
 * numbers around it, the stall notice and the result. Renders whatever snapshot it is given.
 */
class JobProgressPanel extends Div {

    final Div badgeHolder = new Div();
    final Span summary = new Span();
    final ProgressBar bar = new ProgressBar(0, 100);
    final Span percent = new Span();
    final Span transferred = new Span();
    final Span speed = new Span();
    final SpeedSparkline sparkline = new SpeedSparkline();
    final Span eta = new Span();
    final Span elapsed = new Span();
    final Span phase = new Span();
    final Paragraph stallNotice = new Paragraph();
    final Paragraph result = new Paragraph();
    private int announcedQuarter = -1;
    private boolean endAnnounced;
    private final ZoneId zone;
    private final Locale locale;
    private JobSnapshot job;

    JobProgressPanel(JobSnapshot job, JobDetails details, ZoneId zone, Locale locale) {
        this.job = job;
        this.zone = zone;
        this.locale = locale;

        // Create components
        summary.addClassNames(TextColor.SECONDARY, FontSize.SMALL);
        bar.setId("job-progress");
        bar.getElement().setAttribute("aria-label", t("backups.progress.barLabel"));
        percent.setId("job-percent");
        percent.addClassNames(FontWeight.SEMIBOLD);
        transferred.setId("job-transferred");
        eta.setId("job-eta");
        elapsed.setId("job-elapsed");
        phase.setId("job-phase");
        speed.setId("job-speed");
        stallNotice.setId("job-stall");
        stallNotice.addClassNames("notice", "notice-warning");
        result.setId("job-result");
        result.addClassNames("notice");

        // Layout
        var barLine = new Div(percent, transferred);
        barLine.addClassNames(Display.FLEX, JustifyContent.BETWEEN, FontSize.SMALL);
        var speedCell = stat(t("backups.column.speed"), speed, sparkline);
        var stats = new Div(speedCell, stat(t("backups.column.timeLeft"), eta),
                stat(t("backups.progress.elapsed"), elapsed), stat(t("backups.progress.phase"), phase));
        stats.addClassNames("job-stats", Gap.MEDIUM);
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, "job-progress-panel");
        add(new Div(badgeHolder, summary), bar, barLine, stats, stallNotice, result, disks(details));
    }

    JobSnapshot job() {
        return job;
    }

    void render(JobSnapshot snapshot, Instant now) {
        this.job = snapshot;
        var b = snapshot.backup();
        badgeHolder.removeAll();
        badgeHolder.add(JobTexts.badge(snapshot, locale));
        badgeHolder.addClassNames(Display.INLINE_FLEX, Margin.Right.SMALL);
        summary.setText(t("backups.progress.summary", JobTexts.typeBackup(b.type(), locale),
                Formatters.dateTime(snapshot.startedAt(), zone, locale)));
        bar.setIndeterminate(snapshot.active() && b.totalBytes() <= 0 && !snapshot.stalled());
        bar.setValue(Math.clamp(b.progressPercent(), 0, 100));
        bar.removeThemeVariants(ProgressBarVariant.LUMO_SUCCESS, ProgressBarVariant.LUMO_ERROR,
                ProgressBarVariant.LUMO_CONTRAST);
        if (!snapshot.active()) {
            bar.addThemeVariants(b.status() == com.sendense.console.hub.BackupStatus.COMPLETED
                    ? ProgressBarVariant.LUMO_SUCCESS
                    : ProgressBarVariant.LUMO_ERROR);
        } else if (snapshot.stalled()) {
            bar.addThemeVariants(ProgressBarVariant.LUMO_CONTRAST);
        }
        percent.setText(JobTexts.percent(snapshot, locale));
        transferred.setText(JobTexts.transferred(snapshot, locale));
        speed.setText(JobTexts.speed(snapshot, locale));
        speed.getElement()
                .setAttribute("title",
                        snapshot.smoothedBytesPerSecond() > 0 && !snapshot.notReporting()
                                ? t("backups.progress.smoothed",
                                        Formatters.speed(snapshot.smoothedBytesPerSecond(), locale))
                                : "");
        sparkline.show(snapshot.speedHistory());
        phase.setText(JobTexts.phase(snapshot, locale));
        renderClock(now);
        result.setVisible(!snapshot.active());
        result.setText(snapshot.active() ? "" : JobTexts.result(snapshot, now, locale));
        result.getElement().setAttribute("data-outcome", snapshot.active() ? "" : b.status().wireValue());
        getUI().ifPresent(ui -> announce(ui, snapshot, now));
    }

    /**
     * Tells a screen reader each quarter of the way and the end, nothing in between: the numbers above change
     * every few seconds, and a live region on them would never fall silent.
     */
    private void announce(UI ui, JobSnapshot snapshot, Instant now) {
        var b = snapshot.backup();
        if (!snapshot.active()) {
            if (!endAnnounced) {
                endAnnounced = true;
                Announcer.outcome(ui, t("backups.announce.end", b.vmName(), JobTexts.result(snapshot, now, locale)));
            }
            return;
        }
        int quarter = b.totalBytes() > 0 ? (int) Math.clamp(b.progressPercent() / 25, 0, 3) : 0;
        if (announcedQuarter >= 0 && quarter > announcedQuarter) {
            Announcer.progress(ui, t("backups.announce.progress", b.vmName(), quarter * 25));
        }
        announcedQuarter = Math.max(announcedQuarter, quarter);
    }

    /** The parts that change with time alone: elapsed time and how long a silent job has not reported. */
    void renderClock(Instant now) {
        elapsed.setText(Formatters.duration(job.elapsed(now), locale));
        eta.setText(JobTexts.eta(job, now, locale));
        stallNotice.setVisible(job.active() && job.notReporting());
        stallNotice.setText(JobTexts.stallExplanation(job, now, zone, locale));
    }

    private static Div stat(String label, Component... value) {
        var caption = new Span(label);
        caption.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        for (Component c : value) {
            if (c instanceof Span s) {
                s.addClassNames(FontSize.MEDIUM, FontWeight.MEDIUM);
            }
        }
        var cell = new Div(caption);
        cell.add(value);
        cell.addClassNames(Display.FLEX, "flex-col", "job-stat");
        return cell;
    }

    private Component disks(JobDetails details) {
        var title = new H3(t("backups.progress.disks"));
        title.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.Top.SMALL, Margin.Bottom.NONE);
        var list = new Div();
        list.setId("job-disks");
        list.addClassNames(FontSize.SMALL);
        if (!details.disksKnown()) {
            list.add(new Span(t("backups.progress.disksUnknown")));
        }
        for (VmDisk d : details.disks()) {
            var row = new Div(new Span(t("backups.progress.disk", Integer.toString(d.index()), d.diskId())),
                    new Span(Formatters.bytes(d.sizeBytes(), locale)));
            row.addClassName("detail-row");
            list.add(row);
        }
        if (details.disksKnown() && details.disks().size() > 0) {
            var total = new Div(new Span(t("backups.progress.total")),
                    new Span(Formatters.bytes(details.totalDiskBytes(), locale)));
            total.addClassNames("detail-row", FontWeight.SEMIBOLD);
            list.add(total);
        }
        var honest = new Span(t("backups.progress.oneBar"));
        honest.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var section = new Div(title, list, honest);
        section.addClassNames(Display.FLEX, "flex-col", Gap.XSMALL);
        return section;
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
