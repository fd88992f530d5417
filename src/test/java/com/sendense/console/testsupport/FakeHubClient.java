package com.sendense.console.testsupport;

import com.sendense.console.hub.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import org.jspecify.annotations.Nullable;

/**
 * In-memory {@link HubClient} for service, poller and UI tests: no HTTP, state set by the test.
 * Call {@link #failWith} to make every call fail like an unreachable hub; counters let tests check
 * how often the hub was asked.
 */
public class FakeHubClient implements HubClient {

    public final List<VmContext> vms = new CopyOnWriteArrayList<>();
    public final Map<String, List<VmDisk>> disks = new HashMap<>();
    public final List<Repository> repositories = new CopyOnWriteArrayList<>();
    public final List<Backup> backups = new CopyOnWriteArrayList<>();
    /** Live mounts as {@link #mounts()} returns them (the hub leaves their backup id empty). */
    public final List<Mount> mounts = new CopyOnWriteArrayList<>();
    /** Every backup list query, in order. */
    public final List<BackupFilter> backupQueries = new CopyOnWriteArrayList<>();
    /** Backup ids deleted through {@link #deleteBackup}. */
    public final List<BackupId> deletedBackups = new CopyOnWriteArrayList<>();
    /** When set, backup list queries it accepts fail like an unreachable hub. */
    public volatile java.util.function.@Nullable Predicate<BackupFilter> failBackupsFor;
    public final AtomicInteger healthCalls = new AtomicInteger();
    public final AtomicInteger diskCalls = new AtomicInteger();
    public String version = "1.0.0";
    private volatile @Nullable HubException failure;

    public FakeHubClient failWith(@Nullable HubException e) {
        this.failure = e;
        return this;
    }

    public static HubUnavailableException unreachable() {
        return new HubUnavailableException("test", HubErrorCode.UNREACHABLE, false, "connection refused", null);
    }

    private void check() {
        HubException e = failure;
        if (e != null) {
            throw e;
        }
    }

    public FakeHubClient withVm(VmContext vm, VmDisk... vmDisks) {
        vms.add(vm);
        disks.put(vm.contextId(), List.of(vmDisks));
        return this;
    }

    public static VmContext vm(String name, String os, PowerState power, VmGroup... groups) {
        Instant t = Instant.parse("2025-10-06T19:34:01Z");
        return new VmContext("ctx-" + name + "-20251006-203401", name, "4205-" + name, "/DC/vm/" + name,
                "vcenter.example.local", "DC", "discovered", 2, 4096, os, power, "vmx-19", t, t, null, true, true, 35,
                List.of(groups));
    }

    public static VmDisk disk(int index, long gb) {
        return new VmDisk(index, "disk-" + (2000 + index), gb << 30);
    }

    @Override
    public HubHealth health() {
        healthCalls.incrementAndGet();
        check();
        return new HubHealth("healthy", "SHA API", version, "connected", Instant.now());
    }

    @Override
    public HubAuthStatus authStatus() {
        return new HubAuthStatus(false, HubAuthStatus.LoginState.NOT_ATTEMPTED, null, null);
    }

    @Override
    public List<VmContext> vms() {
        check();
        return List.copyOf(vms);
    }

    @Override
    public Optional<VmContextDetail> vm(String vmName) {
        check();
        return vms.stream().filter(v -> v.vmName().equals(vmName)).findFirst()
                .map(v -> new VmContextDetail(v, disks.getOrDefault(v.contextId(), List.of())));
    }

    @Override
    public List<VmDisk> disks(String contextId) {
        diskCalls.incrementAndGet();
        check();
        return disks.getOrDefault(contextId, List.of());
    }

    @Override
    public List<Repository> repositories() {
        check();
        return List.copyOf(repositories);
    }

    @Override
    public StorageInfo repositoryStorage(String repositoryId) {
        check();
        return repositories.stream().filter(r -> r.id().equals(repositoryId)).findFirst()
                .flatMap(Repository::storageInfo)
                .orElseThrow(() -> new HubNotFoundException("repositoryStorage", HubErrorCode.REPOSITORY_NOT_FOUND, 404,
                        "Repository not found", null));
    }

