package com.sendense.console.backups.ui;

import com.sendense.console.hub.BackupId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.Map;

/** The only way other features (and notifications) open backup views. */
public final class BackupsNavigation {

    /** The running-backups view's path, for the count badge on its navigation item. */
    public static final String RUNNING_PATH = "backups/running";

    /** The per-VM backup history (recovery points), built by the backup-history feature. */
    static final String HISTORY_PATH = "backups/vm/";

    private BackupsNavigation() {
    }

    /**
     * Opens a VM's backup history, where its recovery points are.
     *
     * @param vmName the VM
     */
    public static void showHistory(String vmName) {
        UI.getCurrent().navigate(HISTORY_PATH + URLEncoder.encode(vmName, StandardCharsets.UTF_8).replace("+", "%20"));
    }

    /** Opens the running backups. */
    public static void showRunning() {
        UI.getCurrent().navigate(RunningBackupsView.class);
    }

    /**
     * Opens the running backups with one job's progress dialog; a link to it reopens the same.
     *
     * @param id the job
     */
    public static void showJob(BackupId id) {
        UI.getCurrent().navigate(RunningBackupsView.class,
                QueryParameters.simple(Map.of(RunningBackupsView.JOB_PARAM, id.value())));
    }
}
