package com.sendense.console.hub.internal;

import static com.github.tomakehurst.wiremock.client.WireMock.delete;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import com.github.tomakehurst.wiremock.client.MappingBuilder;
import com.sendense.console.hub.ArchiveFormat;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStartRequest;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.DownloadSink;
import com.sendense.console.hub.HubAuthException;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubServerException;
import com.sendense.console.hub.MountId;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** Every error fixture, served as the hub sends it, maps to the right subtype and code. */
class HubErrorFixturesTest extends HubClientTestSupport {

    private static final String MOUNT = "e4805a6f-8ee7-4f3c-8309-2f12362c7398";
    private static final String REPO = "repo-local-1759780081";

    record Case(String fixture, int status, MappingBuilder route, Consumer<HubClient> call,
            Class<? extends HubException> type, HubErrorCode code, @Nullable String hubMessage) {

        @Override
        public String toString() {
            return fixture + " → " + code;
        }
    }

    static Stream<Case> cases() {
        BackupStartRequest start = BackupStartRequest.of("pgtest1", BackupType.FULL, REPO);
        Consumer<HubClient> startBackup = c -> c.startBackup(start);
        MappingBuilder backups = post("/api/v1/backups");
        MappingBuilder mount = post("/api/v1/restore/mount");
        Consumer<HubClient> mountCall = c -> c.mount(new BackupId("backup-pgtest1-1759947871"), 5);
        return Stream.of(
                new Case("backup-chain-400.json", 400, get(urlPathEqualTo("/api/v1/backups/pgtest1/chain")),
                        c -> c.backupChain("pgtest1"), HubRejectedException.class, HubErrorCode.INVALID_REQUEST,
                        "vm_context_id or vm_name is required"),
                new Case("backup-stats-400.json", 400, get(urlPathEqualTo("/api/v1/backups/stats")),
                        c -> c.backupStats("pgtest1", REPO), HubRejectedException.class, HubErrorCode.INVALID_REQUEST,
                        "vm_name and repository_id are required"),
                new Case("download-500.json", 500, get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/download")),
                        c -> c.download(new MountId(MOUNT), HubPath.of("/partition-2/nope.txt"), neverOpened()),
                        HubNotFoundException.class, HubErrorCode.PATH_NOT_FOUND, null),
                new Case("download-directory-500-format.json", 500,
                        get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/download-directory")),
                        c -> c.downloadDirectory(new MountId(MOUNT), HubPath.of("/partition-2"), ArchiveFormat.TAR_GZ,
                                neverOpened()),
                        HubRejectedException.class, HubErrorCode.UNSUPPORTED_ARCHIVE_FORMAT, null),
                new Case("error-401-invalid-format.json", 401, get("/api/v1/vm-contexts"), HubClient::vms,
                        HubAuthException.class, HubErrorCode.TOKEN_INVALID_FORMAT, "Invalid authorization format"),
                new Case("error-401-invalid-token.json", 401, get("/api/v1/vm-contexts"), HubClient::vms,
                        HubAuthException.class, HubErrorCode.TOKEN_INVALID_OR_EXPIRED, "Invalid or expired token"),
                new Case("error-401-missing-header.json", 401, get("/api/v1/repositories"), HubClient::repositories,
                        HubAuthException.class, HubErrorCode.TOKEN_MISSING, "Missing authorization header"),
                new Case("error-404-route.txt", 404, get("/health"), HubClient::health, HubRejectedException.class,
                        HubErrorCode.ROUTE_NOT_FOUND, "404 page not found"),
                new Case("error-405-method.txt", 405, delete("/api/v1/restore/" + MOUNT),
                        c -> c.unmount(new MountId(MOUNT)), HubRejectedException.class, HubErrorCode.METHOD_NOT_ALLOWED,
                        null),
                new Case("file-info-400.json", 400, get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/file-info")),
                        c -> c.fileInfo(new MountId(MOUNT), HubPath.root()), HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST, "path query parameter is required"),
                new Case("files-500-mount-not-found.json", 500,
                        get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")),
                        c -> c.files(new MountId(MOUNT), HubPath.root()), HubNotFoundException.class,
                        HubErrorCode.MOUNT_NOT_FOUND, null),
                new Case("files-500-path-missing.json", 500, get(urlPathEqualTo("/api/v1/restore/" + MOUNT + "/files")),
                        c -> c.files(new MountId(MOUNT), HubPath.of("/Windows")), HubNotFoundException.class,
                        HubErrorCode.PATH_NOT_FOUND,
                        "failed to list files: path validation failed: path does not exist: /Windows"),
                new Case("flow-404.json", 404,
                        get(urlPathEqualTo("/api/v1/protection-flows/9b1f0c52-a5c1-11f0-8de9-0200000000ff/executions")),
                        c -> c.flowExecutions("9b1f0c52-a5c1-11f0-8de9-0200000000ff", 10), HubNotFoundException.class,
                        HubErrorCode.FLOW_NOT_FOUND, "Flow not found"),
                new Case("get-backup-404.json", 404, get("/api/v1/backups/backup-nope-1"),
                        c -> c.backup(new BackupId("backup-nope-1")), HubNotFoundException.class,
                        HubErrorCode.BACKUP_NOT_FOUND, "backup not found"),
                new Case("list-backups-500.json", 500, get(urlPathEqualTo("/api/v1/backups")),
                        c -> c.backups(BackupFilter.forRepository(REPO)), HubServerException.class,
                        HubErrorCode.SERVER_ERROR, "failed to list backups"),
                new Case("mount-400.json", 400, mount, mountCall, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST, "backup_id is required"),
                new Case("mount-500-disk-not-found.json", 500, mount, mountCall, HubNotFoundException.class,
                        HubErrorCode.DISK_NOT_FOUND, null),
                new Case("mount-500-limit.json", 500, mount, mountCall, HubConflictException.class,
                        HubErrorCode.MOUNT_LIMIT_REACHED, null),
                new Case("repositories-500.txt", 500, get("/api/v1/repositories"), HubClient::repositories,
                        HubServerException.class, HubErrorCode.SERVER_ERROR,
                        "Failed to list repositories: <error text>"),
                new Case("repository-storage-404.txt", 404, get("/api/v1/repositories/repo-nope/storage"),
                        c -> c.repositoryStorage("repo-nope"), HubNotFoundException.class,
                        HubErrorCode.REPOSITORY_NOT_FOUND, "Repository not found: repository not found"),
                new Case("start-backup-400-backup-type.json", 400, backups, startBackup, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST, "backup_type must be 'full' or 'incremental'"),
                new Case("start-backup-400-no-previous.json", 400, backups, startBackup, HubRejectedException.class,
                        HubErrorCode.NO_PREVIOUS_BACKUP, "no previous backup found"),
                new Case("start-backup-400-vm-name.json", 400, backups, startBackup, HubRejectedException.class,
                        HubErrorCode.INVALID_REQUEST, "vm_name is required"),
                new Case("start-backup-404-no-disks.json", 404, backups, startBackup, HubRejectedException.class,
                        HubErrorCode.VM_HAS_NO_DISKS, "No disks found for VM"),
                new Case("start-backup-500-context.json", 500, backups, startBackup, HubNotFoundException.class,
                        HubErrorCode.REPOSITORY_NOT_FOUND, "failed to create backup context"),
                new Case("start-backup-500-prepare.json", 500, backups, startBackup, HubNotFoundException.class,
                        HubErrorCode.REPOSITORY_NOT_FOUND, "failed to prepare backup disk"),
                new Case("start-backup-500-sna.json", 500, backups, startBackup, HubServerException.class,
                        HubErrorCode.SNA_FAILURE, "failed to call SNA API"),
                new Case("unmount-500.json", 500, delete("/api/v1/restore/" + MOUNT),
                        c -> c.unmount(new MountId(MOUNT)), HubNotFoundException.class, HubErrorCode.MOUNT_NOT_FOUND,
                        null),
                new Case("vm-contexts-500.json", 500, get("/api/v1/vm-contexts"), HubClient::vms,
                        HubServerException.class, HubErrorCode.SERVER_ERROR, "Failed to retrieve VM contexts"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void each_error_fixture_maps_to_its_subtype_and_code(Case c) {
        if (!c.fixture().startsWith("vm-contexts")) {
            serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json"); // for the VM name check
        }
        serve(c.route(), c.status(), c.fixture());

        HubException error = catchThrowableOfType(c.type(), () -> c.call().accept(client()));

        assertThat(error).as("exception for %s", c.fixture()).isNotNull();
        assertThat(error.code()).isEqualTo(c.code());
        assertThat(error.status()).hasValue(c.status());
        if (c.fixture().equals("error-405-method.txt")) {
            assertThat(error.hubMessage()).isEmpty(); // the hub's 405 has an empty body
        } else if (c.hubMessage() != null) {
            assertThat(error.hubMessage()).contains(c.hubMessage());
        } else {
            assertThat(error.hubMessage()).isPresent().get().asString().isNotBlank();
        }
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("cases")
    void errors_carry_the_operation_that_failed(Case c) {
        serve(get("/api/v1/vm-contexts"), 200, "vm-contexts.json");
        serve(c.route(), c.status(), c.fixture());

        HubException error = catchThrowableOfType(HubException.class, () -> c.call().accept(client()));

        assertThat(error.operation()).isNotBlank().isNotEqualTo("login");
        assertThat(error.getMessage()).contains(error.operation()).contains(error.code().name());
    }

    private static DownloadSink neverOpened() {
        return meta -> {
            throw new AssertionError("the sink must not be opened on an error");
        };
    }
}
