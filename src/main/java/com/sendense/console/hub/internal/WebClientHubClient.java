package com.sendense.console.hub.internal;

import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupChain;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupStats;
import com.sendense.console.hub.CleanupStatus;
import com.sendense.console.hub.DownloadResult;
import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubAuthStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubHealth;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.Mount;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RestoreResources;
import com.sendense.console.hub.StartedBackup;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmContextDetail;
import com.sendense.console.hub.VmDisk;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.web.reactive.function.client.WebClient;

/** Each method describes a {@link HubCall}, runs it through the {@link HubPipeline} and maps the wire shape. */
final class WebClientHubClient extends ProtectionHubClient implements HubClient, AutoCloseable {

    static final String METRIC = HubPipeline.METRIC;

    private final HubPipeline pipeline;
    private final VmInventory inventory;
    private final Downloads downloads;
    private final @Nullable AutoCloseable resources;
    private final VmMapper vmMapper;
    private final RepositoryMapper repositoryMapper;
    private final BackupMapper backupMapper;
    private final RestoreMapper restoreMapper;
    private final ListingReader listings;
    private final HubTime time;

    WebClientHubClient(WebClient web, HubProperties properties, MeterRegistry registry, Clock clock,
            RetryPolicy retries, @Nullable AutoCloseable resources) {
        this(new HubPipeline(web, properties, registry, clock, retries), new HubTime(properties.timeZone()), clock,
                resources);
    }

    private WebClientHubClient(HubPipeline pipeline, HubTime time, Clock clock, @Nullable AutoCloseable resources) {
        this(pipeline, time, new RepositoryMapper(time), clock, resources);
    }

    private WebClientHubClient(HubPipeline pipeline, HubTime time, RepositoryMapper repositoryMapper, Clock clock,
            @Nullable AutoCloseable resources) {
        super(pipeline, time, repositoryMapper);
        this.pipeline = pipeline;
        this.resources = resources;
        this.inventory = new VmInventory(this::vms, clock);
        this.downloads = new Downloads(pipeline);
        this.time = time;
        this.vmMapper = new VmMapper(time);
        this.repositoryMapper = repositoryMapper;
        this.backupMapper = new BackupMapper(time);
        this.restoreMapper = new RestoreMapper(time);
        this.listings = new ListingReader(time);
    }

    @Override
    public HubHealth health() {
        return health(HubCall.get("health", "/health"));
    }

    /** One attempt, no retries: for the actuator health indicator, which must answer quickly. */
    HubHealth probe() {
        return health(HubCall.get("health", "/health").noRetry());
    }

    private HubHealth health(HubCall call) {
        return pipeline.json(call, MiscJson.Health.class, h -> new HubHealth(Wire.text(h.status()),
                Wire.text(h.service()), Wire.text(h.version()), Wire.text(h.database()), time.instant(h.timestamp())));
    }

    @Override
    public HubAuthStatus authStatus() {
        return pipeline.authStatus();
    }

    @Override
    public List<VmContext> vms() {
        List<VmContext> vms = pipeline.json(HubCall.get("vms", "/api/v1/vm-contexts"), VmJson.ContextList.class,
                vmMapper::contexts);
        inventory.update(vms);
        return vms;
    }

    @Override
    public Optional<VmContextDetail> vm(String vmName) {
        Optional<VmContext> context;
        if (isSafeSegment(vmName)) {
            try {
                context = Optional
                        .of(pipeline.json(HubCall.get("vm", "/api/v1/vm-contexts/{name}").path("name", vmName),
                                VmJson.Detail.class, d -> vmMapper.context(require(d.context(), "context"))));
            } catch (HubNotFoundException e) {
                if (e.code() != HubErrorCode.VM_NOT_FOUND) {
                    throw e;
                }
                context = Optional.empty();
            }
        } else {
            // The hub's router cannot address such a name in a path; find it in the list instead.
            context = vms().stream().filter(vm -> vm.vmName().equals(vmName)).findFirst();
        }
        return context.map(c -> new VmContextDetail(c, disks(c.contextId())));
    }

    @Override
    public List<VmDisk> disks(String contextId) {
        return pipeline.json(HubCall.get("disks", "/api/v1/vm-contexts/{id}/disks").path("id", contextId),
                VmJson.DiskList.class, vmMapper::disks);
    }

    @Override
    public List<Repository> repositories() {
        return pipeline.json(HubCall.get("repositories", "/api/v1/repositories"), RepositoryJson.RepositoryList.class,
                repositoryMapper::repositories);
    }

    @Override
    public StorageInfo repositoryStorage(String repositoryId) {
        return pipeline.json(
                HubCall.get("repositoryStorage", "/api/v1/repositories/{id}/storage").path("id", repositoryId),
                RepositoryJson.Storage.class, repositoryMapper::storage);
    }

    @Override
    public StartedBackup startBackup(BackupStartRequest request) {
        HubCall call = HubCall.post("startBackup", "/api/v1/backups")
                // Always a fresh check: a stale hit would let the hub crash and hide the outcome.
                .precheck(() -> inventory.requireKnown("startBackup", request.vmName(), true))
                .body(new BackupJson.StartRequest(request.vmName(), request.type().wireValue(), request.repositoryId(),
                        request.policyId(), request.tags()));
        return pipeline.json(call, BackupJson.Backup.class, backupMapper::started);
    }

