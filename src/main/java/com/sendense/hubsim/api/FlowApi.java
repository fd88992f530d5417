package com.sendense.hubsim.api;

import com.sendense.hubsim.backup.FlowRunner;
import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionRows.Flow;
import java.time.Clock;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;

/**
 * {@code api/handlers/protection_flow_handlers.go}, read side: flows, their status, summary, test
 * and executions. Each read first lets the execution monitor finish runs whose backups are done.
 * {@code next_execution_time} is never written by the hub, so it is never sent.
 */
final class FlowApi {

    private final Inventory inventory;
    private final FlowRunner runner;
    private final FlowJson json;
    private final Clock clock;

    FlowApi(Inventory inventory, FlowRunner runner, FlowJson json, Clock clock) {
        this.inventory = inventory;
        this.runner = runner;
        this.json = json;
        this.clock = clock;
    }

    /**
     * {@code GET /protection-flows?flow_type=&target_type=&enabled=&limit=&offset=}; {@code total} is the page length.
     */
    Reply list(HubRequest request) {
        runner.refresh();
        String flowType = request.query("flow_type");
        String targetType = request.query("target_type");
        Optional<Boolean> enabled = parseBool(request.query("enabled"));
        int limit = intOr(request.query("limit"), 0);
        int offset = intOr(request.query("offset"), 0);
        if (offset > 0 && limit <= 0) {
            return FlowJson.error(500, "Failed to list flows",
                    "failed to list flows: Error 1064 (42000): You have an error in your "
                            + "SQL syntax; check the manual that corresponds to your MariaDB server version for the right syntax to use near "
                            + "'OFFSET " + offset + "' at line 1");
        }
        List<GoJson.Struct> page = inventory.db()
                .flows()
                .stream()
                .filter(f -> flowType.isEmpty() || f.flowType().equals(flowType))
                .filter(f -> targetType.isEmpty() || f.targetType().equals(targetType))
                .filter(f -> enabled.isEmpty() || f.enabled() == enabled.get())
                .skip(Math.max(0, offset))
                .limit(limit > 0 ? limit : Long.MAX_VALUE)
                .map(json::flow)
                .toList();
        var map = GoJson.map();
        map.put("flows", page);
        map.put("total", page.size());
        return Reply.json(200, map);
    }

    /** {@code GET /protection-flows/{id}}. */
    Reply get(HubRequest request) {
        runner.refresh();
        String id = request.var("id");
        return inventory.db().flow(id).map(f -> Reply.json(200, json.flow(f))).orElseGet(() -> notFound(id));
    }

    /** {@code GET /protection-flows/{id}/status}. */
    Reply status(HubRequest request) {
        runner.refresh();
        String id = request.var("id");
        return inventory.db().flow(id).map(f -> Reply.json(200, json.status(f.status()))).orElseGet(() -> notFound(id));
    }

    /** {@code GET /protection-flows/{id}/executions?limit=1..100}; an unknown flow is an empty 200. */
    Reply executions(HubRequest request) {
        runner.refresh();
        int limit = intOr(request.query("limit"), 10);
        if (limit < 1 || limit > 100) {
            limit = 10;
        }
        List<GoJson.Struct> items = inventory.db()
                .executions(request.var("id"))
                .stream()
                .limit(limit)
                .map(json::execution)
                .toList();
        var map = GoJson.map();
        map.put("executions", items);
        map.put("total", items.size());
        return Reply.json(200, map);
    }

    /**
     * {@code GET /protection-flows/summary}. "Today" is {@code time.Now().Truncate(24h)}, UTC midnight,
     * and only each flow's last run counts; a running one has no time and is not counted.
     */
    Reply summary(HubRequest request) {
        runner.refresh();
        List<Flow> flows = inventory.db().flows();
        Instant midnight = clock.instant().truncatedTo(ChronoUnit.DAYS);
        List<Flow> today = flows.stream()
                .filter(f -> f.status().lastTime() != null && !f.status().lastTime().isBefore(midnight))
                .toList();
        long enabled = flows.stream().filter(Flow::enabled).count();
        return Reply.json(200, GoJson.struct()
                .put("total_flows", flows.size())
                .put("enabled_flows", enabled)
                .put("disabled_flows", flows.size() - enabled)
                .put("backup_flows", flows.stream().filter(f -> f.flowType().equals("backup")).count())
                .put("replication_flows", flows.stream().filter(f -> f.flowType().equals("replication")).count())
                .put("total_executions_today", today.size())
                .put("successful_executions_today",
                        today.stream().filter(f -> f.status().lastStatus().equals("success")).count())
                .put("failed_executions_today",
                        today.stream().filter(f -> f.status().lastStatus().equals("error")).count()));
    }

    /**
     * {@code POST /protection-flows/{id}/test}: the first problem only; groups, repositories and schedules unchecked.
     */
    Reply test(HubRequest request) {
        String id = request.var("id");
        Optional<Flow> flow = inventory.db().flow(id);
        if (flow.isEmpty()) {
            return notFound(id);
        }
        Flow f = flow.get();
        String problem = null;
        if (f.targetType().equals("vm") && inventory.vmByContextId(f.targetId()).isEmpty()) {
            problem = "VM context not found: " + f.targetId();
        } else if (f.flowType().equals("backup") && f.repositoryId().isEmpty()) {
            problem = "repository_id is required for backup flows";
        }
        var map = GoJson.map();
        map.put("valid", problem == null);
        if (problem != null) {
            map.put("errors", List.of(problem));
        }
        return Reply.json(200, map);
    }

    static Reply notFound(String id) {
        return FlowJson.error(404, "Flow not found", "flow not found: " + id);
    }

    /** Go's {@code strconv.ParseBool}; anything else is ignored. */
    private static Optional<Boolean> parseBool(String text) {
        return switch (text) {
            case "1", "t", "T", "TRUE", "true", "True" -> Optional.of(true);
            case "0", "f", "F", "FALSE", "false", "False" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    static int intOr(String text, int fallback) {
        try {
            return text.isEmpty() ? fallback : Integer.parseInt(text);
        } catch (NumberFormatException e) {
            return fallback;
        }
    }
}
