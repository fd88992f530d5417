package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.Repository;
import com.sendense.hubsim.world.RepositoryConfig;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.Optional;

/**
 * {@code repository_handlers.go} writes (contract P6): create with its two 400 formats and the
 * staged 500s, a test that is a no-op for NFS and CIFS and a 200 when it fails, and a delete that
 * refuses any repository that ever held a backup (per-disk rows are never deleted).
 */
final class RepositoryWriteApi {

    private static final GoStruct CREATE = GoStruct.named("handlers", "CreateRepositoryRequest",
            FlowWriteApi.fields("name", GoType.STRING, "type", GoType.STRING, "enabled", GoType.BOOL, "config",
                    GoType.RAW, "is_immutable", GoType.BOOL, "min_retention_days", GoType.INT));
    private static final GoStruct TEST = GoStruct.named("handlers", "TestRepositoryRequest",
            FlowWriteApi.fields("type", GoType.STRING, "config", GoType.RAW));
    private static final GoStruct LOCAL = GoStruct.named("storage", "LocalRepositoryConfig",
            FlowWriteApi.fields("path", GoType.STRING, "auto_mount", GoType.BOOL, "mount_options", GoType.STRING));
    private static final GoStruct NFS = GoStruct.named("storage", "NFSRepositoryConfig",
            FlowWriteApi.fields("server", GoType.STRING, "export_path", GoType.STRING, "mount_point", GoType.STRING,
                    "nfs_version", GoType.STRING, "mount_options", GoType.STRING));
    private static final GoStruct CIFS = GoStruct.named("storage", "CIFSRepositoryConfig",
            FlowWriteApi.fields("server", GoType.STRING, "share_name", GoType.STRING, "mount_point", GoType.STRING,
                    "username", GoType.STRING, "password_secret", GoType.STRING, "domain", GoType.STRING,
                    "mount_options", GoType.STRING));
    /** Paths the simulated appliance cannot write to, for the test-connection failure. */
    private static final String READ_ONLY = "/mnt/readonly";
    private static final long TIB = 1L << 40;

    private final Inventory inventory;
    private final BackupStore store;
    private final RepositoryApi reads;
    private final Clock clock;

    RepositoryWriteApi(Inventory inventory, BackupStore store, RepositoryApi reads, Clock clock) {
        this.inventory = inventory;
        this.store = store;
        this.reads = reads;
        this.clock = clock;
    }

