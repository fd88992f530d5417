package com.sendense.console.vms.ui;

import com.sendense.console.backups.ui.BackupsNavigation;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.RelativeTime;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.protection.CoveringFlow;
import com.sendense.console.restore.ui.RestoreNavigation;
import com.sendense.console.vms.VmProtection;
import com.sendense.console.vms.VmSummary;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.JustifyContent;
import com.vaadin.flow.theme.lumo.LumoUtility.Margin;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.time.Instant;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The drawer beside the inventory grid with everything the hub knows about one VM. */
class VmDetailsPanel extends Aside {

    private final ZoneId zone;
    private final boolean linkFlows;
    final H2 title = new H2();
    final Button backupNow = new Button(getTranslation("vms.backupNow"), VaadinIcon.CLOUD_UPLOAD_O.create());
    private final Div body = new Div();
    final Button restore = new Button(getTranslation("vms.details.restore"), VaadinIcon.FOLDER_OPEN.create());
    private String vmName = "";

    /**
     * {@code onBackup} is {@code null} for users who may not start backups: the button is then not shown;
     * {@code linkFlows} is false for help desk, who may not open the flow pages.
     */
    VmDetailsPanel(ZoneId zone, boolean canRestore, boolean linkFlows, SerializableRunnable onClose,
            @Nullable SerializableConsumer<String> onBackup) {
        this.zone = zone;
        this.linkFlows = linkFlows;
        restore.setVisible(canRestore);
        restore.addClickListener(e -> RestoreNavigation.openWizard(vmName));
        addClassName("vm-details");
        addClassNames(Padding.MEDIUM, Display.FLEX, "flex-col", Gap.SMALL);
        var close = new Button(VaadinIcon.CLOSE.create(), e -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel(getTranslation("vms.details.close"));
        title.addClassNames(FontSize.LARGE, Margin.NONE);
        var header = new Div(title, close);
        header.addClassNames(Display.FLEX, JustifyContent.BETWEEN, AlignItems.CENTER);
        backupNow.addThemeVariants(ButtonVariant.LUMO_PRIMARY, ButtonVariant.LUMO_SMALL);
        backupNow.setVisible(onBackup != null);
        if (onBackup != null) {
            backupNow.addClickListener(e -> onBackup.accept(vmName));
        }
        restore.addThemeVariants(ButtonVariant.LUMO_SMALL);
        var actions = new Div(backupNow, restore);
        actions.addClassNames(Display.FLEX, Gap.SMALL);
        add(header, actions, body);
    }

    void show(VmSummary vm, VmProtection protection, Instant now, Locale locale) {
        VmContext c = vm.context();
        vmName = vm.name();
        title.setText(vm.name());
        body.removeAll();
        var backups = new Div(BackupsNavigation.historyLink(getTranslation("vms.details.history"), vm.name()),
                BackupsNavigation.chainLink(getTranslation("vms.details.recoveryPoints"), vm.name()));
        backups.addClassName("vm-backup-links");
        body.add(backups);
        showProtection(protection, now, locale);
        String unknown = getTranslation("vms.unknown");
        body.add(section(t("machine")), row(t("power"), VmGrids.powerLabel(c.powerState(), locale)),
                row(t("guestOs"), VmGrids.osLabel(c.osType(), locale)),
                row(t("vcpu"), c.cpuCount() == null ? unknown : c.cpuCount().toString()),
                row(t("memory"), c.memoryMb() == null ? unknown : Formatters.memoryMb(c.memoryMb(), locale)),
                row(t("tools"), c.vmToolsVersion() == null ? unknown : c.vmToolsVersion()), section(t("disks")));
        if (!vm.disksKnown()) {
            body.add(row(t("disks"), t("disksUnread")));
        } else if (vm.disks().isEmpty()) {
            body.add(row(t("disks"), t("disksNone")));
        }
        for (VmDisk d : vm.disks()) {
            body.add(row(getTranslation("vms.details.disk", d.index(), d.diskId()),
                    Formatters.bytes(d.sizeBytes(), locale)));
        }
        body.add(section(t("hub")), row(t("groups"),
                c.groups().isEmpty() ? t("none") : String.join(", ", c.groups().stream().map(g -> g.name()).toList())),
                row(t("datacenter"), c.datacenter()), row(t("vcenter"), c.vcenterHost()), row(t("path"), c.vmPath()),
                row(t("context"), c.contextId()), row(t("hubStatus"), c.currentStatus()),
                row(t("credentials"), c.hasCredential() ? t("credentialsAssigned") : t("credentialsMissing")),
                row(t("added"), Formatters.dateTime(c.createdAt(), zone, locale)),
                row(t("updated"), Formatters.dateTime(c.updatedAt(), zone, locale)));
    }

    private void showProtection(VmProtection p, Instant now, Locale locale) {
        body.add(section(t("protection")), row(t("lastGood"), ProtectionColumns.lastGood(p, now, zone, locale)));
        p.lastGoodBackup().ifPresent(at -> body.add(row(t("recoveryPoint"), Formatters.dateTime(at, zone, locale))));
        if (p.coverage() == null) {
            body.add(row(t("protectedBy"), ProtectionColumns.protectedBy(p, locale)));
            return;
        }
        var c = p.coverage();
        var flows = new Div();
        flows.addClassNames(Display.FLEX, "flex-col");
        c.flows().stream().filter(CoveringFlow::runs).forEach(f -> flows.add(flowLink(f)));
        if (c.notScheduled()) {
            flows.add(ProtectionColumns.protectedBy(p, locale), new Span(ProtectionColumns.notScheduledWhy(c, locale)));
        }
        body.add(row(t("protectedBy"), flows), row(t("nextBackup"), ProtectionColumns.nextBackup(p, now, locale)));
        c.nextRun().ifPresent(at -> body.add(row(t("nextRunAt"), RelativeTime.full(at.toInstant(), zone, locale))));
        c.gap().ifPresent(gap -> body.add(row(t("longestGap"), Formatters.duration(gap, locale))));
        if (!c.notScheduled()) {
            c.ignored().forEach(f -> body.add(row(t("notCounted"), ProtectionColumns.ignored(f, locale))));
        }
    }

    private String t(String detail) {
        return getTranslation("vms.details." + detail);
    }

    private Component flowLink(CoveringFlow f) {
        // The flow pages are at protection/:flowId; help desk may not open them.
        String label = f.groupName() == null
                ? f.flowName()
                : getTranslation("vms.protection.flowThroughGroup", f.flowName(), f.groupName());
        return linkFlows ? new Anchor("protection/" + f.flowId(), label) : new Span(label); // i18n: not text (a route)
    }

    private static H3 section(String text) {
        var h = new H3(text);
        h.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.Top.MEDIUM, Margin.Bottom.XSMALL);
        return h;
    }

    private static Div row(String label, String value) {
        return row(label, new Span(value));
    }

    private static Div row(String label, Component v) {
        var l = new Span(label);
        l.addClassNames(TextColor.SECONDARY);
        v.addClassName("value");
        var row = new Div(l, v);
        row.addClassNames("detail-row", FontSize.SMALL);
        return row;
    }
}
