package com.sendense.console.testsupport;

import com.sendense.console.hub.*;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
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
public class FakeHubClient extends FakeProtectionHub {

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

    // --- restore: mounts as the hub keeps them (with backup and disk), failures scripted by tests
    public final java.util.Deque<Mount> hubMounts = new java.util.concurrent.ConcurrentLinkedDeque<>();
    /** Failures the next mount requests of a disk not yet mounted throw, in order. */
    public final java.util.Queue<HubException> mountFailures = new java.util.concurrent.ConcurrentLinkedQueue<>();
    /** How many mount answers to lose after the hub acted (its 15 s write timeout). */
    public final AtomicInteger loseMountAnswers = new AtomicInteger();
    public final AtomicInteger mountCalls = new AtomicInteger();
    public final AtomicInteger unmountCalls = new AtomicInteger();
    public java.time.Clock mountClock = java.time.Clock.systemUTC();
    public java.time.Duration mountTtl = java.time.Duration.ofHours(1);
    public int maxMounts = 8;
    /**
     * Like the real hub (contract §5 error table): an expired mount id is "mount not found" to
     * unmount, and is never handed out again, yet the list shows the mount until the cleanup.
     */
    public volatile boolean expiredMountsNotFound;
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

    @Override
    protected void check() {
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
        return vms.stream()
                .filter(v -> v.vmName().equals(vmName))
                .findFirst()
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
        return repositories.stream()
                .filter(r -> r.id().equals(repositoryId))
                .findFirst()
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
        return backups.stream()
                .filter(b -> b.id().equals(id))
                .findFirst()
                .orElseThrow(() -> new HubNotFoundException("backup", HubErrorCode.BACKUP_NOT_FOUND, 404,
                        "backup not found", null));
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
        Backup running = backup(id, request.vmName(), request.type(), request.repositoryId(), BackupStatus.RUNNING,
                created);
        backups.addFirst(running);
        if (startLosesResponse) {
            throw new HubUnavailableException("startBackup", HubErrorCode.TIMEOUT, true, "no response in time", null);
        }
        return new StartedBackup(with(running, b -> copy(b, BackupStatus.STARTED, 0, 0, 0, null, null, null)),
                List.of());
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
        return copy(b, BackupStatus.COMPLETED, bytes, bytes, bytes / 60, created.plusSeconds(60), null,
                created.plusSeconds(60));
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

    private static Backup copy(Backup b, BackupStatus status, long bytes, long total, long speed,
            @Nullable Instant telemetry, @Nullable String error, @Nullable Instant completed) {
        double percent = total <= 0 ? 0 : Math.round(bytes * 10000.0 / total) / 100.0;
        return new Backup(b.id(), b.vmContextId(), b.vmName(), b.type(), b.repositoryId(), b.policyId(), status, bytes,
                total, b.disksCount(), error,
                status == BackupStatus.COMPLETED ? "completed" : telemetry == null ? "pending" : "transferring", speed,
                percent, telemetry, b.createdAt(), b.startedAt(), completed);
    }

    /** Like the hub: only the oldest completed full backup, whatever else exists. */
    @Override
    public BackupChain backupChain(String vmName) {
        check();
        return backups.stream()
                .filter(b -> b.vmName().equals(vmName) && b.type() == BackupType.FULL
                        && b.status() == BackupStatus.COMPLETED)
                .min(java.util.Comparator.comparing(Backup::createdAt))
                .map(b -> new BackupChain(b.vmContextId() + "-disk0-chain", b.vmContextId(), vmName, 0,
                        b.repositoryId(), b.id().value(), List.of(b), b.bytesTransferred(), 1))
                .orElseGet(() -> new BackupChain("", "", "", 0, "", "", List.of(), 0, 0));
    }

    /** Like the hub: removes the record whatever its status; mounts stay. */
    @Override
    public void deleteBackup(BackupId id) {
        check();
        if (!backups.removeIf(b -> b.id().equals(id))) {
            throw new HubNotFoundException("deleteBackup", HubErrorCode.BACKUP_NOT_FOUND, 404, "backup not found",
                    null);
        }
        deletedBackups.add(id);
    }

    @Override
    public Mount mount(BackupId backupId, int diskIndex) {
        mountCalls.incrementAndGet();
        check();
        synchronized (hubMounts) {
            Optional<Mount> existing = hubMounts.stream()
                    .filter(m -> m.backupId().equals(backupId.value()) && m.diskIndex() == diskIndex)
                    .filter(m -> !expiredMountsNotFound || !expiredNow(m))
                    .findFirst();
            if (existing.isPresent()) {
                return afterMount(existing.get());
            }
            HubException scripted = mountFailures.poll();
            if (scripted != null) {
                throw scripted;
            }
            Backup backup = backups.stream().filter(b -> b.id().equals(backupId)).findFirst().orElse(null);
            if (backup == null || backup.status() != BackupStatus.COMPLETED
                    || diskIndex >= Math.max(1, backup.disksCount())) {
                throw new HubNotFoundException("mount", HubErrorCode.DISK_NOT_FOUND, 500,
                        "failed to mount backup: disk not found: backup_id=" + backupId + ", disk_index=" + diskIndex
                                + ": record not found",
                        null);
            }
            if (hubMounts.size() >= maxMounts) {
                throw new HubConflictException("mount", HubErrorCode.MOUNT_LIMIT_REACHED, 500,
                        "failed to mount backup: maximum concurrent mounts reached (" + maxMounts + "/" + maxMounts
                                + ")",
                        null);
            }
            Instant now = mountClock.instant();
            int device = 0;
            while (device < maxMounts && allocated(device)) {
                device++;
            }
            Mount mount = new Mount(new MountId(UUID.randomUUID().toString()), backupId.value(),
                    1000L + hubMounts.size(), diskIndex, "/mnt/sendense/restore/x", "/dev/nbd" + device, "ntfs",
                    MountStatus.MOUNTED, now, now.plus(mountTtl));
            hubMounts.addFirst(mount);
            return afterMount(mount);
        }
    }

    private Mount afterMount(Mount mount) {
        if (loseMountAnswers.get() > 0) {
            loseMountAnswers.decrementAndGet();
            throw new HubUnavailableException("mount", HubErrorCode.NO_RESPONSE, true, "connection closed", null);
        }
        return mount;
    }

    private boolean allocated(int device) {
        return hubMounts.stream().anyMatch(m -> m.nbdDevice().equals("/dev/nbd" + device));
    }

    /** A mount made outside the console, as another tool would. */
    public Mount addForeignMount(String backupId, int diskIndex) {
        Instant now = mountClock.instant();
        Mount mount = new Mount(new MountId(UUID.randomUUID().toString()), backupId, 9000L + hubMounts.size(),
                diskIndex, "/mnt/sendense/restore/y", "/dev/nbd" + hubMounts.size(), "ext4", MountStatus.MOUNTED, now,
                now.plus(mountTtl));
        hubMounts.addFirst(mount);
        return mount;
    }

    private boolean expiredNow(Mount m) {
        return m.expiresAt() != null && !mountClock.instant().isBefore(m.expiresAt());
    }

    /** Like the hub's cleanup worker: removes every mount past its expiry. */
    public void cleanupExpired() {
        Instant now = mountClock.instant();
        hubMounts.removeIf(m -> m.expiresAt() != null && m.expiresAt().isBefore(now));
    }

    @Override
    public List<Mount> mounts() {
        check();
        // Like the hub: the list forgets each mount's backup and disk.
        var all = new ArrayList<Mount>(mounts);
        hubMounts.stream()
                .map(m -> new Mount(m.id(), "", m.backupDiskId(), 0, m.mountPath(), m.nbdDevice(), m.filesystemType(),
                        m.status(), m.createdAt(), m.expiresAt()))
                .forEach(all::add);
        return List.copyOf(all);
    }

    @Override
    public void unmount(MountId id) {
        unmountCalls.incrementAndGet();
        check();
        if (!hubMounts.removeIf(m -> m.id().equals(id) && !(expiredMountsNotFound && expiredNow(m)))) {
            throw new HubNotFoundException("unmount", HubErrorCode.MOUNT_NOT_FOUND, 500,
                    "failed to unmount backup: mount not found: failed to get restore mount: record not found", null);
        }
    }

    // --- restore: folders and files by path (any mount), a truncation switch, and a log of listed paths

    public final Map<HubPath, List<FileEntry>> folders = new java.util.concurrent.ConcurrentHashMap<>();
    public final Map<HubPath, byte[]> contents = new java.util.concurrent.ConcurrentHashMap<>();
    public final List<String> listedPaths = new CopyOnWriteArrayList<>();
    public final List<String> archiveRequests = new CopyOnWriteArrayList<>();
    /** When not negative, downloads stop after this many bytes like the hub's 15 s write timeout. */
    public volatile long truncateAfter = -1;

    public static FileEntry dir(String path) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.DIRECTORY, 4096, "0755", Instant.parse("2025-10-01T10:00:00Z"),
                false, null);
    }

    public static FileEntry file(String path, long size) {
        HubPath p = HubPath.of(path);
        return new FileEntry(p.name(), p, EntryType.FILE, size, "0644", Instant.parse("2025-10-02T10:00:00Z"), false,
                null);
    }

    /** Adds a folder with entries; files among them download as generated content of their size (at most 1 MiB). */
    public FakeHubClient withFolder(String path, FileEntry... entries) {
        folders.put(HubPath.of(path), List.of(entries));
        return this;
    }

    /** The bytes a file of the fake downloads as. */
    public byte[] content(HubPath path) {
        byte[] set = contents.get(path);
        if (set != null) {
            return set;
        }
        FileEntry entry = fileInfo(new MountId("any"), path);
        if (entry.isDirectory()) {
            throw pathNotFound("download", path);
        }
        byte[] bytes = new byte[(int) Math.min(entry.size(), 1 << 20)];
        for (int i = 0; i < bytes.length; i++) {
            bytes[i] = (byte) (i * 31 + entry.name().length());
        }
        return bytes;
    }

    private static HubNotFoundException pathNotFound(String op, HubPath path) {
        return new HubNotFoundException(op, HubErrorCode.PATH_NOT_FOUND, 500, "path does not exist: " + path, null);
    }

    @Override
    public FileListing files(MountId id, HubPath path) {
        check();
        listedPaths.add(path.value());
        List<FileEntry> entries = folders.get(path);
        if (entries == null) {
            throw pathNotFound("files", path);
        }
        return new FileListing(id, path.value(), entries, entries.size());
    }

    @Override
    public FileEntry fileInfo(MountId id, HubPath path) {
        check();
        // A folder added with withFolder is described even when no listing holds it (like /partition-2).
        return folders.values()
                .stream()
                .flatMap(List::stream)
                .filter(e -> e.path().equals(path))
                .findFirst()
                .or(() -> folders.containsKey(path)
                        ? java.util.Optional.of(dir(path.value()))
                        : java.util.Optional.empty())
                .orElseThrow(() -> pathNotFound("fileInfo", path));
    }

    @Override
    public DownloadResult download(MountId id, HubPath path, DownloadSink sink) {
        check();
        byte[] bytes = content(path);
        return stream("download",
                new DownloadMeta(path.name(), "application/octet-stream", java.util.OptionalLong.of(bytes.length)),
                bytes, sink);
    }

    @Override
    public DownloadResult downloadDirectory(MountId id, HubPath path, ArchiveFormat format, DownloadSink sink) {
        check();
        if (!folders.containsKey(path)) {
            throw pathNotFound("downloadDirectory", path);
        }
        archiveRequests.add(path.value() + "|" + format.extension());
        byte[] bytes = ("archive of " + path + " as " + format.extension())
                .getBytes(java.nio.charset.StandardCharsets.UTF_8);
        return stream("downloadDirectory", new DownloadMeta(path.name() + "." + format.extension(),
                format == ArchiveFormat.ZIP ? "application/zip" : "application/gzip", java.util.OptionalLong.empty()),
                bytes, sink);
    }

    private DownloadResult stream(String op, DownloadMeta meta, byte[] bytes, DownloadSink sink) {
        long cut = truncateAfter;
        int length = cut >= 0 ? (int) Math.min(cut, bytes.length) : bytes.length;
        try (var out = sink.open(meta)) {
            out.write(bytes, 0, length);
        } catch (java.io.IOException e) {
            throw new java.io.UncheckedIOException(e);
        }
        if (length < bytes.length) {
            throw new HubTruncatedException(op, length, meta.contentLength(), null);
        }
        return new DownloadResult(length, meta.contentLength());
    }

    @Override
    public RestoreResources restoreResources() {
        check();
        List<String> devices = hubMounts.stream().map(Mount::nbdDevice).sorted().toList();
        return new RestoreResources(hubMounts.size(), maxMounts, maxMounts - hubMounts.size(), devices,
                maxMounts - devices.size(), 100.0 * hubMounts.size() / maxMounts);
    }

    @Override
    public CleanupStatus cleanupStatus() {
        check();
        Instant now = mountClock.instant();
        int expired = (int) hubMounts.stream()
                .filter(m -> m.expiresAt() != null && m.expiresAt().isBefore(now))
                .count();
        return new CleanupStatus(true, java.time.Duration.ofMinutes(15), mountTtl, hubMounts.size() - expired, expired);
    }

    @Override
    protected Instant protectionNow() {
        return now != null ? now : mountClock.instant();
    }

    @Override
    protected List<Repository> repositoryList() {
        return repositories;
    }

    @Override
    protected List<Backup> backupList() {
        return backups;
    }

    @Override
    protected void addContext(VmContext context) {
        vms.add(context);
    }
}
