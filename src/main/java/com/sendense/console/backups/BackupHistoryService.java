package com.sendense.console.backups;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.ParallelReads;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.console.users.VmScope;
import jakarta.annotation.security.RolesAllowed;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.stereotype.Service;

/**
 * The hub lists backups only by VM, repository or status, unpaged: the all-VM history merges the lists
 * per repository and per status (these catch repositories the hub no longer lists), cached {@link #HISTORY_TTL}.
 */
@Service
public class BackupHistoryService {

    static final Duration HISTORY_TTL = Duration.ofSeconds(30);
    static final List<BackupStatus> LISTED_STATUSES = List.of(BackupStatus.RUNNING, BackupStatus.FAILED,
            BackupStatus.COMPLETED);

    private static final Logger log = LoggerFactory.getLogger(BackupHistoryService.class);

    private final HubClient hub;
    private final CurrentUser currentUser;
    private final Clock clock;
    private final ZoneId zone;
    private final Duration stallThreshold;
    private final ObjectProvider<MountedBackupLookup> mountLookup;
    private final Object loadLock = new Object();
    private volatile @Nullable BackupHistory cached;

    BackupHistoryService(HubClient hub, CurrentUser currentUser, Clock clock, HubProperties hubProperties,
            ObjectProvider<MountedBackupLookup> mountLookup) {
        this.hub = hub;
        this.currentUser = currentUser;
        this.clock = clock;
        this.zone = hubProperties.timeZone();
        this.stallThreshold = hubProperties.stallThreshold();
        this.mountLookup = mountLookup;
    }

    public static RecoveryChain emptyChain() {
        return RecoveryChains.build(List.of(), Instant.EPOCH);
    }

    public Duration stallThreshold() {
        return stallThreshold;
    }

    /** The hub's zone: history dates and date filters are calendar days there. */
    public ZoneId zone() {
        return zone;
    }