    @Override
    public Backup backup(BackupId id) {
        return pipeline.json(HubCall.get("backup", "/api/v1/backups/{id}").path("id", id.value()),
                BackupJson.Backup.class, backupMapper::backup);
    }

    @Override
    public List<Backup> backups(BackupFilter filter) {
        HubCall call = HubCall.get("backups", "/api/v1/backups")
                .query("vm_context_id", filter.vmContextId())
                .query("vm_name", filter.vmName())
                .query("repository_id", filter.repositoryId())
                .query("status", filter.status() == null ? null : filter.status().wireValue())
                .query("backup_type", filter.type() == null ? null : filter.type().wireValue());
        String vmName = filter.vmName();
        if (vmName != null) {
            call.precheck(() -> inventory.requireKnown("backups", vmName, false));
        }
        return pipeline.json(call, BackupJson.BackupList.class, backupMapper::backups);
    }

    @Override
    public BackupStats backupStats(String vmName, String repositoryId) {
        return pipeline.json(HubCall.get("backupStats", "/api/v1/backups/stats")
                .query("vm_name", vmName)
                .query("repository_id", repositoryId), BackupJson.Stats.class, backupMapper::stats);
    }

    /** The hub ignores the path segment and reads {@code vm_name} from the query (contract §4.6). */
    @Override
    public BackupChain backupChain(String vmName) {
        HubCall call = HubCall.get("backupChain", "/api/v1/backups/{name}/chain")
                .path("name", isSafeSegment(vmName) ? vmName : "vm")
                .query("vm_name", vmName)
                .precheck(() -> inventory.requireKnown("backupChain", vmName, false));
        return pipeline.json(call, BackupJson.Chain.class, backupMapper::chain);
    }

    @Override
    public void deleteBackup(BackupId id) {
        pipeline.bodiless(HubCall.delete("deleteBackup", "/api/v1/backups/{id}").path("id", id.value()));
    }

    @Override
    public Mount mount(BackupId backupId, int diskIndex) {
        if (diskIndex < 0) {
            throw new IllegalArgumentException("A disk index must be >= 0, was %d".formatted(diskIndex));
        }
        return pipeline.json(
                HubCall.post("mount", "/api/v1/restore/mount")
                        .body(new RestoreJson.MountRequest(backupId.value(), diskIndex)),
                RestoreJson.Mount.class, restoreMapper::mount);
    }

    @Override
    public List<Mount> mounts() {
        return pipeline.json(HubCall.get("mounts", "/api/v1/restore/mounts"), RestoreJson.MountList.class,
                restoreMapper::mounts);
    }

    @Override
    public void unmount(MountId id) {
        pipeline.bodiless(HubCall.delete("unmount", "/api/v1/restore/{id}").path("id", id.value()));
    }

    @Override
    public FileListing files(MountId id, HubPath path) {
        return pipeline.streamed(restoreCall("files", "/api/v1/restore/{id}/files", id, path),
                HubClientConfiguration.MAX_IN_MEMORY_BYTES, body -> listings.read(id, body));
    }

    @Override
    public FileEntry fileInfo(MountId id, HubPath path) {
        return pipeline.json(restoreCall("fileInfo", "/api/v1/restore/{id}/file-info", id, path),
                RestoreJson.FileInfo.class, restoreMapper::entry);
    }

    @Override
    public DownloadResult download(MountId id, HubPath path, DownloadSink sink) {
        return downloads.file(restoreCall("download", "/api/v1/restore/{id}/download", id, path), path, sink);
    }

    @Override
    public DownloadResult downloadDirectory(MountId id, HubPath path, ArchiveFormat format, DownloadSink sink) {
        HubCall call = restoreCall("downloadDirectory", "/api/v1/restore/{id}/download-directory", id, path)
                .query("format", format.extension());
        return downloads.directory(call, path, format, sink);
    }

    @Override
    public RestoreResources restoreResources() {
        return pipeline.json(HubCall.get("restoreResources", "/api/v1/restore/resources"), RestoreJson.Resources.class,
                restoreMapper::resources);
    }

    @Override
    public CleanupStatus cleanupStatus() {
        return pipeline.json(HubCall.get("cleanupStatus", "/api/v1/restore/cleanup-status"), RestoreJson.Cleanup.class,
                restoreMapper::cleanup);
    }

    @Override
    public void close() throws Exception {
        if (resources != null) {
            resources.close();
        }
    }

    /**
     * Checks again though {@link HubPath} refuses {@code ..}: the hub lists its own disk for
     * {@code /partition-1/../../etc}.
     */
    private static HubCall restoreCall(String operation, String route, MountId id, HubPath path) {
        for (String segment : path.value().split("/")) {
            if (segment.equals("..")) {
                throw new HubRejectedException(operation, HubErrorCode.PATH_TRAVERSAL, null, null,
                        "refused path " + path.value());
            }
        }
        return HubCall.get(operation, route).path("id", id.value()).query("path", path.value());
    }

    private static <T> T require(@Nullable T value, String field) {
        if (value == null) {
            throw new IllegalArgumentException("The hub sent no " + field);
        }
        return value;
    }

    /** Names with a slash or dot segments cannot be routed by the hub's mux (it cleans paths). */
    private static boolean isSafeSegment(String value) {
        return !value.isEmpty() && !value.contains("/") && !value.equals(".") && !value.equals("..");
    }
}
