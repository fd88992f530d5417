package com.sendense.console.hub.internal;

import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import org.jspecify.annotations.Nullable;

/** The protection family's errors, told apart by message: part of {@link HubErrors}, which asks it first. */
final class ProtectionErrors {

    private ProtectionErrors() {}

    /**
     * Flows, schedules, groups and repositories (contract P1.3): validation and "not found" are
     * mostly 500s and duplicates are database errors, so the message decides. Checked before the
     * restore rules, whose {@code Duplicate entry} means something else.
     */
    static @Nullable HubException classify(String operation, int status, String text, @Nullable String m,
            @Nullable String d) {
        @Nullable
        Integer s = status;
        if (text.contains("unique_vm_group")) {
            return new HubConflictException(operation, HubErrorCode.ALREADY_IN_GROUP, s, m, d);
        }
        if (text.contains("already exists") || text.contains("duplicate entry")
                && (text.contains("for key 'name'") || text.contains("for key 'unique_name'"))) {
            return new HubConflictException(operation, HubErrorCode.DUPLICATE_NAME, s, m, d);
        }
        if (text.contains("group is at capacity")) {
            return new HubConflictException(operation, HubErrorCode.GROUP_FULL, s, m, d);
        }
        if (text.contains("cannot delete group with")) {
            return new HubConflictException(operation, HubErrorCode.GROUP_HAS_VMS, s, m, d);
        }
        if (text.contains("cannot delete repository with")) {
            return new HubConflictException(operation, HubErrorCode.REPOSITORY_HAS_BACKUPS, s, m, d);
        }
        if (text.contains("cannot delete or update a parent row")) {
            return new HubConflictException(operation, HubErrorCode.REPOSITORY_IN_USE, s, m, d);
        }
        if (text.contains("replication flows are not yet implemented") || text.contains("constraint_1")) {
            return new HubRejectedException(operation, HubErrorCode.REPLICATION_NOT_SUPPORTED, s, m, d);
        }
        // A repository's config or path refused by the hub's own checks (not a server fault).
        if (text.contains("failed to register repository")
                && (text.contains(": validate") || text.contains(": test_connection:"))) {
            return new HubRejectedException(operation, HubErrorCode.INVALID_REQUEST, s, m, d);
        }
        if (text.contains("invalid cron expression") || text.contains("invalid timezone")
                || text.contains("no fields to update")) {
            return new HubRejectedException(operation, HubErrorCode.INVALID_REQUEST, s, m, d);
        }
        if (text.contains("cannot delete schedule:")) {
            return new HubConflictException(operation, HubErrorCode.SCHEDULE_IN_USE, s, m, d);
        }
        if (text.contains("vm discovery failed")) {
            return new HubServerException(operation, HubErrorCode.SNA_FAILURE, s, m, d);
        }
        if (text.contains("failed to load credentials")) {
            return new HubNotFoundException(operation, HubErrorCode.CREDENTIAL_NOT_FOUND, s, m, d);
        }
        // The flow handler's details start with it; restore's "path validation failed" means a missing path.
        if (d != null && d.startsWith("validation failed:")) {
            return new HubRejectedException(operation, HubErrorCode.INVALID_REQUEST, s, m, d);
        }
        if (text.contains("flow not found")) {
            return new HubNotFoundException(operation, HubErrorCode.FLOW_NOT_FOUND, s, m, d);
        }
        if (text.contains("group not found") || text.contains("failed to get group by id: record not found")) {
            return new HubNotFoundException(operation, HubErrorCode.GROUP_NOT_FOUND, s, m, d);
        }
        if (text.contains("schedule not found")) {
            return new HubNotFoundException(operation, HubErrorCode.SCHEDULE_NOT_FOUND, s, m, d);
        }
        return null;
    }
}
