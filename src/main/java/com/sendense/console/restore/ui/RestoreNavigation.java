package com.sendense.console.restore.ui;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.MountId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The only way other features open restore screens. Everything goes through the URL, so Back and links work;
 * the wizard checks the user's scope whatever the URL says.
 */
public final class RestoreNavigation {

    static final String WIZARD_ROUTE = "restore";
    /** {@code restore/:mountId/files/:path*} */
    static final String FILES_SEGMENT = "files";

    private RestoreNavigation() {}

    public static void openWizard() {
        UI.getCurrent().navigate(RestoreWizardView.class);
    }

    public static void openWizard(String vmName) {
        UI.getCurrent()
                .navigate(RestoreWizardView.class, QueryParameters.simple(Map.of(RestoreWizardView.VM_PARAM, vmName)));
    }

    /** At the choice of a disk, or straight at mounting when the VM has one disk. */
    public static void openWizard(String vmName, BackupId backupId) {
        UI.getCurrent()
                .navigate(RestoreWizardView.class, QueryParameters.simple(
                        Map.of(RestoreWizardView.VM_PARAM, vmName, RestoreWizardView.BACKUP_PARAM, backupId.value())));
    }

    public static void showMounts() {
        UI.getCurrent().navigate(ActiveMountsView.class);
    }

    /** {@code partitionPath} as the hub names it, e.g. {@code /} or {@code /partition-2/Windows}. */
    public static void browse(MountId mountId, String partitionPath) {
        UI.getCurrent().navigate(browseLocation(mountId, partitionPath));
    }

    /**
     * Names stay readable; only what a reload's percent-decoding or the URL would change is escaped
     * ({@link PathParam}).
     */
    public static String browseLocation(MountId mountId, String partitionPath) {
        String segments = PathParam.encode(com.sendense.console.hub.HubPath.of(partitionPath));
        String base = WIZARD_ROUTE + "/" + mountId.value() + "/" + FILES_SEGMENT;
        return segments.isEmpty() ? base : base + "/" + segments;
    }
}
