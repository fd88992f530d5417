package com.sendense.console.protection;

import com.sendense.console.hub.Repository;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZonedDateTime;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import org.springframework.stereotype.Service;

/**
 * The Protection pages' service: flows with what only the console knows (next run, its own runs),
 * their changes on the hub in words, and "Run now". Operators and admins change and run, managers
 * read, help desk sees nothing.
 */
@Service
public class ProtectionService {

    private static final String NOT_YET = "Not built yet on this branch";

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<FlowOverview> flows() {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** @throws com.sendense.console.hub.HubNotFoundException when the hub does not know the flow */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public FlowOverview flow(String flowId) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** @throws FlowValidationException with the reason in words */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public FlowOverview create(FlowForm form) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** @throws FlowValidationException with the reason in words, also when the form changes the target */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public FlowOverview update(String flowId, FlowForm form) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(String flowId) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public BulkOutcome setEnabled(Collection<String> ids, boolean enabled) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public BulkOutcome delete(Collection<String> ids) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /**
     * Records a MANUAL run and returns it at once (RUNNING); its VMs are started on a virtual thread.
     *
     * @throws RunRefusedException when the flow's previous run is still going
     */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public ProtectionRun runNow(String flowId) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** Newest first. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ProtectionRun> runs(String flowId, int limit) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public Optional<ProtectionRun> run(long runId) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** Newest first, all flows. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ProtectionRun> recentRuns(int limit) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** The hub's own execution records, newest first, each with the console's verdict. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<HubExecution> hubExecutions(String flowId) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** The next {@code count} due times in the hub's zone. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ZonedDateTime> preview(ScheduleChoice choice, int count) {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** VMs and groups, sorted by name. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public List<TargetChoice> targets() {
        throw new UnsupportedOperationException(NOT_YET);
    }

    /** Enabled repositories with their capacity, sorted by name, as the backup wizard offers them. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public List<Repository> repositories() {
        throw new UnsupportedOperationException(NOT_YET);
    }
}
