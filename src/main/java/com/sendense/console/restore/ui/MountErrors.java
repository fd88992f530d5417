package com.sendense.console.restore.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/** The hub reports nearly every restore failure as HTTP 500; the hub client has already told them apart by code. */
final class MountErrors {

    enum NextStep {
        SHOW_MOUNTS, RETRY,
        /** Ask the hub again for a mount it may have made; never mounts twice. */
        CHECK_AGAIN,
        /** Only an administrator can fix it on the hub; trying again helps once they have. */
        ADMINISTRATOR, CHOOSE_ANOTHER
    }

    record Explanation(String title, String text, NextStep next) {}

    static final String ADMIN_FIX = "An administrator must delete the failed mount records on the hub (rows with "
            + "status 'failed' in its restore_mounts table), then restore works again. The console cannot do this: "
            + "the hub neither lists failed mounts nor reports their ids.";

    private MountErrors() {}

    /** Without the future's {@link CompletionException} wrapper. */
    static @Nullable Throwable cause(@Nullable Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    static String sentence(HubException e) {
        Explanation explanation = explain(e);
        return explanation.title() + ". " + explanation.text();
    }

    /** Before trying: the hub reports no free slot. */
    static Explanation explainSlotsFull() {
        return new Explanation("All 8 restore slots on the hub are in use",
                "The hub can mount at most 8 disks at a time. Unmount a disk nobody needs any more, or wait until a "
                        + "mount expires (each lasts one hour).",
                NextStep.SHOW_MOUNTS);
    }

    static Explanation explain(HubException e) {
        return switch (e.code()) {
            case MOUNT_LIMIT_REACHED, NO_NBD_DEVICE -> explainSlotsFull();
            case DISK_NOT_FOUND -> new Explanation("This backup cannot be mounted yet",
                    "A backup that has just finished takes a moment before its disks can be mounted. Try again in a "
                            + "minute. If it keeps failing, this backup does not contain the disk.",
                    NextStep.RETRY);
            case QCOW2_MISSING -> new Explanation("The backup's disk image is missing on the hub",
                    "The repository no longer has this disk's image file. Choose another recovery point, and tell an "
                            + "administrator.",
                    NextStep.CHOOSE_ANOTHER);
            case NO_MOUNTABLE_PARTITIONS -> new Explanation("This disk has no partition the hub can mount",
                    "Disks that use LVM only, or carry a file system on the whole disk, cannot be browsed. Try another "
                            + "disk or recovery point. The failed attempt stays on the hub and blocks further mounts "
                            + "until an administrator clears it. " + ADMIN_FIX,
                    NextStep.ADMINISTRATOR);
            case MOUNT_BLOCKED_BY_FAILED_MOUNT -> new Explanation("An earlier failed mount blocks restore on the hub",
                    "A mount that failed before left a record on the hub that holds its restore device, so no "
                            + "further disk can be mounted. " + ADMIN_FIX,
                    NextStep.ADMINISTRATOR);
            case MOUNT_NOT_READY -> new Explanation("The disk is still being mounted",
                    "Another request is mounting this disk right now. Try again in a few seconds.", NextStep.RETRY);
            case TIMEOUT, NO_RESPONSE -> e instanceof HubUnavailableException u && u.outcomeUnknown()
                    ? new Explanation("The hub did not answer in time",
                            "The hub may have mounted the disk anyway. Check again: the console then asks the hub for "
                                    + "the mount of this disk, which returns the existing mount and never mounts it "
                                    + "twice.",
                            NextStep.CHECK_AGAIN)
                    : new Explanation("The hub did not answer", HubErrorMessages.explain(e), NextStep.RETRY);
            case MOUNT_NOT_FOUND -> new Explanation("The mount no longer exists",
                    "It expired or was unmounted. Mount the disk again to keep browsing.", NextStep.RETRY);
            default -> new Explanation("The disk could not be mounted", HubErrorMessages.explain(e), NextStep.RETRY);
        };
    }
}
