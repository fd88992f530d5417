package com.sendense.console.dashboard;

import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import org.jspecify.annotations.Nullable;
import org.springframework.stereotype.Service;

/** The dashboard's check of schedules against RPO targets, over the VMs the user may see. */
@Service
public class ScheduleCheckService {

    private final ProtectionCoverage coverage;
    private final RpoTargetRepository targets;

    ScheduleCheckService(ProtectionCoverage coverage, RpoTargetRepository targets) {
        this.coverage = coverage;
        this.targets = targets;
    }

    /**
     * Only the VMs of {@code group} when one is given, as the rest of the dashboard.
     *
     * @throws com.sendense.console.hub.HubException when the hub's flows or groups cannot be read
     */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public ScheduleCheck check(@Nullable String group) {
        return ScheduleCheck.of(coverage.coverage(), RpoPolicy.of(targets.findAll()),
                vm -> group == null || vm.groups().contains(group));
    }
}
