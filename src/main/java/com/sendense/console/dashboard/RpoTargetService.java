package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Text;

import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Clock;
import java.util.List;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Only administrators, checked here and not only in the view; refusals carry a message to show as is. */
@Service
public class RpoTargetService {

    /** As wide as the database column. */
    public static final int MAX_NAME_LENGTH = 128;

    private static final Logger log = LoggerFactory.getLogger(RpoTargetService.class);

    private final RpoTargetRepository targets;
    private final HubClient hub;
    private final CurrentUser currentUser;
    private final Clock clock;

    RpoTargetService(RpoTargetRepository targets, HubClient hub, CurrentUser currentUser, Clock clock) {
        this.targets = targets;
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional(readOnly = true)
    public List<RpoTarget> targets() {
        return targets.findAll();
    }

    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public RpoTarget setDefault(int hours) {
        return save(RpoScope.DEFAULT, "", hours);
    }

    /** Replaces any target the group or VM had. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public RpoTarget setOverride(RpoScope scope, String name, int hours) {
        if (scope == RpoScope.DEFAULT) {
            throw new IllegalArgumentException("Use setDefault for the default target");
        }
        String clean = name.strip();
        if (clean.isEmpty()) {
            throw new RpoTargetRejected(
                    Text.of(scope == RpoScope.VM ? "dashboard.rpo.chooseVm" : "dashboard.rpo.chooseGroup"));
        }
        if (clean.length() > MAX_NAME_LENGTH) {
            throw new RpoTargetRejected(Text.of("dashboard.rpo.nameTooLong", MAX_NAME_LENGTH));
        }
        return save(scope, clean, hours);
    }

    /** The VMs fall back to the next rule; the default cannot be removed, only changed. */
    @RolesAllowed(Roles.ADMIN)
    @Transactional
    public boolean removeOverride(RpoScope scope, String name) {
        if (scope == RpoScope.DEFAULT) {
            throw new IllegalArgumentException("The default target cannot be removed, only changed");
        }
        boolean removed = targets.delete(scope, name);
        if (removed) {
            log.info("{} removed the RPO override of {} {}", user(), scope, name);
        }
        return removed;
    }

    @RolesAllowed(Roles.ADMIN)
    public List<String> groupNames() {
        return hub.vms()
                .stream()
                .flatMap(vm -> vm.groups().stream())
                .map(VmGroup::name)
                .distinct()
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    @RolesAllowed(Roles.ADMIN)
    public List<String> vmNames() {
        return hub.vms().stream().map(VmContext::vmName).sorted(String.CASE_INSENSITIVE_ORDER).toList();
    }

    private RpoTarget save(RpoScope scope, String name, int hours) {
        RpoTarget.checkHours(hours);
        RpoTarget target = new RpoTarget(scope, name, hours, clock.instant(), user());
        targets.save(target);
        log.info("{} set the RPO target of {} {} to {} h", target.updatedBy(), scope, name, hours);
        return target;
    }

    private String user() {
        return currentUser.username().orElse("unknown");
    }
}
