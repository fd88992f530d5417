package com.sendense.console.backups.ui;

import com.sendense.console.backups.IncrementalOption;
import com.sendense.console.backups.StartPlan;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.Formatters;

import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmDisk;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.FontWeight;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * Step 2: what will happen. The disks are shown as information only: the hub always backs up every
 * disk, so there is nothing to tick.
 */
class ReviewStep extends Div {

    final Div summary = new Div();
    final Div disks = new Div();
    final Paragraph fitWarning = new Paragraph();
    private final StartPlan plan;
    private final Locale locale;

    ReviewStep(StartPlan plan, Locale locale) {
        this.plan = plan;
        this.locale = locale;

        // Create components
        summary.setId("wizard-summary");
        summary.addClassNames(FontSize.SMALL);
        disks.setId("wizard-disks");
        disks.addClassNames(FontSize.SMALL);
        fitWarning.addClassNames("notice", "notice-warning");
        var allDisks = new Span(t("backups.review.allDisks"));
        allDisks.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var noCancel = new Paragraph(t("backups.review.noCancel"));
        noCancel.addClassNames("notice");

        // Layout
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, "wizard-step");
        add(summary, section(t("backups.progress.disks")), disks, allDisks, fitWarning, noCancel);
        renderDisks();
    }

    void show(Repository repository, BackupType type, @Nullable IncrementalOption option, String storageText) {
        summary.removeAll();
        summary.add(row(t("backups.column.vm"), plan.vm().vmName()),
                row(t("backups.column.type"), JobTexts.type(type, locale)),
                row(t("backups.wizard.repository"), repository.name()),
                row(t("backups.review.freeSpace"), storageText));
        if (type == BackupType.INCREMENTAL && option != null) {
            summary.add(row(t("backups.review.chainsTo"),
                    option.chainsTo() == null ? t("backups.review.unlistedBase") : option.chainsTo().id().value()));
        }
        boolean warn = type == BackupType.FULL && plan.mayNotFit(repository);
        fitWarning.setVisible(warn);
        fitWarning.setText(warn
                ? t("backups.review.mayNotFit", repository.name(),
                        repository.storageInfo().map(s -> Formatters.bytes(s.availableBytes(), locale)).orElse("?"),
                        Formatters.bytes(plan.totalDiskBytes(), locale))
                : "");
    }

    private void renderDisks() {
        for (VmDisk d : plan.disks()) {
            disks.add(row(t("backups.progress.disk", Integer.toString(d.index()), d.diskId()),
                    Formatters.bytes(d.sizeBytes(), locale)));
        }
        var total = row(t("backups.review.totalSize"), Formatters.bytes(plan.totalDiskBytes(), locale));
        total.addClassNames(FontWeight.SEMIBOLD);
        disks.add(total);
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }

    private static H3 section(String text) {
        var h = new H3(text);
        h.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.Top.SMALL, Margin.Bottom.NONE);
        return h;
    }

    private static Div row(String label, String value) {
        var l = new Span(label);
        l.addClassNames(TextColor.SECONDARY);
        var row = new Div(l, new Span(value));
        row.addClassName("detail-row");
        return row;
    }
}