    @Override
    public List<Backup> backups(BackupFilter filter) {
        backupQueries.add(filter);
        check();
        var failing = failBackupsFor;
        if (failing != null && failing.test(filter)) {
            throw unreachable();
        }
        List<Backup> result = new ArrayList<>();
        for (Backup b : backups) {
            boolean match = (filter.vmName() == null || b.vmName().equals(filter.vmName()))
                    && (filter.repositoryId() == null || b.repositoryId().equals(filter.repositoryId()))
                    && (filter.status() == null || b.status() == filter.status())
                    && (filter.type() == null || b.type() == filter.type());
            if (match) {
                result.add(b);
            }
        }
        return result;
    }

    @Override
    public Backup backup(BackupId id) {
        check();
        return backups.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new HubNotFoundException("backup", HubErrorCode.BACKUP_NOT_FOUND, 404, "backup not found", null));
    }

    // The operations below are exercised by the backup and restore features' own fakes/tests.

    @Override
    public StartedBackup startBackup(BackupStartRequest request) {
        throw new UnsupportedOperationException("startBackup is not modelled by this fake yet");
    }

    @Override
    public BackupStats backupStats(String vmName, String repositoryId) {
        throw new UnsupportedOperationException("backupStats is not modelled by this fake yet");
    }

    /** Like the hub: only the oldest completed full backup, whatever else exists. */
    @Override
    public BackupChain backupChain(String vmName) {
        check();
        return backups.stream()
                .filter(b -> b.vmName().equals(vmName) && b.type() == BackupType.FULL && b.status() == BackupStatus.COMPLETED)
                .min(java.util.Comparator.comparing(Backup::createdAt))
                .map(b -> new BackupChain(b.vmContextId() + "-disk0-chain", b.vmContextId(), vmName, 0, b.repositoryId(),
                        b.id().value(), List.of(b), b.bytesTransferred(), 1))
                .orElseGet(() -> new BackupChain("", "", "", 0, "", "", List.of(), 0, 0));
    }

    /** Like the hub: removes the record whatever its status; mounts stay. */
    @Override
    public void deleteBackup(BackupId id) {
        check();
        if (!backups.removeIf(b -> b.id().equals(id))) {
            throw new HubNotFoundException("deleteBackup", HubErrorCode.BACKUP_NOT_FOUND, 404, "backup not found", null);
        }
        deletedBackups.add(id);
    }

    @Override
    public Mount mount(BackupId backupId, int diskIndex) {
        throw new UnsupportedOperationException("mount is not modelled by this fake yet");
    }

    @Override
    public List<Mount> mounts() {
        check();
        return List.copyOf(mounts);
    }

    @Override
    public void unmount(MountId id) {
        throw new UnsupportedOperationException("unmount is not modelled by this fake yet");
    }

    @Override
    public FileListing files(MountId id, HubPath path) {
        throw new UnsupportedOperationException("files is not modelled by this fake yet");
    }

    @Override
    public FileEntry fileInfo(MountId id, HubPath path) {
        throw new UnsupportedOperationException("fileInfo is not modelled by this fake yet");
    }

    @Override
    public DownloadResult download(MountId id, HubPath path, DownloadSink sink) {
        throw new UnsupportedOperationException("download is not modelled by this fake yet");
    }

    @Override
    public DownloadResult downloadDirectory(MountId id, HubPath path, ArchiveFormat format, DownloadSink sink) {
        throw new UnsupportedOperationException("downloadDirectory is not modelled by this fake yet");
    }

    @Override
    public RestoreResources restoreResources() {
        throw new UnsupportedOperationException("restoreResources is not modelled by this fake yet");
    }

    @Override
    public CleanupStatus cleanupStatus() {
        throw new UnsupportedOperationException("cleanupStatus is not modelled by this fake yet");
    }

    @Override
    public List<ProtectionFlow> protectionFlows() {
        check();
        return List.of();
    }

    @Override
    public List<FlowExecution> flowExecutions(String flowId, int limit) {
        check();
        return List.of();
    }
}
