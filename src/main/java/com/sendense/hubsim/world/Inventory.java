package com.sendense.hubsim.world;

import java.util.List;
import java.util.Optional;

/**
 * The parts of the hub's database that the simulator never changes after start-up: VM contexts,
 * groups, repositories, schedules, flows and their executions. Lookups mirror the hub's queries.
 */
public final class Inventory {

    private final DemoWorld world;

    public Inventory(DemoWorld world) {
        this.world = world;
    }

    /** Sorted by {@code vm_name ASC}, as {@code ListVMContexts} orders them. */
    public List<VmContext> vms() {
        return world.vms().stream().sorted(java.util.Comparator.comparing(VmContext::vmName)).toList();
    }

    public Optional<VmContext> vmByName(String name) {
        return world.vms().stream().filter(vm -> vm.vmName().equals(name)).findFirst();
    }

    public Optional<VmContext> vmByContextId(String contextId) {
        return world.vms().stream().filter(vm -> vm.contextId().equals(contextId)).findFirst();
    }

    /** Every repository row, including disabled ones (they exist for foreign keys). */
    public Optional<Repository> repositoryRow(String id) {
        return world.repositories().stream().filter(r -> r.id().equals(id)).findFirst();
    }

    /** What the hub's {@code RepositoryManager} loaded at start-up: enabled repositories only. */
    public List<Repository> loadedRepositories() {
        return world.repositories().stream().filter(Repository::enabled).toList();
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
        return world.executions().stream().filter(e -> e.flowId().equals(flowId))
                .sorted(java.util.Comparator.comparing(FlowExecution::startedAt).reversed()).toList();
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
