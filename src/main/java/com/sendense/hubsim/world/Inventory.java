package com.sendense.hubsim.world;

import java.util.List;
import java.util.Optional;

/**
 * The hub's database as the handlers query it: the generated world, plus what the API changed at
 * run time ({@link ProtectionDb}: VMs added by discovery, group memberships, repositories created
 * or deleted). The older read-only views (seed flows and executions) come from the world as is.
 */
public final class Inventory {

    private final DemoWorld world;
    private final ProtectionDb db;

    public Inventory(DemoWorld world) {
        this(world, ProtectionDb.seed(world, java.time.ZoneId.of("Europe/London"), 1));
    }

    public Inventory(DemoWorld world, ProtectionDb db) {
        this.world = world;
        this.db = db;
    }

    public ProtectionDb db() {
        return db;
    }

    /** Sorted by {@code vm_name ASC}, as {@code ListVMContexts} orders them; groups from the memberships. */
    public List<VmContext> vms() {
        return allVms().sorted(java.util.Comparator.comparing(VmContext::vmName)).toList();
    }

    private java.util.stream.Stream<VmContext> allVms() {
        return java.util.stream.Stream.concat(world.vms().stream(), db.addedVms().stream()).map(this::withGroups);
    }

    private VmContext withGroups(VmContext vm) {
        List<VmGroup> groups = db.membershipsOf(vm.contextId())
                .stream()
                .flatMap(m -> db.group(m.groupId())
                        .map(g -> new VmGroup(g.id(), g.name(), m.priority(), m.enabled()))
                        .stream())
                .toList();
        return new VmContext(vm.contextId(), vm.vmName(), vm.vmwareVmId(), vm.vmPath(), vm.vcenterHost(),
                vm.datacenter(), vm.cpuCount(), vm.memoryMb(), vm.osType(), vm.powerState(), vm.vmToolsVersion(),
                vm.createdAt(), vm.updatedAt(),
                vm.credentialId() != null && db.credentialDeleted(vm.credentialId()) ? null : vm.credentialId(), groups,
                vm.disks());
    }

    public Optional<VmContext> vmByName(String name) {
        return allVms().filter(vm -> vm.vmName().equals(name)).findFirst();
    }

    public Optional<VmContext> vmByContextId(String contextId) {
        return allVms().filter(vm -> vm.contextId().equals(contextId)).findFirst();
    }

    /** Every repository row, including disabled ones (they exist for foreign keys). */
    public Optional<Repository> repositoryRow(String id) {
        return db.repositories(world.repositories()).stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<Repository> repositoryRows() {
        return db.repositories(world.repositories());
    }

    /**
     * What the hub's {@code RepositoryManager} has loaded: enabled repositories, and those created
     * since it started (a disabled one stays loaded until the next restart).
     */
    public List<Repository> loadedRepositories() {
        return db.repositories(world.repositories())
                .stream()
                .filter(r -> r.enabled() || db.createdSinceStart(r.id()))
                .toList();
    }

    public Optional<Repository> loadedRepository(String id) {
        return loadedRepositories().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    public List<ProtectionFlow> flows() {
        return world.flows();
    }

    public Optional<ProtectionFlow> flow(String id) {
        return world.flows().stream().filter(f -> f.id().equals(id)).findFirst();
    }

    /** A flow's executions, newest first. */
    public List<FlowExecution> executions(String flowId) {
        return world.executions()
                .stream()
                .filter(e -> e.flowId().equals(flowId))
                .sorted(java.util.Comparator.comparing(FlowExecution::startedAt).reversed())
                .toList();
    }

    public List<Schedule> schedules() {
        return world.schedules();
    }

    public Optional<Schedule> schedule(String id) {
        return world.schedules().stream().filter(s -> s.id().equals(id)).findFirst();
    }

    public WorldFacts facts() {
        return world.facts();
    }
}
