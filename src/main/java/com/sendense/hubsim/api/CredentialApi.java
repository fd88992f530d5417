package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.BackupStore;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.world.BackupRow;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.Credential;
import com.sendense.hubsim.world.VmContext;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * {@code vmware_credentials.go} (contract P7.4): plain-text errors, a {@code PUT} that overwrites
 * every field with what was sent (an empty password keeps the stored one), a connection test and a
 * set-default that do nothing, and a delete whose "in use" check never counts, so the VMs' backups
 * break afterwards.
 */
final class CredentialApi {

    private static final GoStruct WRITE = GoStruct.named("services", "VMwareCredentialRequest",
            FlowWriteApi.fields("credential_name", GoType.STRING, "vcenter_host", GoType.STRING, "username",
                    GoType.STRING, "password", GoType.STRING, "datacenter", GoType.STRING, "is_active", GoType.BOOL,
                    "is_default", GoType.BOOL));

    private final Inventory inventory;
    private final BackupStore store;
    private final Timestamps time;
    private final Clock clock;

    CredentialApi(Inventory inventory, BackupStore store, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.store = store;
        this.time = time;
        this.clock = clock;
    }

    Reply list(HubRequest request) {
        List<GoJson.Struct> items = inventory.db().credentials().stream().map(this::listed).toList();
        var map = GoJson.map();
        map.put("credentials", items);
        map.put("count", items.size());
        map.put("status", "success");
        return Reply.json(200, map);
    }

    /** {@code GET /{id}}; also what {@code GET /default} reaches, since this route is registered first. */
    Reply get(HubRequest request) {
        Optional<Integer> id = id(request);
        if (id.isEmpty()) {
            return Reply.text(400, "Invalid credential ID");
        }
        return inventory.db()
                .credential(id.get())
                .map(c -> Reply.json(200,
                        GoJson.struct()
                                .put("id", c.id())
                                .put("name", c.name())
                                .put("vcenter_host", c.vcenterHost())
                                .put("username", c.username())
                                .put("datacenter", c.datacenter())
                                .put("is_active", c.active())
                                .put("is_default", c.isDefault())))
                .orElseGet(() -> Reply.text(500, "Failed to retrieve credentials"));
    }

    /** {@code POST}: 200, not 201; {@code is_active:false} is stored as true (GORM default). */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), WRITE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return Reply.text(400, "Invalid request payload");
        }
        ProtectionDb db = inventory.db();
        String name = body.string("credential_name");
        if (name.isEmpty() || db.credentials().stream().anyMatch(c -> c.name().equals(name))) {
            return Reply.text(500, "Failed to create credentials");
        }
        Instant now = clock.instant().truncatedTo(ChronoUnit.SECONDS);
        Credential c = new Credential(db.nextCredentialId(), name, body.string("vcenter_host"), body.string("username"),
                body.string("password"), body.string("datacenter"), true, body.bool("is_default"), "api", now, now);
        db.putCredential(c);
        var map = GoJson.map();
        map.put("credential", listed(c));
        map.put("message", "VMware credentials created successfully");
        map.put("status", "success");
        return Reply.json(200, map);
    }

    /** {@code PUT /{id}}: every omitted field becomes empty or false; only an empty password keeps the stored one. */
    Reply update(HubRequest request) {
        Optional<Integer> id = id(request);
        if (id.isEmpty()) {
            return Reply.text(400, "Invalid credential ID");
        }
        GoJsonDecoder.Decoded body;
        try {
            body = GoJsonDecoder.decode(request.body(), WRITE);
        } catch (GoJsonDecoder.GoJsonException e) {
            return Reply.text(400, "Invalid request payload");
        }
        Optional<Credential> stored = inventory.db().credential(id.get());
        if (stored.isEmpty()) {
            return Reply.text(500, "Failed to update credentials");
        }
        Credential s = stored.get();
        String password = body.string("password").isEmpty() ? s.password() : body.string("password");
        inventory.db()
                .putCredential(new Credential(s.id(), body.string("credential_name"), body.string("vcenter_host"),
                        body.string("username"), password, body.string("datacenter"), body.bool("is_active"),
                        body.bool("is_default"), s.createdBy(), s.createdAt(),
                        clock.instant().truncatedTo(ChronoUnit.SECONDS)));
        return done("VMware credentials updated successfully");
    }

    /**
     * {@code DELETE /{id}}: only the last active credential is refused; VMs that use it lose it (ON DELETE SET NULL).
     */
    Reply delete(HubRequest request) {
        Optional<Integer> id = id(request);
        if (id.isEmpty()) {
            return Reply.text(400, "Invalid credential ID");
        }
        ProtectionDb db = inventory.db();
        Optional<Credential> stored = db.credential(id.get());
        long active = db.credentials().stream().filter(Credential::active).count();
        if (stored.isEmpty() || stored.get().active() && active <= 1) {
            return Reply.text(500, "Failed to delete credentials");
        }
        db.deleteCredential(id.get());
        return done("VMware credentials deleted successfully");
    }

    /** {@code POST /{id}/test}: a stub; nothing is contacted. */
    Reply test(HubRequest request) {
        return done("Connectivity test passed");
    }

    /** {@code PUT /{id}/set-default}: answers success and changes nothing. */
    Reply setDefault(HubRequest request) {
        return done("Default credentials set successfully");
    }

    private GoJson.Struct listed(Credential c) {
        Set<String> vms = inventory.vms()
                .stream()
                .filter(vm -> Integer.valueOf(c.id()).equals(vm.credentialId()))
                .map(VmContext::vmName)
                .collect(Collectors.toSet());
        Optional<Instant> lastUsed = store.newestFirst()
                .stream()
                .filter(b -> vms.contains(b.vmName()))
                .map(BackupRow::createdAt)
                .findFirst();
        return GoJson.struct()
                .put("id", c.id())
                .put("credential_name", c.name())
                .put("vcenter_host", c.vcenterHost())
                .put("username", c.username())
                .put("datacenter", c.datacenter())
                .put("is_active", c.active())
                .put("is_default", c.isDefault())
                .put("created_at", time.local(c.createdAt()))
                .put("updated_at", time.local(c.updatedAt()))
                .put("created_by", c.createdBy())
                .putOmitEmpty("last_used",
                        lastUsed.map(t -> time.local(t.truncatedTo(ChronoUnit.SECONDS))).orElse(null))
                .put("usage_count", vms.size());
    }

    private static Optional<Integer> id(HubRequest request) {
        try {
            return Optional.of(Integer.parseInt(request.var("id")));
        } catch (NumberFormatException e) {
            return Optional.empty();
        }
    }

    private static Reply done(String message) {
        var map = GoJson.map();
        map.put("message", message);
        map.put("status", "success");
        return Reply.json(200, map);
    }
}