    /** Every backup of the VMs the user may see, newest first; at most {@link #HISTORY_TTL} old. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public BackupHistory history() {
        BackupHistory all = cached;
        if (all == null || !clock.instant().isBefore(all.fetchedAt().plus(HISTORY_TTL))) {
            synchronized (loadLock) {
                all = cached;
                if (all == null || !clock.instant().isBefore(all.fetchedAt().plus(HISTORY_TTL))) {
                    all = assemble();
                    cached = all;
                }
            }
        }
        VmScope scope = currentUser.vmScope();
        return new BackupHistory(all.entries().stream().filter(e -> scope.allows(e.backup().vmName())).toList(),
                all.fetchedAt(), all.unreadable(),
                all.groups()
                        .entrySet()
                        .stream()
                        .filter(g -> scope.allows(g.getKey()))
                        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue)));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public BackupHistory refresh() {
        cached = null;
        return history();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<HistoryEntry> find(HistoryFilter filter, List<HistoryOrder> order) {
        return matching(filter).sorted(HistoryOrder.comparator(order)).toList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<HistoryEntry> page(HistoryFilter filter, List<HistoryOrder> order, int offset, int limit) {
        return find(filter, order).stream().skip(offset).limit(limit).toList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public int count(HistoryFilter filter) {
        return (int) matching(filter).count();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public void exportCsv(HistoryFilter filter, List<HistoryOrder> order, OutputStream out) throws IOException {
        exportCsv(filter, order, Languages.DEFAULT, out);
    }

    /** The CSV with its headers in {@code locale}. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public void exportCsv(HistoryFilter filter, List<HistoryOrder> order, Locale locale, OutputStream out)
            throws IOException {
        HistoryCsv.write(find(filter, order), locale, new OutputStreamWriter(out, StandardCharsets.UTF_8));
    }

    /** The names of the VMs the user may see, sorted: the only names ever sent to the hub. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<String> vmNames() {
        VmScope scope = currentUser.vmScope();
        return hub.vms()
                .stream()
                .map(VmContext::vmName)
                .filter(scope::allows)
                .sorted(String.CASE_INSENSITIVE_ORDER)
                .toList();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<String> groupNames() {
        return history().groupNames();
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public List<Repository> repositories() {
        return hub.repositories();
    }

    /** One VM's backups, fresh from the hub, newest first; empty if the VM is unknown or not in scope. */
    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<List<HistoryEntry>> vmHistory(String vmName) {
        if (!visible(vmName)) {
            return Optional.empty();
        }
        return Optional.of(HistoryAssembler.entries(hub.backups(BackupFilter.forVm(vmName)), repositoriesOrNone()));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.HELPDESK, Roles.MANAGER, Roles.ADMIN})
    public Optional<RecoveryChain> chain(String vmName) {
        if (!visible(vmName)) {
            return Optional.empty();
        }
        // Not hub.backupChain(): the hub's chain is usually just the oldest full backup.
        List<Backup> completed = hub.backups(BackupFilter.forVm(vmName).andStatus(BackupStatus.COMPLETED));
        return Optional
                .of(RecoveryChains.build(HistoryAssembler.entries(completed, repositoriesOrNone()), clock.instant()));
    }

    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public DeletionCheck checkDeletion(BackupId id) {
        Backup backup = hub.backup(id);
        int mountsOnHub = hub.mounts().size();
        var mounted = DeletionCheck.MountState
                .of(mountLookup.getIfAvailable(() -> MountedBackupLookup.UNKNOWN).isMounted(id));
        if (mounted == DeletionCheck.MountState.UNKNOWN && mountsOnHub == 0) {
            mounted = DeletionCheck.MountState.NOT_MOUNTED; // nothing at all is mounted on the hub
        }
        DeletionCheck.Refusal refusal = backup.status().isActive()
                ? DeletionCheck.Refusal.RUNNING
                : mounted == DeletionCheck.MountState.MOUNTED ? DeletionCheck.Refusal.MOUNTED : null;
        return new DeletionCheck(backup, refusal, mounted, mountsOnHub);
    }

    /**
     * Checks again that it is neither running nor known to be mounted. The hub deletes only the record:
     * it keeps the files, so no space is reclaimed.
     */
    @RolesAllowed({Roles.OPERATOR, Roles.ADMIN})
    public void delete(BackupId id) {
        DeletionCheck check = checkDeletion(id);
        if (check.refusal() != null) {
            throw new BackupDeletionRefusedException(id, check.refusal());
        }
        hub.deleteBackup(id);
        log.info("Backup {} of {} deleted by {}", id, check.backup().vmName(), currentUser.username().orElse("?"));
        cached = null;
    }

    private Stream<HistoryEntry> matching(HistoryFilter filter) {
        BackupHistory h = history();
        return h.entries().stream().filter(e -> filter.matches(e.backup(), zone, h.groupsOf(e.backup().vmName())));
    }

    private boolean visible(String vmName) {
        return currentUser.vmScope().allows(vmName) && hub.vms().stream().anyMatch(vm -> vm.vmName().equals(vmName));
    }

    private List<Repository> repositoriesOrNone() {
        try {
            return hub.repositories();
        } catch (HubException e) {
            log.warn("Repository names unavailable, showing ids: {}", e.getMessage());
            return List.of();
        }
    }

    private BackupHistory assemble() {
        Instant now = clock.instant();
        List<Text> unreadable = new ArrayList<>();
        List<Repository> repositories = List.of();
        HubException firstFailure = null;
        try {
            repositories = hub.repositories();
        } catch (HubException e) {
            // The status lists still hold every running, failed and completed backup.
            log.warn("Backup history: repository list unreadable: {}", e.getMessage());
            unreadable.add(Text.of("backups.unreadable.repositoryList"));
            firstFailure = e;
        }
        Map<Text, Supplier<List<Backup>>> sources = new LinkedHashMap<>();
        for (Repository r : repositories) {
            sources.put(Text.of("backups.unreadable.repository", r.name()),
                    () -> hub.backups(BackupFilter.forRepository(r.id())));
        }
        for (BackupStatus s : LISTED_STATUSES) {
            sources.put(Text.of("backups.unreadable.status." + s.wireValue()),
                    () -> hub.backups(BackupFilter.withStatus(s)));
        }
        List<List<Backup>> lists = new ArrayList<>();
        Map<String, List<String>> groups = Map.of();
        try (ParallelReads reads = ParallelReads.start()) {
            // The group filter needs each VM's groups; only the inventory knows them.
            ParallelReads.Read<List<VmContext>> inventory = reads.fork(hub::vms);
            Map<Text, ParallelReads.Read<List<Backup>>> pending = new LinkedHashMap<>();

            sources.forEach((name, source) -> pending.put(name, reads.fork(source)));
            for (var read : pending.entrySet()) {
                try {
                    lists.add(read.getValue().join());
                } catch (HubException he) {
                    log.warn("Backup history: {} unreadable: {}", read.getKey(), he.getMessage());
                    unreadable.add(read.getKey());
                    firstFailure = firstFailure == null ? he : firstFailure;
                }
            }
            try {
                groups = inventory.join()
                        .stream()
                        .collect(Collectors.toMap(VmContext::vmName,
                                vm -> vm.groups().stream().map(VmGroup::name).toList(), (a, b) -> a));
            } catch (HubException he) {
                log.warn("Backup history: VM inventory unreadable, no VM is in a group: {}", he.getMessage());
                unreadable.add(BackupHistory.INVENTORY);
            }
        }
        List<HistoryEntry> entries = HistoryAssembler.merge(lists, repositories);
        // Nothing read while some list failed is not "no backups": the failed list may hold them all.
        if (entries.isEmpty() && firstFailure != null) {
            throw firstFailure;
        }
        return new BackupHistory(entries, now, unreadable, groups);
    }
}
