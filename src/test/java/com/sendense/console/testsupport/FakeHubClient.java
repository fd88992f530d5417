package com.sendense.console.testsupport;

import com.sendense.console.hub.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.UnaryOperator;
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

    // --- backups: start, stats and job progress (owned by the backup-operations feature)
    /** Every start request that reached the fake hub, in order. */
    public final List<BackupStartRequest> startRequests = new CopyOnWriteArrayList<>();
    /** Released once each time a start request arrives, before it is handled. */
    public final Semaphore startsEntered = new Semaphore(0);
    /** {@code backups(filter)} and {@code backup(id)} calls, for the poller's fan-out tests. */
    public final AtomicInteger backupsCalls = new AtomicInteger();
    public final AtomicInteger backupCalls = new AtomicInteger();
    /** When set, a start request waits for it (at most 10 s) before the hub acts. */
    public volatile @Nullable CountDownLatch startGate;
    /** When set, a start request fails with it and starts nothing. */
    public volatile @Nullable HubException startFailure;
    /** When set, a start request starts the backup and then loses the response (a write timeout). */
    public volatile boolean startLosesResponse;
    /** Backups the hub starts are created at this time ({@code null}: now). */
    public volatile @Nullable Instant now;
    private final AtomicInteger startSequence = new AtomicInteger();

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

    /** A local repository with {@code totalGb} of space, {@code freeGb} of it free. */
    public static Repository repository(String id, String name, long totalGb, long freeGb) {
        Instant t = Instant.parse("2025-10-06T19:34:01Z");
        long total = totalGb << 30;
        long free = freeGb << 30;
        var storage = new StorageInfo(total, total - free, free, 100.0 * (total - free) / total, 3, t);
        return new Repository(id, name, RepositoryType.LOCAL, true, false, 0, storage, t, t, Map.of("path", "/backup"));
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
        backupsCalls.incrementAndGet();
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
        backupCalls.incrementAndGet();
        check();
        return backups.stream().filter(b -> b.id().equals(id)).findFirst()
                .orElseThrow(() -> new HubNotFoundException("backup", HubErrorCode.BACKUP_NOT_FOUND, 404, "backup not found", null));
    }

    @Override
    public StartedBackup startBackup(BackupStartRequest request) {
        startRequests.add(request);
        startsEntered.release();
        CountDownLatch gate = startGate;
        if (gate != null) {
            try {
                gate.await(10, TimeUnit.SECONDS);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }
        check();
        HubException fail = startFailure;
        if (fail != null) {
            throw fail;
        }
        Instant created = now != null ? now : Instant.now();
        String id = "backup-" + request.vmName() + "-" + (created.getEpochSecond() + startSequence.getAndIncrement());
        Backup running = backup(id, request.vmName(), request.type(), request.repositoryId(), BackupStatus.RUNNING, created);
        backups.addFirst(running);
        if (startLosesResponse) {
            throw new HubUnavailableException("startBackup", HubErrorCode.TIMEOUT, true, "no response in time", null);
        }
        return new StartedBackup(with(running, b -> copy(b, BackupStatus.STARTED, 0, 0, 0, null, null, null)), List.of());
    }

    @Override
    public BackupStats backupStats(String vmName, String repositoryId) {
        check();
        List<Backup> completed = backups.stream()
                .filter(b -> b.vmName().equals(vmName) && b.repositoryId().equals(repositoryId)
                        && b.status() == BackupStatus.COMPLETED)
                .toList();
        return new BackupStats(completed.size(), completed.stream().mapToLong(Backup::totalBytes).sum(),
                completed.stream().map(Backup::createdAt).max(Comparator.naturalOrder()).orElse(null));
    }

    /** Forgets every backup, start request and backup fault, for tests sharing one application context. */
    public void resetBackups() {
        backups.clear();
        startRequests.clear();
        startsEntered.drainPermits();
        backupsCalls.set(0);
        backupCalls.set(0);
        startGate = null;
        startFailure = null;
        startLosesResponse = false;
        now = null;
    }

    /** A backup as the hub lists it, without telemetry yet. */
    public static Backup backup(String id, String vmName, BackupType type, String repositoryId, BackupStatus status,
            Instant created) {
        return new Backup(new BackupId(id), "ctx-" + vmName + "-20251006-203401", vmName, type, repositoryId, null,
                status, 0, 0, 1, null, "pending", 0, 0, null, created, created,
                status.isTerminal() ? created.plusSeconds(60) : null);
    }

    /** A completed backup of {@code bytes}. */
    public static Backup completed(String id, String vmName, BackupType type, String repositoryId, Instant created,
            long bytes) {
        Backup b = backup(id, vmName, type, repositoryId, BackupStatus.COMPLETED, created);
        return copy(b, BackupStatus.COMPLETED, bytes, bytes, bytes / 60, created.plusSeconds(60), null, created.plusSeconds(60));
    }

    /** Telemetry arrived for a running backup: bytes done of total at a speed, reported at {@code at}. */
    public void report(BackupId id, long bytes, long total, long speed, Instant at) {
        update(id, b -> copy(b, b.status(), bytes, total, speed, at, null, null));
    }

    /** The backup ended: completed, or failed with the hub's message. */
    public void finish(BackupId id, boolean success, @Nullable String error, Instant at) {
        update(id, b -> copy(b, success ? BackupStatus.COMPLETED : BackupStatus.FAILED,
                success ? b.totalBytes() : b.bytesTransferred(), b.totalBytes(), b.transferSpeedBps(), at, error, at));
    }

    public void update(BackupId id, UnaryOperator<Backup> change) {
        for (int i = 0; i < backups.size(); i++) {
            if (backups.get(i).id().equals(id)) {
                backups.set(i, change.apply(backups.get(i)));
                return;
            }
        }
        throw new IllegalArgumentException("no backup " + id);
    }

    private static Backup with(Backup b, UnaryOperator<Backup> change) {
        return change.apply(b);
    }

    private static Backup copy(Backup b, BackupStatus status, long bytes, long total, long speed, @Nullable Instant telemetry,
            @Nullable String error, @Nullable Instant completed) {
        double percent = total <= 0 ? 0 : Math.round(bytes * 10000.0 / total) / 100.0;
        return new Backup(b.id(), b.vmContextId(), b.vmName(), b.type(), b.repositoryId(), b.policyId(), status, bytes,
                total, b.disksCount(), error, status == BackupStatus.COMPLETED ? "completed" : telemetry == null ? "pending"
                : "transferring", speed, percent, telemetry, b.createdAt(), b.startedAt(), completed);
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
