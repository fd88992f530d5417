package com.sendense.console.vms.ui;

import com.sendense.console.backups.ui.BackupsNavigation;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.restore.ui.RestoreNavigation;
import com.sendense.console.vms.VmSummary;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
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
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** The drawer beside the inventory grid with everything the hub knows about one VM. */
class VmDetailsPanel extends Aside {

    private final ZoneId zone;
    final H2 title = new H2();
    final Button backupNow = new Button("Backup now", VaadinIcon.CLOUD_UPLOAD_O.create());
    private final Div body = new Div();
    final Button restore = new Button("Restore files", VaadinIcon.FOLDER_OPEN.create());
    private String vmName = "";

    /** {@code onBackup} is {@code null} for users who may not start backups: the button is then not shown. */
    VmDetailsPanel(ZoneId zone, boolean canRestore, SerializableRunnable onClose,
            @Nullable SerializableConsumer<String> onBackup) {
        this.zone = zone;
        restore.setVisible(canRestore);
        restore.addClickListener(e -> RestoreNavigation.openWizard(vmName));
        addClassName("vm-details");
        addClassNames(Padding.MEDIUM, Display.FLEX, "flex-col", Gap.SMALL);
        var close = new Button(VaadinIcon.CLOSE.create(), e -> onClose.run());
        close.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON);
        close.setAriaLabel("Close details");
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

    void show(VmSummary vm, Locale locale) {
        VmContext c = vm.context();
        vmName = vm.name();
        title.setText(vm.name());
        body.removeAll();
        var backups = new Div(BackupsNavigation.historyLink("Backup history", vm.name()),
                BackupsNavigation.chainLink("Recovery points", vm.name()));
        backups.addClassName("vm-backup-links");
        body.add(backups, section("Machine"), row("Power", VmGrids.powerLabel(c.powerState())),
                row("Guest OS", VmGrids.osLabel(c.osType())),
                row("vCPU", c.cpuCount() == null ? "unknown" : c.cpuCount().toString()),
                row("Memory", c.memoryMb() == null ? "unknown" : Formatters.memoryMb(c.memoryMb(), locale)),
                row("VMware tools", c.vmToolsVersion() == null ? "unknown" : c.vmToolsVersion()), section("Disks"));
        if (!vm.disksKnown()) {
            body.add(row("Disks", "could not be read from the hub"));
        } else if (vm.disks().isEmpty()) {
            body.add(row("Disks", "none known to the hub: backups cannot start until discovery finds them"));
        }
        for (VmDisk d : vm.disks()) {
            body.add(row("Disk " + d.index() + " (" + d.diskId() + ")", Formatters.bytes(d.sizeBytes(), locale)));
        }
        body.add(section("Hub"), row("Groups",
                c.groups().isEmpty() ? "none" : String.join(", ", c.groups().stream().map(g -> g.name()).toList())),
                row("Datacenter", c.datacenter()), row("vCenter", c.vcenterHost()), row("Path", c.vmPath()),
                row("Context", c.contextId()), row("Hub status", c.currentStatus()),
                row("Credentials", c.hasCredential() ? "assigned" : "missing: backups will fail"),
                row("Added", Formatters.dateTime(c.createdAt(), zone, locale)),
                row("Updated", Formatters.dateTime(c.updatedAt(), zone, locale)));
    }

    private static H3 section(String text) {
        var h = new H3(text);
        h.addClassNames(FontSize.SMALL, TextColor.SECONDARY, Margin.Top.MEDIUM, Margin.Bottom.XSMALL);
        return h;
    }

    private static Div row(String label, String value) {
        var l = new Span(label);
        l.addClassNames(TextColor.SECONDARY);
        var v = new Span(value);
        v.addClassName("value");
        var row = new Div(l, v);
        row.addClassNames("detail-row", FontSize.SMALL);
        return row;
    }
}
