package com.sendense.console.restore.ui;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.MountId;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.util.Arrays;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * The only way other features open restore screens: the restore wizard (from the inventory's
 * details drawer or a backup in the history), the active mounts and the file browser of a mount.
 * Everything goes through the URL, so Back and links work; the wizard checks the user's scope
 * whatever the URL says.
 */
public final class RestoreNavigation {

    /** The wizard's route. */
    static final String WIZARD_ROUTE = "restore";
    /** The file browser's route prefix: {@code restore/:mountId/files/:path*}. */
    static final String FILES_SEGMENT = "files";

    private RestoreNavigation() {
    }

    /** Opens the restore wizard at its first step, choosing a VM. */
    public static void openWizard() {
        UI.getCurrent().navigate(RestoreWizardView.class);
    }

    /**
     * Opens the restore wizard for a VM, at the choice of a recovery point.
     *
     * @param vmName the VM
     */
    public static void openWizard(String vmName) {
        UI.getCurrent().navigate(RestoreWizardView.class,
                QueryParameters.simple(Map.of(RestoreWizardView.VM_PARAM, vmName)));
    }

    /**
     * Opens the restore wizard for one backup of a VM, at the choice of a disk (or straight at
     * mounting when the VM has one disk). "Restore files" in the backup history uses this.
     *
     * @param vmName the VM
     * @param backupId the backup (recovery point)
     */
    public static void openWizard(String vmName, BackupId backupId) {
        UI.getCurrent().navigate(RestoreWizardView.class, QueryParameters.simple(
                Map.of(RestoreWizardView.VM_PARAM, vmName, RestoreWizardView.BACKUP_PARAM, backupId.value())));
    }

    /** Shows every active mount ({@code restore/mounts}). */
    public static void showMounts() {
        UI.getCurrent().navigate(ActiveMountsView.class);
    }

    /**
     * Opens the file browser of a mount at a folder.
     *
     * @param mountId the mount
     * @param partitionPath the folder as the hub names it, e.g. {@code /} or
     *     {@code /partition-2/Windows}
     */
    public static void browse(MountId mountId, String partitionPath) {
        UI.getCurrent().navigate(browseLocation(mountId, partitionPath));
    }

    /**
     * The location of the file browser of a mount at a folder, {@code restore/<id>/files/<path>}.
     * Names stay readable; the few characters that percent-decoding on reload or the URL itself
     * would change ({@code ~ % / \ ? # + ;}) are escaped as the browser expects (see
     * {@code PathParam}).
     *
     * @param mountId the mount
     * @param partitionPath the folder, e.g. {@code /partition-2/Windows}
     * @return a location for {@link UI#navigate(String)} or a link
     */
    public static String browseLocation(MountId mountId, String partitionPath) {
        String segments = PathParam.encode(com.sendense.console.hub.HubPath.of(partitionPath));
        String base = WIZARD_ROUTE + "/" + mountId.value() + "/" + FILES_SEGMENT;
        return segments.isEmpty() ? base : base + "/" + segments;
    }
}
