package com.sendense.hubsim.world;

import com.sendense.hubsim.world.ProtectionRows.Credential;
import com.sendense.hubsim.world.ProtectionRows.Execution;
import com.sendense.hubsim.world.ProtectionRows.Flow;
import com.sendense.hubsim.world.ProtectionRows.FlowStatus;
import com.sendense.hubsim.world.ProtectionRows.Group;
import com.sendense.hubsim.world.ProtectionRows.Membership;
import java.time.Instant;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Random;
import java.util.function.UnaryOperator;

/**
 * The hub's protection tables the API changes at run time (flows, executions, schedules, groups,
 * credentials, discovered VMs, repositories), seeded from the demo world; every method is one transaction.
 */
public final class ProtectionDb {

    private final Random random;
    private final Map<String, Flow> flows = new LinkedHashMap<>();
    private final Map<String, Execution> executions = new LinkedHashMap<>();
    private final Map<String, ProtectionRows.Schedule> schedules = new LinkedHashMap<>();
    private final Map<String, Group> groups = new LinkedHashMap<>();
    private final List<Membership> memberships = new ArrayList<>();
    private final Map<Integer, Credential> credentials = new LinkedHashMap<>();
    private final List<VmContext> addedVms = new ArrayList<>();
    private final List<Repository> createdRepositories = new ArrayList<>();
    private final List<String> deletedRepositories = new ArrayList<>();
    private final List<String> everUsedRepositories = new ArrayList<>();
    private final VCenterInventory vcenter;
    private final Map<String, ProtectionRows.Policy> policies = new LinkedHashMap<>();
    private final java.util.Set<Integer> deletedCredentials = new java.util.HashSet<>();
    private final Map<String, ProtectionRows.ScheduleExecution> scheduleExecutions = new LinkedHashMap<>();
    private int uuidCounter = 0x100;

    private ProtectionDb(long seed, VCenterInventory vcenter) {
        this.random = new Random(seed * 17 + 3);
        this.vcenter = vcenter;
    }

    /** The demo world's flows, schedules, groups and credentials as the hub's tables hold them. */
    public static ProtectionDb seed(DemoWorld world, ZoneId zone, long seed) {
        ProtectionDb db = new ProtectionDb(seed, VCenterInventory.of(world.vms(), !world.vms().isEmpty()));
        Instant since = world.vms()
                .stream()
                .map(VmContext::createdAt)
                .min(Comparator.naturalOrder())
                .orElse(Instant.EPOCH.plus(20_000, ChronoUnit.DAYS))
                .minus(2, ChronoUnit.DAYS);
        for (VmGroup g : world.groups()) {
            db.groups.put(g.id(), new Group(g.id(), g.name(), "VMs of the " + g.name() + " tier", "",
                    g.name().equals("Databases") ? 8 : 10, g.priority(), "machine-group-service", since, since));
        }
        for (VmContext vm : world.vms()) {
            for (VmGroup g : vm.groups()) {
                db.memberships.add(new Membership(db.uuid(), g.id(), vm.contextId(), g.enabled(), g.priority(),
                        vm.createdAt(), "system"));
            }
        }
        for (Schedule s : world.schedules()) {
            db.schedules.put(s.id(), new ProtectionRows.Schedule(s.id(), s.name(), s.description(), s.cron(),
                    zone.getId(), true, 1, "auto", 3, 30, s.enabled(), "api", s.createdAt(), s.updatedAt()));
        }
        // The monitor that finishes a run never writes error_message; only start failures do.
        for (FlowExecution e : world.executions()) {
            db.executions.put(e.id(),
                    new Execution(e.id(), e.flowId(), e.status(), e.startedAt(), e.completedAt(), e.jobsCreated(),
                            e.jobsCompleted(), e.jobsFailed(), 0, e.jobsCreated(), null, e.createdJobIds(), true,
                            e.startedAt()));
        }
        for (ProtectionFlow f : world.flows()) {
            db.flows.put(f.id(),
                    new Flow(f.id(), f.name(), f.description(), "backup", f.targetType(), f.targetId(),
                            f.repositoryId(), "", f.scheduleId(), f.enabled(), f.createdAt(), f.updatedAt(),
                            db.statusFrom(f.id())));
        }
        if (!world.vms().isEmpty()) {
            db.credentials.put(35, new Credential(35, "vcenter-prod", VCenterInventory.HOST, "backup-svc@vsphere.local",
                    "demo", VCenterInventory.DATACENTER, true, true, "gui_user", since, since));
            db.credentials.put(36,
                    new Credential(36, "vcenter-dc-admins", VCenterInventory.HOST, "dc-backup@vsphere.local", "demo",
                            VCenterInventory.DATACENTER, true, false, "gui_user", since, since));
        }
        world.backups().stream().map(BackupRow::repositoryId).distinct().forEach(db.everUsedRepositories::add);
        return db;
    }

