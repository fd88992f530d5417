package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.springframework.stereotype.Service;

/**
 * The Protection pages' service: flows with what only the console knows (next run, its own runs),
 * their changes on the hub in words, and "Run now". Operators and admins change and run, managers
 * read, help desk sees nothing.
 */
@Service
public class ProtectionService {

    static final int MAX_LIMIT = 500;
    private static final DateTimeFormatter CLOCK = DateTimeFormatter.ofPattern("HH:mm");

    private final HubClient hub;
    private final RunStore store;
    private final FlowRunner runner;
    private final FlowOverviews overviews;
    private final FlowEditor editor;
    private final ProtectionCoverage coverage;
    private final ProtectionProperties properties;
    private final CurrentUser currentUser;
    private final HubZone zone;
    private final Clock clock;
    private final String instance = "manual-" + UUID.randomUUID();

    ProtectionService(HubClient hub, RunStore store, FlowRunner runner, FlowOverviews overviews, FlowEditor editor,
            ProtectionCoverage coverage, ProtectionProperties properties, CurrentUser currentUser, HubZone zone,
            Clock clock) {
        this.hub = hub;
        this.store = store;
        this.runner = runner;
        this.overviews = overviews;
        this.editor = editor;
        this.coverage = coverage;
        this.properties = properties;
        this.currentUser = currentUser;
        this.zone = zone;
        this.clock = clock;
    }

    /** Newest first, as the hub lists them. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<FlowOverview> flows() {
        List<ProtectionFlow> flows = hub.protectionFlows();
        FlowOverviews.Names names = overviews.names();
        return flows.stream().map(f -> overviews.overview(f, names)).toList();
    }

    /** @throws com.sendense.console.hub.HubNotFoundException when the hub does not know the flow */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public FlowOverview flow(String flowId) {
        ProtectionFlow flow = hub.flow(flowId);
        return overviews.overview(flow, overviews.names());
    }

    /** @throws FlowValidationException with the reason in words */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public FlowOverview create(FlowForm form) {
        ProtectionFlow created = editor.create(form);
        coverage.invalidate();
        return reread(created);
    }

    /** @throws FlowValidationException with the reason in words, also when the form changes the target */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public FlowOverview update(String flowId, FlowForm form) {
        ProtectionFlow updated = editor.update(flowId, form);
        coverage.invalidate();
        return reread(updated);
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(String flowId) {
        editor.delete(flowId);
        coverage.invalidate();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public BulkOutcome setEnabled(Collection<String> ids, boolean enabled) {
        BulkOutcome outcome = editor.setEnabled(ids, enabled);
        coverage.invalidate();
        return outcome;
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public BulkOutcome delete(Collection<String> ids) {
        BulkOutcome outcome = editor.delete(ids);
        coverage.invalidate();
        return outcome;
    }

    /**
     * Records a MANUAL run and returns it at once (RUNNING); its VMs are started on a virtual thread.
     * Disabled flows run too: disabling stops the schedule, not the operator.
     *
     * @throws RunRefusedException when the flow's previous run is still going (also a double click)
     */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public ProtectionRun runNow(String flowId) {
        ProtectionFlow flow = hub.flow(flowId);
        Instant now = clock.instant();
        String user = currentUser.username().orElse("unknown");
        NewRun run = new NewRun(flow.id(), flow.name(), RunTrigger.MANUAL, null, now, user, null, instance);
        return switch (store.start(run, busy -> "")) {
            case RunStore.Claim.Started s -> {
                ProtectionRun recorded = store.find(s.runId()).orElseThrow();
                runner.runLater(s.runId(), flow);
                yield recorded;
            }
            case RunStore.Claim.Refused r -> throw refused(r.busyRunId());
            case RunStore.Claim.Busy b -> throw refused(b.busyRunId());
            case RunStore.Claim.Taken t -> throw new RunRefusedException(Text.of("protection.run.notRecorded"));
        };
    }

    private RunRefusedException refused(long busyRunId) {
        return store.find(busyRunId)
                .map(r -> new RunRefusedException(Text.of("protection.run.busySince", Long.toString(busyRunId),
                        CLOCK.format(r.startedAt().atZone(zone.zone())), r.startedBy())))
                .orElseGet(() -> new RunRefusedException(Text.of("protection.run.busy", Long.toString(busyRunId))));
    }

    /** Newest first. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ProtectionRun> runs(String flowId, int limit) {
        return store.forFlow(flowId, clamp(limit));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public Optional<ProtectionRun> run(long runId) {
        return store.find(runId);
    }

    /** Newest first, all flows. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ProtectionRun> recentRuns(int limit) {
        return store.recent(clamp(limit));
    }

    /** The hub's own execution records (other tools calling its execute), newest first, each judged. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<HubExecution> hubExecutions(String flowId) {
        Instant now = clock.instant();
        return hub.flowExecutions(flowId, 100)
                .stream()
                .map(e -> new HubExecution(e, ExecutionVerdicts.judge(e, now, properties.stuckAfter())))
                .toList();
    }

    /** The next {@code count} due times in the hub's zone. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN, Roles.MANAGER})
    public List<ZonedDateTime> preview(ScheduleChoice choice, int count) {
        return choice.schedule().next(clock.instant(), zone.zone(), Math.max(0, Math.min(count, 100)));
    }

    /** VMs and groups, sorted by name. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public List<TargetChoice> targets() {
        List<TargetChoice> targets = new ArrayList<>();
        Stream.concat(hub.vms().stream().map(vm -> new TargetChoice(FlowTargetType.VM, vm.contextId(), vm.vmName(), 1)),
                hub.machineGroups()
                        .stream()
                        .map(g -> new TargetChoice(FlowTargetType.GROUP, g.id(), g.name(),
                                Math.max(g.totalVms(), g.members().size()))))
                .sorted(Comparator.comparing(TargetChoice::name, String.CASE_INSENSITIVE_ORDER))
                .forEach(targets::add);
        return targets;
    }

    /** Enabled repositories with their capacity, sorted by name, as the backup wizard offers them. */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public List<Repository> repositories() {
        return hub.repositories()
                .stream()
                .sorted(Comparator.comparing(Repository::name, String.CASE_INSENSITIVE_ORDER))
                .toList();
    }

    /** The hub's create and update answers lack names and the cron (contract P2): read the flow back. */
    private FlowOverview reread(ProtectionFlow written) {
        try {
            return flow(written.id());
        } catch (HubException e) {
            return overviews.overview(written,
                    new FlowOverviews.Names(java.util.Map.of(), java.util.Map.of(), java.util.Map.of()));
        }
    }

    private static int clamp(int limit) {
        return Math.max(1, Math.min(limit, MAX_LIMIT));
    }
}
