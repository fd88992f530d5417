package com.sendense.hubsim.world;

import java.util.List;

/** Everything the hub's database holds when the simulator starts. */
public record DemoWorld(List<VmGroup> groups, List<VmContext> vms, List<Repository> repositories,
        List<BackupRow> backups, List<Schedule> schedules, List<ProtectionFlow> flows, List<FlowExecution> executions,
        WorldFacts facts, long nextBackupDiskId) {

    public DemoWorld {
        groups = List.copyOf(groups);
        vms = List.copyOf(vms);
        repositories = List.copyOf(repositories);
        backups = List.copyOf(backups);
        schedules = List.copyOf(schedules);
        flows = List.copyOf(flows);
        executions = List.copyOf(executions);
    }
}
