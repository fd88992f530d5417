package com.sendense.console.backups.ui;

import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.base.ui.RouteSegment;
import com.sendense.console.hub.BackupId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouteParameters;
import com.vaadin.flow.router.RouterLink;
import java.util.Map;

/**
 * The only way other features open backup history, the recovery-point chain and running backups.
 * Routes: {@code backups} (all VMs, filters as query parameters), {@code backups/vm/{vmName}} (one
 * VM), {@code backups/vm/{vmName}/chain} and {@code backups/running} ({@code ?job=} opens one
 * job's progress).
 */
public final class BackupsNavigation {

    /** The running-backups view's path, for the count badge on its navigation item. */
    public static final String RUNNING_PATH = "backups/running";

    private BackupsNavigation() {}

    /** Opens the running backups. */
    public static void showRunning() {
        UI.getCurrent().navigate(RunningBackupsView.class);
    }

    /** Opens the running backups with one job's progress; a link to it reopens the same. */
    public static void showJob(BackupId id) {
        UI.getCurrent()
                .navigate(RunningBackupsView.class,
                        QueryParameters.simple(Map.of(RunningBackupsView.JOB_PARAM, id.value())));
    }

    /** Opens one VM's backup history, newest first. */
    public static void showHistory(String vmName) {
        UI.getCurrent().navigate(VmBackupHistoryView.class, vmRoute(vmName));
    }

    /** Opens one VM's backup history with one backup selected, e.g. after it finished. */
    public static void showHistory(String vmName, BackupId backup) {
        UI.getCurrent()
                .navigate(VmBackupHistoryView.class, vmRoute(vmName),
                        QueryParameters.simple(Map.of(VmBackupHistoryView.BACKUP_PARAM, backup.value())));
    }

    /** Opens the backup history of every VM the user may see, unfiltered. */
    public static void showAllHistory() {
        showAllHistory(HistoryFilter.ALL);
    }

    /** Opens the backup history of every VM the user may see, filtered. */
    public static void showAllHistory(HistoryFilter filter) {
        UI.getCurrent().navigate(BackupHistoryView.class, HistoryUrl.toQuery(filter, HistoryOrder.NEWEST_FIRST));
    }

    /** Opens one VM's recovery-point chain. */
    public static void showChain(String vmName) {
        UI.getCurrent().navigate(BackupChainView.class, chainRoute(vmName));
    }

    /** A link to one VM's backup history, e.g. for a notification. */
    public static RouterLink historyLink(String text, String vmName) {
        return new RouterLink(text, VmBackupHistoryView.class, vmRoute(vmName));
    }

    /** A link to one VM's recovery-point chain. */
    public static RouterLink chainLink(String text, String vmName) {
        return new RouterLink(text, BackupChainView.class, chainRoute(vmName));
    }

    /** The route parameters of one VM's history; any name survives the URL (see {@link RouteSegment}). */
    static RouteParameters vmRoute(String vmName) {
        return new RouteParameters(VmBackupHistoryView.VM_NAME, RouteSegment.encode(vmName));
    }

    static RouteParameters chainRoute(String vmName) {
        return new RouteParameters(BackupChainView.VM_NAME, RouteSegment.encode(vmName));
    }

    /** The VM name in a history or chain route, as {@link #vmRoute} wrote it. */
    static String vmName(RouteParameters parameters) {
        return parameters.get(VmBackupHistoryView.VM_NAME).map(RouteSegment::decode).orElse("");
    }
}
