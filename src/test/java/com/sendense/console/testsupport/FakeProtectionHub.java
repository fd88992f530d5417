package com.sendense.console.testsupport;

import com.sendense.console.hub.*;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import org.jspecify.annotations.Nullable;

/**
 * The protection half of {@link FakeHubClient}, in memory and with the hub's rules that callers
 * must cope with: {@code execute} starts backups through {@link #startBackup}, answers ERROR when
 * any start failed and otherwise leaves the run RUNNING until {@link #finishExecution}; groups hold
 * at most their {@code maxVms}; a repository that ever held a backup is not deleted.
 */
public abstract class FakeProtectionHub extends FakeDiscoveryHub {

    public final Map<String, ProtectionFlow> flows = new ConcurrentHashMap<>();
    public final Map<String, List<FlowExecution>> executions = new ConcurrentHashMap<>();
    public final Map<String, MachineGroup> groups = new ConcurrentHashMap<>();
    public final Map<String, HubSchedule> schedules = new ConcurrentHashMap<>();
    public final List<String> executedFlows = new CopyOnWriteArrayList<>();

    protected abstract Instant protectionNow();

    protected abstract List<Repository> repositoryList();

    protected abstract List<Backup> backupList();

    @Override
    public List<ProtectionFlow> protectionFlows() {
        check();
        return flows.values()
                .stream()
                .sorted((a, b) -> b.createdAt().compareTo(a.createdAt()))
                .map(this::withNames)
                .toList();
    }

    /**
     * As the hub's reads (not its create answer) give a flow: the schedule's name and cron and the
     * repository's name when those rows exist (GORM preload), the stored values otherwise.
     */
    private ProtectionFlow withNames(ProtectionFlow f) {
        HubSchedule schedule = f.scheduleId() == null ? null : schedules.get(f.scheduleId());
        String repositoryName = repositoryList().stream()
                .filter(r -> r.id().equals(f.repositoryId()))
                .map(Repository::name)
                .findFirst()
                .orElse(f.repositoryName());
        if (schedule == null && java.util.Objects.equals(repositoryName, f.repositoryName())) {
            return f;
        }
        return new ProtectionFlow(f.id(), f.name(), f.description(), f.flowType(), f.targetType(), f.targetId(),
                f.repositoryId(), repositoryName, f.policyId(), f.policyName(), f.scheduleId(),
                schedule == null ? f.scheduleName() : schedule.name(),
                schedule == null ? f.scheduleCron() : schedule.cron(), f.enabled(), f.runs(), f.createdAt(),
                f.updatedAt(), f.createdBy());
    }

    @Override
    public ProtectionFlow flow(String flowId) {
        check();
        ProtectionFlow flow = flows.get(flowId);
        if (flow == null) {
            throw new HubNotFoundException("flow", HubErrorCode.FLOW_NOT_FOUND, 404, "Flow not found",
                    "flow not found: " + flowId);
        }
        return withNames(flow);
    }

    @Override
    public ProtectionFlow createFlow(FlowDraft d) {
        check();
        if (flows.values().stream().anyMatch(f -> f.name().equals(d.name()))) {
            throw new HubConflictException("createFlow", HubErrorCode.DUPLICATE_NAME, 500, "Failed to create flow",
                    "flow with name '%s' already exists".formatted(d.name()));
        }
        Instant now = protectionNow();
        ProtectionFlow flow = new ProtectionFlow(UUID.randomUUID().toString(), d.name(), d.description(),
                FlowType.BACKUP, d.targetType(), d.targetId(), d.repositoryId(), null, d.policyId(), null,
                d.scheduleId(), null, null, d.enabled(),
                new FlowRunSummary(null, FlowExecutionStatus.PENDING, null, null, 0, 0, 0), now, now, "system");
        flows.put(flow.id(), flow);
        return flow;
    }

    @Override
    public ProtectionFlow updateFlow(String flowId, FlowChanges c) {
        ProtectionFlow f = flow(flowId);
        ProtectionFlow updated = new ProtectionFlow(f.id(), or(c.name(), f.name()),
                or(c.description(), f.description()), f.flowType(), f.targetType(), f.targetId(),
                or(c.repositoryId(), f.repositoryId()), f.repositoryName(), or(c.policyId(), f.policyId()),
                f.policyName(), or(c.scheduleId(), f.scheduleId()), f.scheduleName(), f.scheduleCron(),
                c.enabled() == null ? f.enabled() : c.enabled(), f.runs(), f.createdAt(), protectionNow(),
                f.createdBy());
        flows.put(flowId, updated);
        return updated;
    }

