package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.JobSnapshot;
import org.jspecify.annotations.Nullable;

/** How a start ended; plain hub errors fail the future with a {@link HubException} instead, and nothing started. */
public sealed interface StartResult {

    String vmName();

    record Started(Backup backup) implements StartResult {

        @Override
        public String vmName() {
            return backup.vmName();
        }
    }

    /** The hub's answer was lost, but the console found the backup on the hub; nothing was sent twice. */
    record Attached(Backup backup, HubException lostAnswer) implements StartResult {

        @Override
        public String vmName() {
            return backup.vmName();
        }
    }

    /** Refused before the hub was asked; {@code running} is {@code null} while another user or tab is starting one. */
    record AlreadyRunning(String vmName, @Nullable JobSnapshot running) implements StartResult {}

    /**
     * The answer was lost and the hub did not show whether the backup started; no retry, as it may start a
     * second one. {@code lastCheck} is {@code null} when the hub answered but showed no new backup.
     */
    record OutcomeUnknown(String vmName, HubException cause, @Nullable HubException lastCheck) implements StartResult {}
}