    private FlowStatus statusFrom(String flowId) {
        List<Execution> runs = executions(flowId);
        if (runs.isEmpty()) {
            return FlowStatus.NEVER_RUN;
        }
        Execution last = runs.getFirst();
        return new FlowStatus(last.id(), last.status(), last.running() ? null : last.completedAt(), runs.size(),
                (int) runs.stream().filter(e -> e.status().equals("success")).count(),
                (int) runs.stream().filter(e -> e.status().equals("error")).count());
    }

    /** A MariaDB {@code UUID()} (version 1) as the hub's tables default to. */
    public synchronized String uuid() {
        uuidCounter++;
        return String.format("%08x-%04x-11f0-%04x-0200%08x", random.nextInt(), random.nextInt(0x10000),
                random.nextInt(0x10000), uuidCounter);
    }

    /** {@code ORDER BY created_at DESC}; the newest insert first among equal seconds. */
    public synchronized List<Flow> flows() {
        List<Flow> list = new ArrayList<>(flows.values());
        java.util.Collections.reverse(list);
        list.sort(Comparator.comparing(Flow::createdAt).reversed());
        return list;
    }

    public synchronized Optional<Flow> flow(String id) {
        return Optional.ofNullable(flows.get(id));
    }

    public synchronized boolean flowNameTaken(String name) {
        return flows.values().stream().anyMatch(f -> f.name().equals(name));
    }

    public synchronized void putFlow(Flow flow) {
        flows.put(flow.id(), flow);
    }

    public synchronized Optional<Flow> updateFlow(String id, UnaryOperator<Flow> change) {
        return Optional.ofNullable(flows.computeIfPresent(id, (k, f) -> change.apply(f)));
    }

    /** Deletes the flow and, by the cascading foreign key, its executions. */
    public synchronized boolean deleteFlow(String id) {
        executions.values().removeIf(e -> e.flowId().equals(id));
        return flows.remove(id) != null;
    }

    /** {@code ORDER BY created_at DESC}. */
    public synchronized List<Execution> executions(String flowId) {
        List<Execution> list = new ArrayList<>(
                executions.values().stream().filter(e -> e.flowId().equals(flowId)).toList());
        java.util.Collections.reverse(list);
        list.sort(Comparator.comparing(Execution::createdAt).reversed());
        return list;
    }

    public synchronized List<Execution> runningExecutions() {
        return executions.values().stream().filter(Execution::running).toList();
    }

    public synchronized void putExecution(Execution execution) {
        executions.put(execution.id(), execution);
    }

    /** {@code ORDER BY name ASC}. */
    public synchronized List<ProtectionRows.Schedule> schedules() {
        return schedules.values().stream().sorted(Comparator.comparing(ProtectionRows.Schedule::name)).toList();
    }

    public synchronized Optional<ProtectionRows.Schedule> schedule(String id) {
        return Optional.ofNullable(schedules.get(id));
    }

    public synchronized boolean scheduleNameTaken(String name) {
        return schedules.values().stream().anyMatch(s -> s.name().equals(name));
    }

    public synchronized void putSchedule(ProtectionRows.Schedule schedule) {
        schedules.put(schedule.id(), schedule);
    }

    /** Its executions go by cascade; flows keep a dangling {@code schedule_id} (no foreign key). */
    public synchronized boolean deleteSchedule(String id) {
        scheduleExecutions.values().removeIf(e -> e.scheduleId().equals(id));
        return schedules.remove(id) != null;
    }

    /** {@code ORDER BY scheduled_at DESC}, the newest insert first among equal seconds. */
    public synchronized List<ProtectionRows.ScheduleExecution> scheduleExecutions(String scheduleId) {
        List<ProtectionRows.ScheduleExecution> list = new ArrayList<>(
                scheduleExecutions.values().stream().filter(e -> e.scheduleId().equals(scheduleId)).toList());
        java.util.Collections.reverse(list);
        list.sort(Comparator.comparing(ProtectionRows.ScheduleExecution::scheduledAt).reversed());
        return list;
    }

    /** False on a duplicate primary key (two triggers in one second). */
    public synchronized boolean addScheduleExecution(ProtectionRows.ScheduleExecution execution) {
        return scheduleExecutions.putIfAbsent(execution.id(), execution) == null;
    }

    /** {@code ORDER BY name}. */
    public synchronized List<Group> groups() {
        return groups.values().stream().sorted(Comparator.comparing(Group::name)).toList();
    }

