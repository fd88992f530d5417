package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.component.ViewToolbar;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmDisk;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.RestoreCatalog;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Main;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.router.BeforeEnterEvent;
import com.vaadin.flow.router.BeforeEnterObserver;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Menu;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.theme.lumo.LumoUtility.Padding;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.ZoneId;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

/**
 * The choices live in the URL ({@code restore?vm=…&backup=…&disk=…}) so Back works and the backup history can
 * link straight to a step; each one is checked against the user's scope again.
 */
@StyleSheet("styles/restore.css")
@Route(RestoreNavigation.WIZARD_ROUTE)
@Menu(order = 30, icon = "vaadin:folder-open", title = "Restore files")
@RolesAllowed({Roles.HELPDESK, Roles.OPERATOR, Roles.ADMIN})
class RestoreWizardView extends Main implements BeforeEnterObserver, HasDynamicTitle {

    static final String VM_PARAM = "vm";
    static final String BACKUP_PARAM = "backup";
    static final String DISK_PARAM = "disk";

    private final RestoreCatalog catalog;
    private final MountService mounts;
    private final CurrentUser currentUser;
    private final LiveUpdates live;
    private final Clock clock;
    private final ZoneId zone;
    final WizardStepper stepper = new WizardStepper();
    final Div body = new Div();

    RestoreWizardView(RestoreCatalog catalog, MountService mounts, CurrentUser currentUser, LiveUpdates live,
            Clock clock, HubZone hub) {
        this.catalog = catalog;
        this.mounts = mounts;
        this.currentUser = currentUser;
        this.live = live;
        this.clock = clock;
        this.zone = hub.zone();

        var activeMounts = new Button(getTranslation("restore.mounts.title"), VaadinIcon.HARDDRIVE.create(),
                e -> RestoreNavigation.showMounts());
        body.addClassName("restore-wizard-body");
        addClassNames("restore-wizard", Padding.Horizontal.MEDIUM, Padding.Bottom.MEDIUM);
        add(new ViewToolbar(getTranslation("restore.wizard.title"), activeMounts), stepper, body);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("restore.wizard.title");
    }

    @Override
    public void beforeEnter(BeforeEnterEvent event) {
        var params = event.getLocation().getQueryParameters();
        Optional<String> vm = params.getSingleParameter(VM_PARAM).filter(s -> !s.isBlank());
        Optional<String> backup = params.getSingleParameter(BACKUP_PARAM).filter(s -> !s.isBlank());
        Optional<String> disk = params.getSingleParameter(DISK_PARAM);
        try {
            show(vm, backup, disk);
        } catch (HubException e) {
            var retry = new Button(getTranslation("restore.problem.tryAgain"), VaadinIcon.REFRESH.create(),
                    ev -> show(vm, backup, disk));
            showBody(message(HubErrorMessages.explain(e)), retry);
        }
    }

    private void show(Optional<String> vmName, Optional<String> backupId, Optional<String> disk) {
        if (vmName.isEmpty()) {
            showVms("", "");
            return;
        }
        Optional<VmContext> vm = catalog.vm(vmName.get());
        if (vm.isEmpty()) {
            // The same words whether the VM does not exist or is outside the scope: scope is not revealed.
            showVms(vmName.get(), getTranslation("restore.wizard.noSuchVm", vmName.get()));
            return;
        }
        List<Backup> points = catalog.recoveryPoints(vm.get().vmName());
        if (backupId.isEmpty()) {
            showPoints(vm.get(), points, "");
            return;
        }
        Optional<Backup> point = catalog.recoveryPoint(vm.get().vmName(), new BackupId(backupId.get()));
        if (point.isEmpty() || point.get().status() != BackupStatus.COMPLETED) {
            showPoints(vm.get(), points,
                    point.isEmpty()
                            ? getTranslation("restore.wizard.notOfVm", vm.get().vmName())
                            : getTranslation("restore.wizard.notCompleted"));
            return;
        }
        List<VmDisk> current = catalog.disks(vm.get());
        int disksCount = Math.max(1, point.get().disksCount());
        Optional<Integer> diskIndex = disk.flatMap(RestoreWizardView::parseIndex).filter(i -> i < disksCount);
        if (disksCount == 1) {
            showMount(vm.get(), point.get(), 0, current, true);
        } else if (diskIndex.isEmpty()) {
            stepper.show(2, false);
            showBody(new DiskStep(pointLabel(point.get()), disksCount, current, locale(),
                    disk.isPresent() ? getTranslation("restore.wizard.noSuchDisk", disk.get(), disksCount) : "",
                    i -> go(vm.get().vmName(), point.get().id().value(), String.valueOf(i)),
                    () -> go(vm.get().vmName(), null, null)));
        } else {
            showMount(vm.get(), point.get(), diskIndex.get(), current, false);
        }
    }

    private void showVms(String search, String notice) {
        stepper.show(0, false);
        List<VmContext> vms = catalog.vms();
        String empty = currentUser.vmScope().isUnrestricted()
                ? getTranslation("restore.wizard.noVms")
                : getTranslation("restore.wizard.noVmsInScope");
        var step = new VmStep(vms, empty, notice.isEmpty() ? search : "", name -> go(name, null, null));
        showBody(notice.isEmpty() ? step : new Div(message(notice), step));
    }

    private void showPoints(VmContext vm, List<Backup> points, String notice) {
        stepper.show(1, false);
        showBody(new RecoveryPointStep(vm.vmName(), points, catalog.repositoryNames(), zone, locale(), notice,
                b -> go(vm.vmName(), b.id().value(), null), () -> go(null, null, null)));
    }

    private void showMount(VmContext vm, Backup point, int diskIndex, List<VmDisk> current, boolean onlyDisk) {
        stepper.show(3, onlyDisk);
        VmDisk disk = current.stream().filter(d -> d.index() == diskIndex).findFirst().orElse(null);
        String summary = getTranslation("restore.wizard.summary", RestoreLabels.disk(diskIndex, disk, locale()),
                vm.vmName(), pointLabel(point));

        showBody(new MountStep(vm.vmName(), point, diskIndex, summary, mounts, live, clock, locale(),
                () -> go(vm.vmName(), onlyDisk ? null : point.id().value(), null), () -> go(vm.vmName(), null, null)));
    }

    private String pointLabel(Backup b) {
        return RestoreLabels.point(b.createdAt(), b.type(), zone, locale());
    }

    private void go(String vm, String backup, String disk) {
        var params = new LinkedHashMap<String, String>();
        if (vm != null) {
            params.put(VM_PARAM, vm);
        }
        if (backup != null) {
            params.put(BACKUP_PARAM, backup);
        }
        if (disk != null) {
            params.put(DISK_PARAM, disk);
        }
        UI.getCurrent().navigate(RestoreWizardView.class, QueryParameters.simple(Map.copyOf(params)));
    }

    private void showBody(Component... components) {
        body.removeAll();
        body.add(components);
    }

    private static Optional<Integer> parseIndex(String s) {
        try {
            int i = Integer.parseInt(s.strip());
            return i >= 0 ? Optional.of(i) : Optional.empty();
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Span message(String text) {
        var span = new Span(text);
        span.addClassName("restore-notice");
        return span;
    }

    private Locale locale() {
        return getLocale() == null ? Locale.UK : getLocale();
    }
}