    @Override
    public void deleteFlow(String flowId) {
        flow(flowId);
        flows.remove(flowId);
        executions.remove(flowId);
    }

    @Override
    public ProtectionFlow enableFlow(String flowId) {
        return updateFlow(flowId, FlowChanges.enabled(true));
    }

    @Override
    public ProtectionFlow disableFlow(String flowId) {
        return updateFlow(flowId, FlowChanges.enabled(false));
    }

    @Override
    public BulkFlowResult bulkEnableFlows(List<String> flowIds) {
        return bulk("enable", flowIds, this::enableFlow);
    }

    @Override
    public BulkFlowResult bulkDisableFlows(List<String> flowIds) {
        return bulk("disable", flowIds, this::disableFlow);
    }

    @Override
    public BulkFlowResult bulkDeleteFlows(List<String> flowIds) {
        return bulk("delete", flowIds, this::deleteFlow);
    }

    private BulkFlowResult bulk(String action, List<String> ids, java.util.function.Consumer<String> each) {
        check();
        List<String> errors = new ArrayList<>();
        for (String id : ids) {
            try {
                each.accept(id);
            } catch (HubNotFoundException e) {
                errors.add("Failed to %s flow %s: flow not found: %s".formatted(action, id, id));
            }
        }
        return new BulkFlowResult(action, ids.size(), ids.size() - errors.size(), errors.size(), errors);
    }

    @Override
    public FlowExecution executeFlow(String flowId) {
        ProtectionFlow flow = flow(flowId);
        executedFlows.add(flowId);
        List<String> targets = flow.targetType() == FlowTargetType.GROUP
                ? machineGroup(flow.targetId()).members().stream().map(GroupMember::vmContextId).toList()
                : List.of(flow.targetId());
        List<BackupId> started = new ArrayList<>();
        int failed = 0;
        int skipped = 0;
        for (String contextId : targets) {
            VmContext vm = vms().stream().filter(v -> v.contextId().equals(contextId)).findFirst().orElse(null);
            if (vm == null) {
                skipped++;
                continue;
            }
            String repo = flow.repositoryId() == null ? "" : flow.repositoryId();
            boolean hasFull = backupList().stream()
                    .anyMatch(b -> b.vmName().equals(vm.vmName()) && b.repositoryId().equals(repo)
                            && b.type() == BackupType.FULL && b.status() == BackupStatus.COMPLETED);
            try {
                started.add(startBackup(
                        BackupStartRequest.of(vm.vmName(), hasFull ? BackupType.INCREMENTAL : BackupType.FULL, repo))
                        .backup()
                        .id());
            } catch (HubException | IllegalArgumentException e) {
                failed++;
            }
        }
        Instant now = protectionNow();
        boolean error = failed > 0;
        FlowExecution run = new FlowExecution(UUID.randomUUID().toString(), flowId,
                error ? FlowExecutionStatus.ERROR : FlowExecutionStatus.RUNNING, "manual", now, error ? now : null,
                error ? Duration.ZERO : null, started.size(), 0, failed, skipped, targets.size(), 0,
                error ? "%d of %d backups failed to start".formatted(failed, targets.size()) : null,
                error ? List.of() : started, "system", now);
        executions.computeIfAbsent(flowId, k -> new CopyOnWriteArrayList<>()).addFirst(run);
        return run;
    }

    /** Ends a running execution as the hub's monitor would. */
    public void finishExecution(String executionId, FlowExecutionStatus status, int completed, int failed) {
        executions.values()
                .forEach(list -> list.replaceAll(e -> !e.id().equals(executionId)
                        ? e
                        : new FlowExecution(e.id(), e.flowId(), status, e.executionType(), e.startedAt(),
                                protectionNow(), Duration.ofSeconds(60), e.jobsCreated(), completed, failed,
                                e.jobsSkipped(), e.vmsProcessed(), 0, e.errorMessage(), e.createdBackupIds(),
                                e.triggeredBy(), e.createdAt())));
    }

