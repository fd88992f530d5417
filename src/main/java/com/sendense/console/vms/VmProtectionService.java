package com.sendense.console.vms;

import com.sendense.console.backups.BackupHistory;
import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.backups.HistoryEntry;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubException;
import com.sendense.console.protection.Coverage;
import com.sendense.console.protection.ProtectionCoverage;
import com.sendense.console.users.Roles;
import jakarta.annotation.security.RolesAllowed;
import java.time.Instant;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Service;

/**
 * The last good backup and the protecting flow of every listed VM, from the backup history and the
 * protection coverage, both cached and scoped by their services: no hub call per row.
 */
@Service
public class VmProtectionService {

    static final Text HIDDEN_BY_HUB = Text.of("vms.protection.hiddenByHub");
    static final Text HISTORY_UNREADABLE = Text.of("vms.protection.historyUnreadable");
    static final Text SOME_UNREADABLE = Text.of("vms.protection.someUnreadable");
    static final Text FLOWS_UNREADABLE = Text.of("vms.protection.flowsUnreadable");

    private static final Logger log = LoggerFactory.getLogger(VmProtectionService.class);

    private final BackupHistoryService history;
    private final ProtectionCoverage coverage;

    VmProtectionService(BackupHistoryService history, ProtectionCoverage coverage) {
        this.history = history;
        this.coverage = coverage;
    }

    /** By VM name; every VM of {@code vms} has an entry. Never throws for an unreadable hub: the notes say it. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Map<String, VmProtection> protection(List<VmSummary> vms) {
        Map<String, Instant> lastGood = null;
        boolean incomplete = false;
        try {
            BackupHistory all = history.history();
            lastGood = lastGood(all);
            incomplete = all.isIncomplete();
        } catch (HubException e) {
            log.warn("Could not read the backup history for the VM list: {}", e.getMessage());
        }
        Coverage flows = null;
        try {
            flows = coverage.coverage();
        } catch (HubException e) {
            log.warn("Could not read the protection flows for the VM list: {}", e.getMessage());
        }
        Map<String, VmProtection> result = new HashMap<>();
        for (VmSummary vm : vms) {
            result.put(vm.name(), protection(vm, lastGood, incomplete, flows));
        }
        return result;
    }

    private static VmProtection protection(VmSummary vm, @Nullable Map<String, Instant> lastGood, boolean incomplete,
            @Nullable Coverage flows) {
        Instant good = lastGood == null ? null : lastGood.get(vm.name());
        Text lastGoodNote = null;
        if (lastGood == null) {
            lastGoodNote = HISTORY_UNREADABLE;
        } else if (good == null && vm.name().contains("-disk")) {
            // The hub drops every backup row whose id contains "-disk", and ids embed the VM name.
            lastGoodNote = HIDDEN_BY_HUB;
        } else if (good == null && incomplete) {
            // "never" would be a guess: the backups may sit in the repository that did not answer.
            lastGoodNote = SOME_UNREADABLE;
        }
        var covered = flows == null ? null : flows.forVm(vm.context().contextId()).orElse(null);
        return new VmProtection(good, lastGoodNote, covered, flows == null ? FLOWS_UNREADABLE : null);
    }

    private static Map<String, Instant> lastGood(BackupHistory history) {
        Map<String, Instant> newest = new HashMap<>();
        for (HistoryEntry e : history.entries()) {
            if (e.backup().status() == BackupStatus.COMPLETED) {
                newest.merge(e.backup().vmName(), e.backup().createdAt(), (a, b) -> a.isAfter(b) ? a : b);
            }
        }
        return newest;
    }
}