    /** {@code POST /repositories}: 201 {@code {"repository","success"}}, the CIFS password echoed in clear. */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), CREATE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return failure(400, "Invalid request body: " + e.getMessage());
        }
        if (body.string("name").isEmpty()) {
            return failure(400, "Repository name is required");
        }
        String type = body.string("type");
        if (type.isEmpty()) {
            return failure(400, "Repository type is required");
        }
        RepositoryConfig config;
        try {
            config = config(type, body);
        } catch (ConfigException e) {
            return Reply.text(400, e.getMessage());
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        String id = "repo-" + type + "-" + now.getEpochSecond();
        String stage = "Failed to register repository: repository " + id + ": ";
        Optional<String> invalid = validate(config);
        if (invalid.isPresent()) {
            return failure(500, stage + "validate: " + invalid.get());
        }
        Optional<String> unreachable = testConnection(config);
        if (unreachable.isPresent()) {
            return failure(500, stage + "test_connection: " + unreachable.get());
        }
        String name = body.string("name");
        ProtectionDb db = inventory.db();
        if (inventory.repositoryRows().stream().anyMatch(r -> r.name().equals(name))) {
            return failure(500, stage + duplicate(name, "unique_name"));
        }
        if (inventory.repositoryRow(id).isPresent()) {
            return failure(500, stage + duplicate(id, "PRIMARY"));
        }
        String mountPoint = switch (config) {
            case RepositoryConfig.Nfs n -> n.mountPoint();
            case RepositoryConfig.Cifs c -> c.mountPoint();
            case RepositoryConfig.Local l -> "-";
        };
        if (mountPoint.isEmpty()) {
            String kind = config instanceof RepositoryConfig.Nfs ? "NFS" : "CIFS";
            return failure(500, "Failed to register repository: failed to create repository: repository " + id
                    + ": validate_config: " + kind + " mount point cannot be empty");
        }
        long capacity = config instanceof RepositoryConfig.Local ? TIB : 4 * TIB;
        Repository repository = new Repository(id, name, type, body.bool("enabled"), config, body.bool("is_immutable"),
                (int) body.integer("min_retention_days"), capacity, capacity / 100, now, now);
        db.addRepository(repository);
        var map = GoJson.map();
        map.put("success", true);
        map.put("repository", reads.repository(repository));
        return Reply.json(201, map);
    }

    /** {@code POST /repositories/test}: nothing is saved; a failed test is still a 200. */
    Reply test(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), TEST);
        } catch (GoJsonDecoder.GoJsonException e) {
            return Reply.text(400, "Invalid request body: " + e.getMessage());
        }
        RepositoryConfig config;
        try {
            config = config(body.string("type"), body);
        } catch (ConfigException e) {
            return Reply.text(400, e.getMessage());
        }
        Optional<String> problem = validate(config).or(() -> testConnection(config));
        GoJson.Struct reply = GoJson.struct().put("success", problem.isEmpty());
        if (problem.isPresent()) {
            reply.put("message", "Repository test failed").put("error_details", problem.get());
        } else {
            reply.put("message", "Repository configuration is valid and connection test passed");
        }
        return Reply.json(200, reply);
    }

    /** {@code DELETE /repositories/{id}}: the handler's 409 never matches, so every refusal is a 500. */
    Reply delete(HubRequest request) {
        String id = request.var("id");
        String stage = "Failed to delete repository: repository " + id + ": ";
        ProtectionDb db = inventory.db();
        if (db.repositoryEverUsed(id)) {
            return failure(500, stage + "delete: cannot delete repository with " + Math.max(1, store.jobRowCount(id))
                    + " existing backups");
        }
        if (inventory.repositoryRow(id).isEmpty()) {
            return failure(500, stage + "delete_database: failed to delete from database: repository not found");
        }
        Optional<String> reference = db.repositoryReference(id);
        if (reference.isPresent()) {
            return failure(500, stage
                    + "delete_database: failed to delete from database: failed to delete repository: Error 1451 (23000): "
                    + "Cannot delete or update a parent row: a foreign key constraint fails (" + reference.get() + ")");
        }
        db.deleteRepository(id);
        var map = GoJson.map();
        map.put("success", true);
        map.put("message", "Repository deleted successfully");
        map.put("id", id);
        return Reply.json(200, map);
    }

    private static RepositoryConfig config(String type, GoJsonDecoder.Decoded body) throws ConfigException {
        String label = switch (type) {
            case "local" -> "local";
            case "nfs" -> "NFS";
            case "cifs", "smb" -> "CIFS";
            default -> throw new ConfigException("Unsupported repository type: " + type);
        };
        byte[] raw = body.raw("config").map(n -> n.toString().getBytes(StandardCharsets.UTF_8)).orElse(null);
        if (raw == null) {
            throw new ConfigException("Invalid " + label + " repository config: unexpected end of JSON input");
        }
        try {
            return switch (label) {
                case "local" -> {
                    var c = GoJsonDecoder.decode(raw, LOCAL);
                    yield new RepositoryConfig.Local(c.string("path"), c.bool("auto_mount"), c.string("mount_options"));
                }
                case "NFS" -> {
                    var c = GoJsonDecoder.decode(raw, NFS);
                    yield new RepositoryConfig.Nfs(c.string("server"), c.string("export_path"), c.string("mount_point"),
                            c.string("nfs_version"), c.string("mount_options"));
                }
                default -> {
                    var c = GoJsonDecoder.decode(raw, CIFS);
                    yield new RepositoryConfig.Cifs(c.string("server"), c.string("share_name"), c.string("mount_point"),
                            c.string("username"), c.string("password_secret"), c.string("domain"),
                            c.string("mount_options"));
                }
            };
        } catch (GoJsonDecoder.GoJsonException e) {
            throw new ConfigException("Invalid " + label + " repository config: " + e.getMessage());
        }
    }

    private static Optional<String> validate(RepositoryConfig config) {
        return switch (config) {
            case RepositoryConfig.Local l when l.path().isEmpty() -> Optional.of("local repository path is required");
            case RepositoryConfig.Nfs n when n.server().isEmpty() || n.exportPath().isEmpty() ->
                Optional.of("NFS server and export path are required");
            case RepositoryConfig.Cifs c when c.server().isEmpty() || c.shareName().isEmpty() ->
                Optional.of("CIFS server and share name are required");
            default -> Optional.empty();
        };
    }

    /** Only a local path is really tested (and created); the NFS and CIFS tests are a TODO in the hub. */
    private static Optional<String> testConnection(RepositoryConfig config) {
        if (config instanceof RepositoryConfig.Local l
                && (l.path().equals(READ_ONLY) || l.path().startsWith(READ_ONLY + "/"))) {
            return Optional.of("path is not writable: open " + l.path() + "/.sendense_test: read-only file system");
        }
        return Optional.empty();
    }

    private static String duplicate(String value, String key) {
        return "insert_database: failed to insert repository: failed to insert repository: Error 1062 (23000): Duplicate entry '"
                + value + "' for key '" + key + "'";
    }

    /** {@code {"error","success":false}}. */
    private static Reply failure(int status, String error) {
        var map = GoJson.map();
        map.put("success", false);
        map.put("error", error);
        return Reply.json(status, map);
    }

    private static final class ConfigException extends Exception {

        ConfigException(String message) {
            super(message, null, false, false);
        }
    }
}