    @Override
    public List<FlowExecution> flowExecutions(String flowId, int limit) {
        check();
        List<FlowExecution> runs = executions.getOrDefault(flowId, List.of());
        return List.copyOf(runs.subList(0, Math.min(limit, runs.size())));
    }

    @Override
    public FlowRunSummary flowStatus(String flowId) {
        return flow(flowId).runs();
    }

    @Override
    public FlowSummary flowSummary() {
        List<ProtectionFlow> all = protectionFlows();
        int enabled = (int) all.stream().filter(ProtectionFlow::enabled).count();
        return new FlowSummary(all.size(), enabled, all.size() - enabled, all.size(), 0, 0, 0, 0);
    }

    @Override
    public FlowValidation testFlow(String flowId) {
        ProtectionFlow flow = flow(flowId);
        boolean known = flow.targetType() == FlowTargetType.GROUP
                || vms().stream().anyMatch(v -> v.contextId().equals(flow.targetId()));
        return known
                ? new FlowValidation(true, List.of())
                : new FlowValidation(false, List.of("VM context not found: " + flow.targetId()));
    }

    @Override
    public List<HubSchedule> schedules() {
        check();
        return schedules.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public HubSchedule schedule(String scheduleId) {
        check();
        HubSchedule s = schedules.get(scheduleId);
        if (s == null) {
            throw new HubNotFoundException("schedule", HubErrorCode.SCHEDULE_NOT_FOUND, 404, "Schedule not found",
                    null);
        }
        return s;
    }

    @Override
    public HubSchedule createSchedule(ScheduleDraft d) {
        check();
        Instant now = protectionNow();
        HubSchedule s = new HubSchedule(UUID.randomUUID().toString(), d.name(), d.description(), d.cron(), d.timeZone(),
                true, now, now);
        schedules.put(s.id(), s);
        return s;
    }

    @Override
    public HubSchedule updateSchedule(String scheduleId, ScheduleDraft d) {
        HubSchedule old = schedule(scheduleId);
        HubSchedule s = new HubSchedule(scheduleId, d.name(), d.description(), d.cron(), d.timeZone(), old.enabled(),
                old.createdAt(), protectionNow());
        schedules.put(scheduleId, s);
        return s;
    }

    @Override
    public void deleteSchedule(String scheduleId) {
        schedule(scheduleId);
        schedules.remove(scheduleId);
    }

    @Override
    public List<MachineGroup> machineGroups() {
        check();
        return groups.values().stream().sorted((a, b) -> a.name().compareTo(b.name())).toList();
    }

    @Override
    public MachineGroup machineGroup(String groupId) {
        check();
        MachineGroup group = groups.get(groupId);
        if (group == null) {
            throw new HubNotFoundException("machineGroup", HubErrorCode.GROUP_NOT_FOUND, 500,
                    "Failed to get group: failed to get group by ID: record not found", null);
        }
        return group;
    }

    @Override
    public MachineGroup createGroup(GroupDraft d) {
        check();
        if (groups.values().stream().anyMatch(g -> g.name().equals(d.name()))) {
            throw new HubConflictException("createGroup", HubErrorCode.DUPLICATE_NAME, 500,
                    "Duplicate entry '" + d.name() + "' for key 'name'", null);
        }
        Instant now = protectionNow();
        MachineGroup group = new MachineGroup(UUID.randomUUID().toString(), d.name(), d.description(), null, null,
                d.maxVms() == 0 ? 5 : d.maxVms(), d.priority(), 0, 0, "sendense-console", now, now, List.of());
        groups.put(group.id(), group);
        return group;
    }

    @Override
    public MachineGroup updateGroup(String groupId, GroupChanges c) {
        MachineGroup g = machineGroup(groupId);
        MachineGroup updated = new MachineGroup(g.id(), or(c.name(), g.name()), or(c.description(), g.description()),
                g.scheduleId(), g.scheduleName(), c.maxVms() == null ? g.maxConcurrentVms() : c.maxVms(),
                c.priority() == null ? g.priority() : c.priority(), g.totalVms(), g.enabledVms(), g.createdBy(),
                g.createdAt(), protectionNow(), g.members());
        groups.put(groupId, updated);
        return updated;
    }

    @Override
    public void deleteGroup(String groupId) {
        MachineGroup g = machineGroup(groupId);
        if (!g.members().isEmpty()) {
            throw new HubConflictException("deleteGroup", HubErrorCode.GROUP_HAS_VMS, 400,
                    "cannot delete group with %d VMs, remove VMs first".formatted(g.members().size()), null);
        }
        groups.remove(groupId);
    }

    @Override
    public GroupAssignment assignToGroup(String groupId, String vmContextId) {
        MachineGroup g = machineGroup(groupId);
        VmContext vm = vms().stream()
                .filter(v -> v.contextId().equals(vmContextId))
                .findFirst()
                .orElseThrow(() -> new HubNotFoundException("assignToGroup", HubErrorCode.VM_NOT_FOUND, 404,
                        "VM context not found", null));
        if (g.members().size() >= g.maxConcurrentVms()) {
            throw new HubConflictException("assignToGroup", HubErrorCode.GROUP_FULL, 409, "Group is at capacity", null);
        }
        if (g.members().stream().anyMatch(m -> m.vmContextId().equals(vmContextId))) {
            throw new HubConflictException("assignToGroup", HubErrorCode.ALREADY_IN_GROUP, 500,
                    "Duplicate entry for key 'unique_vm_group'", null);
        }
        Instant now = protectionNow();
        List<GroupMember> members = new ArrayList<>(g.members());
        members.add(new GroupMember(vmContextId, vm.vmName(), vm.vmwareVmId(), 0, true, now, "sendense-console"));
        groups.put(groupId, withMembers(g, members));
        int count = members.size();
        return new GroupAssignment(vmContextId, vm.vmName(), groupId, g.name(), now, new GroupCapacity(count,
                g.maxConcurrentVms(), g.maxConcurrentVms() - count, count >= g.maxConcurrentVms()));
    }

    @Override
    public void removeFromGroup(String groupId, String vmContextId) {
        check();
        MachineGroup g = groups.get(groupId);
        if (g != null) {
            groups.put(groupId,
                    withMembers(g, g.members().stream().filter(m -> !m.vmContextId().equals(vmContextId)).toList()));
        }
    }

    private static MachineGroup withMembers(MachineGroup g, List<GroupMember> members) {
        return new MachineGroup(g.id(), g.name(), g.description(), g.scheduleId(), g.scheduleName(),
                g.maxConcurrentVms(), g.priority(), members.size(), members.size(), g.createdBy(), g.createdAt(),
                g.updatedAt(), members);
    }

    @Override
    public List<GroupMember> groupVms(String groupId) {
        return machineGroup(groupId).members();
    }

    @Override
    public Repository createRepository(NewRepository r) {
        check();
        Instant now = protectionNow();
        Map<String, String> config = new LinkedHashMap<>();
        switch (r.spec()) {
            case RepositorySpec.Local l -> config.put("path", l.path());
            case RepositorySpec.Nfs n -> config.putAll(Map.of("server", n.server(), "export_path", n.exportPath()));
            case RepositorySpec.Cifs c -> config.putAll(Map.of("server", c.server(), "share_name", c.shareName()));
        }
        Repository created = new Repository("repo-" + r.spec().type().name().toLowerCase() + "-" + now.getEpochSecond(),
                r.name(), r.spec().type(), true, r.immutable(), r.minRetentionDays(), null, now, now, config);
        repositoryList().add(created);
        return created;
    }

    @Override
    public RepositoryTestResult testRepository(RepositorySpec spec) {
        check();
        return new RepositoryTestResult(true, "Repository configuration is valid and connection test passed", null);
    }

    @Override
    public void deleteRepository(String repositoryId) {
        check();
        long held = backupList().stream().filter(b -> b.repositoryId().equals(repositoryId)).count();
        if (held > 0) {
            throw new HubConflictException("deleteRepository", HubErrorCode.REPOSITORY_HAS_BACKUPS, 500,
                    "cannot delete repository with %d existing backups".formatted(held), null);
        }
        if (!repositoryList().removeIf(r -> r.id().equals(repositoryId))) {
            throw new HubNotFoundException("deleteRepository", HubErrorCode.REPOSITORY_NOT_FOUND, 500,
                    "repository not found", null);
        }
    }

    @Override
    public StorageRefresh refreshRepositoryStorage() {
        check();
        int n = repositoryList().size();
        return new StorageRefresh(n, 0, "Storage information refreshed for %d repositories".formatted(n));
    }

    private static <T> @Nullable T or(@Nullable T value, @Nullable T fallback) {
        return value == null ? fallback : value;
    }
}
