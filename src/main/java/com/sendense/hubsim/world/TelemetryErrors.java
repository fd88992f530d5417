package com.sendense.hubsim.world;

import java.util.List;

/** What a real site's SBCs report when a backup fails: VMware snapshot, VDDK/NFC, NBD transport and CBT trouble. */
public final class TelemetryErrors {

    public static final List<String> MESSAGES = List.of(
            "snapshot creation failed: An error occurred while quiescing the virtual machine. See the virtual machine's event log for details.",
            "VDDK error: NBD_ERR_INSUFFICIENT_RESOURCES (host has no free NFC connections)",
            "SNA backup failed: VixDiskLib_Open: Cannot connect to host",
            "write nbd://127.0.0.1:10107: connection reset by peer",
            "QueryChangedDiskAreas failed: The change tracking information is not valid (CBT reset required)");

    private TelemetryErrors() {}

    /** The stale-job detector's message for a job silent for {@code goDuration} (Go's Duration.String). */
    public static String stalled(String goDuration) {
        return "Job stalled - no telemetry for " + goDuration + " (SBC may have crashed)";
    }
}
