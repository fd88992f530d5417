package com.sendense.console.backups;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.HubException;
import com.sendense.console.live.JobSnapshot;
import org.jspecify.annotations.Nullable;

/**
 * How a start request ended, for everything but plain hub errors (those fail the future with a
 * {@link HubException}, and nothing was started).
 */
public sealed interface StartResult {

    /**
     * The VM the request was about.
     *
     * @return its name
     */
    String vmName();

    /** The hub started the backup. */
    record Started(Backup backup) implements StartResult {
        @Override
        public String vmName() {
            return backup.vmName();
        }
    }

    /**
     * The hub's answer was lost (timeout or dropped connection), but the backup did start: the
     * console found it on the hub and follows it. Nothing was sent twice.
     */
    record Attached(Backup backup, HubException lostAnswer) implements StartResult {
        @Override
        public String vmName() {
            return backup.vmName();
        }
    }

    /**
     * Refused: a backup of the VM is running, or another user or tab is starting one right now
     * ({@code running} is then {@code null}). Nothing was sent to the hub.
     */
    record AlreadyRunning(String vmName, @Nullable JobSnapshot running) implements StartResult {
    }

    /**
     * The hub's answer was lost and the console could not find out whether the backup started.
     * It did not retry, because a retry may start a second backup.
     *
     * @param cause the lost answer
     * @param lastCheck why the last look at the hub failed, or {@code null} if it answered but
     *     showed no new backup
     */
    record OutcomeUnknown(String vmName, HubException cause, @Nullable HubException lastCheck) implements StartResult {
    }
}
