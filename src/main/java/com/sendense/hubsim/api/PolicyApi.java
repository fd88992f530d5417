package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoJsonDecoder;
import com.sendense.hubsim.json.GoJsonDecoder.GoStruct;
import com.sendense.hubsim.json.GoJsonDecoder.GoType;
import com.sendense.hubsim.json.GoTime;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.CopyRule;
import com.sendense.hubsim.world.ProtectionRows.Policy;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import tools.jackson.databind.JsonNode;

/**
 * {@code policy_handlers.go} (contract P5): stored, listed and deleted, never applied. Errors are
 * plain text; {@code enabled} defaults to false; the copy rules go in after the policy, outside a
 * transaction, so a rule MariaDB refuses leaves the policy behind.
 */
final class PolicyApi {

    private static final GoStruct CREATE = GoStruct.named("handlers", "CreatePolicyRequest",
            FlowWriteApi.fields("name", GoType.STRING, "enabled", GoType.BOOL, "primary_repository_id", GoType.STRING,
                    "retention_days", GoType.INT, "copy_rules", GoType.RAW));
    private static final GoStruct RULE = GoStruct.named("handlers", "CopyRuleRequest",
            FlowWriteApi.fields("destination_repository_id", GoType.STRING, "copy_mode", GoType.STRING, "priority",
                    GoType.INT, "enabled", GoType.BOOL, "verify_after_copy", GoType.BOOL));
    private static final Set<String> COPY_MODES = Set.of("immediate", "scheduled", "manual");

    private final Inventory inventory;
    private final Timestamps time;
    private final Clock clock;

    PolicyApi(Inventory inventory, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.time = time;
        this.clock = clock;
    }

    /** {@code POST /policies}: 201; rule times keep their nanoseconds in this answer only. */
    Reply create(HubRequest request) {
        GoJsonDecoder.Decoded body;
        List<GoJsonDecoder.Decoded> rules = new ArrayList<>();
        try {
            body = GoJsonDecoder.decode(request.body(), CREATE);
            JsonNode raw = body.raw("copy_rules").orElse(null);
            if (raw != null && raw.isArray()) {
                for (JsonNode rule : raw) {
                    rules.add(GoJsonDecoder.decode(rule.toString().getBytes(StandardCharsets.UTF_8), RULE));
                }
            }
        } catch (GoJsonDecoder.GoJsonException e) {
            return Reply.text(400, "Invalid request body: " + e.getMessage());
        }
        String name = body.string("name");
        String primary = body.string("primary_repository_id");
        if (name.isEmpty()) {
            return Reply.text(400, "Policy name is required");
        }
        if (primary.isEmpty()) {
            return Reply.text(400, "Primary repository ID is required");
        }
        if (inventory.repositoryRow(primary).isEmpty()) {
            return Reply.text(500, "Failed to create policy: primary repository not found: repository not found");
        }
        Optional<String> invalid = invalidRules(primary, rules);
        if (invalid.isPresent()) {
            return Reply.text(500, "Failed to create policy: invalid copy rules: " + invalid.get());
        }
        ProtectionDb db = inventory.db();
        if (db.policies().stream().anyMatch(p -> p.name().equals(name))) {
            return Reply.text(500,
                    "Failed to create policy: failed to create policy: failed to create policy: Error 1062 (23000): "
                            + "Duplicate entry '" + name + "' for key 'unique_name'");
        }
        Instant now = clock.instant();
        String id = UUID.randomUUID().toString();
        List<CopyRule> stored = new ArrayList<>();
        Policy policy = new Policy(id, name, body.bool("enabled"), primary, (int) body.integer("retention_days"),
                stored, now.truncatedTo(ChronoUnit.SECONDS), now.truncatedTo(ChronoUnit.SECONDS));
        db.putPolicy(policy);
        for (GoJsonDecoder.Decoded r : rules) {
            if (!COPY_MODES.contains(r.string("copy_mode"))) {
                return Reply.text(500, "Failed to create policy: failed to create copy rule: Error 1265 (01000): "
                        + "Data truncated for column 'copy_mode' at row 1");
            }
            stored.add(new CopyRule(UUID.randomUUID().toString(), id, r.string("destination_repository_id"),
                    r.string("copy_mode"), (int) r.integer("priority"), r.bool("enabled"), r.bool("verify_after_copy"),
                    GoTime.withNanos(now)));
            policy = new Policy(id, name, policy.enabled(), primary, policy.retentionDays(), stored, policy.createdAt(),
                    policy.updatedAt());
            db.putPolicy(policy);
        }
        return Reply.json(201, json(policy, true));
    }

    /** {@code GET /policies}: a bare array sorted by name. */
    Reply list(HubRequest request) {
        return Reply.json(200, inventory.db().policies().stream().map(p -> json(p, false)).toList());
    }

    Reply get(HubRequest request) {
        String id = request.var("id");
        return inventory.db()
                .policy(id)
                .map(p -> Reply.json(200, json(p, false)))
                .orElseGet(() -> Reply.text(404, "Policy not found: policy not found: " + id));
    }

    /** {@code DELETE /policies/{id}}: the copy rules go by cascade; flows keep a dangling {@code policy_id}. */
    Reply delete(HubRequest request) {
        String id = request.var("id");
        if (!inventory.db().deletePolicy(id)) {
            return Reply.text(500, "Failed to delete policy: policy not found: " + id);
        }
        var map = GoJson.map();
        map.put("id", id);
        map.put("message", "Policy deleted successfully");
        return Reply.json(200, map);
    }

    private Optional<String> invalidRules(String primary, List<GoJsonDecoder.Decoded> rules) {
        Set<String> seen = new HashSet<>();
        for (GoJsonDecoder.Decoded r : rules) {
            String destination = r.string("destination_repository_id");
            if (inventory.repositoryRow(destination).isEmpty()) {
                return Optional.of("destination repository " + destination + " not found");
            }
            if (destination.equals(primary)) {
                return Optional.of("copy rule cannot use primary repository as destination");
            }
            if (!seen.add(destination)) {
                return Optional.of("duplicate copy rule for repository " + destination);
            }
            if (r.integer("priority") < 1) {
                return Optional.of("copy rule priority must be >= 1");
            }
        }
        return Optional.empty();
    }

    /** Policy times carry the false {@code Z}; a rule's time is local, with nanoseconds only when just created. */
    private GoJson.Struct json(Policy p, boolean justCreated) {
        List<GoJson.Struct> rules = p.copyRules()
                .stream()
                .map(r -> GoJson.struct()
                        .put("id", r.id())
                        .put("policy_id", r.policyId())
                        .put("destination_repository_id", r.destinationRepositoryId())
                        .put("copy_mode", r.copyMode())
                        .put("priority", r.priority())
                        .put("enabled", r.enabled())
                        .put("verify_after_copy", r.verifyAfterCopy())
                        .put("created_at",
                                time.local(
                                        justCreated ? r.createdAt() : r.createdAt().truncatedTo(ChronoUnit.SECONDS))))
                .toList();
        return GoJson.struct()
                .put("id", p.id())
                .put("name", p.name())
                .put("enabled", p.enabled())
                .put("primary_repository_id", p.primaryRepositoryId())
                .put("retention_days", p.retentionDays())
                .put("copy_rules", rules.isEmpty() ? null : rules)
                .put("created_at", time.dbZ(p.createdAt()))
                .put("updated_at", time.dbZ(p.updatedAt()));
    }
}
