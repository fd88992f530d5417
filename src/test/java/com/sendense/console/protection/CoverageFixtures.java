package com.sendense.console.protection;

import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** Flows and groups as the hub lists them, for coverage tests here and in the pages that show coverage. */
public final class CoverageFixtures {

    public static final String DAILY_0100 = "0 0 1 * * *";
    public static final String WEEKDAYS_0100 = "0 0 1 * * MON-FRI";
    private static final Instant T = Instant.parse("2025-10-01T08:00:00Z");

    private CoverageFixtures() {}

    public static ProtectionFlow vmFlow(String name, VmContext vm, String repository, @Nullable String cron,
            boolean enabled) {
        return flow(name, FlowTargetType.VM, vm.contextId(), repository, cron, enabled);
    }

    public static ProtectionFlow groupFlow(String name, MachineGroup group, String repository, @Nullable String cron,
            boolean enabled) {
        return flow(name, FlowTargetType.GROUP, group.id(), repository, cron, enabled);
    }

    public static ProtectionFlow flow(String name, FlowTargetType type, String targetId, String repository,
            @Nullable String cron, boolean enabled) {
        return new ProtectionFlow("flow-" + name, name, null, FlowType.BACKUP, type, targetId, "repo-" + repository,
                repository, null, null, cron == null ? null : "sched-" + name, cron == null ? null : name, cron,
                enabled, new FlowRunSummary(null, FlowExecutionStatus.PENDING, null, null, 0, 0, 0), T, T, "admin");
    }

    public static MachineGroup group(String name, VmContext... members) {
        List<GroupMember> list = List.of(members)
                .stream()
                .map(vm -> new GroupMember(vm.contextId(), vm.vmName(), vm.vmwareVmId(), 0, true, T, "admin"))
                .toList();
        return new MachineGroup("group-" + name, name, null, null, null, 50, 0, list.size(), list.size(), "admin", T, T,
                list);
    }

    /** What protects each VM of the fake hub at {@code now}, for every VM (no help-desk scope). */
    public static Coverage coverage(FakeHubClient hub, Instant now) {
        var user = org.mockito.Mockito.mock(com.sendense.console.users.CurrentUser.class);
        org.mockito.Mockito.when(user.vmScope()).thenReturn(com.sendense.console.users.VmScope.ALL);
        return new ProtectionCoverage(hub, user, java.time.Clock.fixed(now, java.time.ZoneOffset.UTC),
                new com.sendense.console.hub.HubZone(java.time.ZoneId.of("Europe/London"))).coverage();
    }

    /** Puts the flows and groups into the fake hub, replacing what it had. */
    public static void serve(FakeHubClient hub, List<ProtectionFlow> flows, List<MachineGroup> groups) {
        hub.flows.clear();
        hub.groups.clear();
        flows.forEach(f -> hub.flows.put(f.id(), f));
        groups.forEach(g -> hub.groups.put(g.id(), g));
    }
}