    public synchronized Optional<Group> group(String id) {
        return Optional.ofNullable(groups.get(id));
    }

    public synchronized boolean groupNameTaken(String name) {
        return groups.values().stream().anyMatch(g -> g.name().equals(name));
    }

    public synchronized void putGroup(Group group) {
        groups.put(group.id(), group);
    }

    public synchronized boolean deleteGroup(String id) {
        return groups.remove(id) != null;
    }

    public synchronized List<Membership> members(String groupId) {
        return memberships.stream().filter(m -> m.groupId().equals(groupId)).toList();
    }

    public synchronized List<Membership> membershipsOf(String contextId) {
        return memberships.stream().filter(m -> m.contextId().equals(contextId)).toList();
    }

    public synchronized void addMembership(Membership membership) {
        memberships.add(membership);
    }

    public synchronized void removeMembership(String groupId, String contextId) {
        memberships.removeIf(m -> m.groupId().equals(groupId) && m.contextId().equals(contextId));
    }

    public synchronized List<Credential> credentials() {
        return List.copyOf(credentials.values());
    }

    public synchronized Optional<Credential> credential(int id) {
        return Optional.ofNullable(credentials.get(id));
    }

    public synchronized int nextCredentialId() {
        return credentials.keySet().stream().mapToInt(Integer::intValue).max().orElse(0) + 1;
    }

    public synchronized void putCredential(Credential credential) {
        credentials.put(credential.id(), credential);
    }

    /** {@code ON DELETE SET NULL}: the contexts that used it lose their credential. */
    public synchronized boolean deleteCredential(int id) {
        boolean deleted = credentials.remove(id) != null;
        if (deleted) {
            deletedCredentials.add(id);
        }
        return deleted;
    }

    public synchronized boolean credentialDeleted(int id) {
        return deletedCredentials.contains(id);
    }

    public VCenterInventory vcenter() {
        return vcenter;
    }

    public synchronized List<VmContext> addedVms() {
        return List.copyOf(addedVms);
    }

    public synchronized void addVm(VmContext vm) {
        addedVms.add(vm);
    }

    /** The world's repository rows, less those deleted, plus those created. */
    public synchronized List<Repository> repositories(List<Repository> seeded) {
        List<Repository> all = new ArrayList<>(
                seeded.stream().filter(r -> !deletedRepositories.contains(r.id())).toList());
        all.addAll(createdRepositories);
        return all;
    }

    public synchronized void addRepository(Repository repository) {
        createdRepositories.add(repository);
    }

    public synchronized boolean createdSinceStart(String id) {
        return createdRepositories.stream().anyMatch(r -> r.id().equals(id));
    }

    public synchronized void deleteRepository(String id) {
        createdRepositories.removeIf(r -> r.id().equals(id));
        deletedRepositories.add(id);
    }

    /** Records that a backup row was written into the repository; rows are never all gone (per-disk rows stay). */
    public synchronized void repositoryUsed(String id) {
        if (!everUsedRepositories.contains(id)) {
            everUsedRepositories.add(id);
        }
    }

    public synchronized boolean repositoryEverUsed(String id) {
        return everUsedRepositories.contains(id);
    }

    // --- policies

    /** {@code ORDER BY name}. */
    public synchronized List<ProtectionRows.Policy> policies() {
        return policies.values().stream().sorted(Comparator.comparing(ProtectionRows.Policy::name)).toList();
    }

    public synchronized Optional<ProtectionRows.Policy> policy(String id) {
        return Optional.ofNullable(policies.get(id));
    }

    public synchronized void putPolicy(ProtectionRows.Policy policy) {
        policies.put(policy.id(), policy);
    }

    public synchronized boolean deletePolicy(String id) {
        return policies.remove(id) != null;
    }

    /** The foreign key a policy or copy rule holds on the repository, as MariaDB names it in error 1451. */
    public synchronized Optional<String> repositoryReference(String repositoryId) {
        for (ProtectionRows.Policy p : policies.values()) {
            if (p.copyRules().stream().anyMatch(r -> r.destinationRepositoryId().equals(repositoryId))) {
                return Optional
                        .of("`migratekit_oma`.`backup_copy_rules`, CONSTRAINT `backup_copy_rules_ibfk_2` FOREIGN KEY "
                                + "(`destination_repository_id`) REFERENCES `backup_repositories` (`id`)");
            }
            if (p.primaryRepositoryId().equals(repositoryId)) {
                return Optional
                        .of("`migratekit_oma`.`backup_policies`, CONSTRAINT `backup_policies_ibfk_1` FOREIGN KEY "
                                + "(`primary_repository_id`) REFERENCES `backup_repositories` (`id`)");
            }
        }
        return Optional.empty();
    }
}
