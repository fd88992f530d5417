package com.sendense.console.protection;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Types;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.GeneratedKeyHolder;
import org.springframework.stereotype.Repository;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The console's record of flow runs ({@code protection_run}, {@code protection_run_vm}, V91). Two
 * database rules make a run start once whatever the locks do: a due time is a unique key, and a flow
 * has at most one row in {@code protection_flow_busy} while a run of it is going.
 */
@Repository
class RunStore {

    private static final String COLUMNS = "id, flow_id, flow_name, trigger, scheduled_for, started_at, ended_at, "
            + "state, started_by, message";

    private final JdbcClient jdbc;
    private final TransactionTemplate tx;

    RunStore(JdbcClient jdbc, TransactionTemplate tx) {
        this.jdbc = jdbc;
        this.tx = tx;
    }

    /** What {@link #start} did. */
    sealed interface Claim {

        /** The run is recorded RUNNING and holds its flow. */
        record Started(long runId) implements Claim {}

        /** Recorded SKIPPED: another run of the flow is going. */
        record Busy(long runId, long busyRunId) implements Claim {}

        /** The due time was claimed already (another instance, or an earlier tick): nothing recorded. */
        record Taken() implements Claim {}

        /** Manual runs only: another run of the flow is going, nothing recorded. */
        record Refused(long busyRunId) implements Claim {}
    }

    /**
     * Records a run and makes it the flow's running one, in one transaction. A scheduled run that finds
     * the flow busy is recorded SKIPPED (with {@code skipMessage} of the busy run's id); a manual one is refused.
     */
    Claim start(NewRun run, java.util.function.LongFunction<String> skipMessage) {
        for (int attempt = 0; attempt < 3; attempt++) {
            Optional<Long> busy = busyRun(run.flowId());
            try {
                if (busy.isPresent()) {
                    if (run.scheduledFor() == null) {
                        return new Claim.Refused(busy.get());
                    }
                    long busyId = busy.get();
                    long id = tx
                            .execute(s -> insert(run, RunState.SKIPPED, skipMessage.apply(busyId), run.startedAt()));
                    return new Claim.Busy(id, busy.get());
                }
                Long id = tx.execute(s -> {
                    long runId = insert(run, RunState.RUNNING, run.message(), null);
                    jdbc.sql("INSERT INTO protection_flow_busy (flow_id, run_id) VALUES (:flow, :run)")
                            .param("flow", run.flowId())
                            .param("run", runId)
                            .update();
                    return runId;
                });
                return new Claim.Started(id);
            } catch (DuplicateKeyException e) {
                if (run.scheduledFor() != null && dueTimeTaken(run.flowId(), run.scheduledFor())) {
                    return new Claim.Taken();
                }
                // The flow became busy between the check and the insert: look again.
            }
        }
        return busyRun(run.flowId()).<Claim>map(Claim.Refused::new).orElseGet(Claim.Taken::new);
    }

    /** Records a due time as skipped without running it; empty when the due time was claimed already. */
    Optional<Long> recordSkipped(NewRun run, String message) {
        try {
            return Optional.ofNullable(tx.execute(s -> insert(run, RunState.SKIPPED, message, run.startedAt())));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    private boolean dueTimeTaken(String flowId, Instant due) {
        return jdbc.sql("SELECT COUNT(*) FROM protection_run WHERE flow_id = :flow AND scheduled_for = :due")
                .param("flow", flowId)
                .param("due", utc(due))
                .query(Integer.class)
                .single() > 0;
    }

    private long insert(NewRun run, RunState state, @Nullable String message, @Nullable Instant endedAt) {
        var keys = new GeneratedKeyHolder();
        jdbc.sql("INSERT INTO protection_run (flow_id, flow_name, trigger, scheduled_for, started_at, ended_at, state, "
                + "started_by, message, instance, heartbeat_at) VALUES (:flow, :name, :trigger, :due, :started, "
                + ":ended, :state, :by, :message, :instance, :started)")
                .param("flow", run.flowId())
                .param("name", clip(run.flowName(), 255))
                .param("trigger", run.trigger().name())
                .param("due", run.scheduledFor() == null ? null : utc(run.scheduledFor()),
                        Types.TIMESTAMP_WITH_TIMEZONE)
                .param("started", utc(run.startedAt()))
                .param("ended", endedAt == null ? null : utc(endedAt), Types.TIMESTAMP_WITH_TIMEZONE)
                .param("state", state.name())
                .param("by", clip(run.startedBy(), 64))
                .param("message", clip(message, 2000), Types.VARCHAR)
                .param("instance", run.instance())
                .update(keys);
        return keys.getKeys()
                .entrySet()
                .stream()
                .filter(e -> e.getKey().equalsIgnoreCase("id"))
                .map(e -> ((Number) e.getValue()).longValue())
                .findFirst()
                .orElseThrow();
    }

    Optional<Long> busyRun(String flowId) {
        return jdbc.sql("SELECT run_id FROM protection_flow_busy WHERE flow_id = :flow")
                .param("flow", flowId)
                .query(Long.class)
                .optional();
    }

    void addVms(long runId, List<RunVm> vms, Instant now) {
        for (int i = 0; i < vms.size(); i++) {
            RunVm vm = vms.get(i);
            jdbc.sql(
                    "INSERT INTO protection_run_vm (run_id, seq, vm_name, context_id, backup_id, backup_type, outcome, "
                            + "message, updated_at) VALUES (:run, :seq, :vm, :ctx, :backup, :type, :outcome, :message, :at)")
                    .param("run", runId)
                    .param("seq", i)
                    .param("vm", clip(vm.vmName(), 255))
                    .param("ctx", vm.contextId(), Types.VARCHAR)
                    .param("backup", vm.backupId() == null ? null : vm.backupId().value(), Types.VARCHAR)
                    .param("type", vm.type() == null ? null : vm.type().name(), Types.VARCHAR)
                    .param("outcome", vm.outcome().name())
                    .param("message", clip(vm.message(), 2000), Types.VARCHAR)
                    .param("at", utc(now))
                    .update();
        }
    }

    void updateVm(long runId, int seq, RunVm vm, Instant now) {
        jdbc.sql("UPDATE protection_run_vm SET backup_id = :backup, backup_type = :type, outcome = :outcome, "
                + "message = :message, updated_at = :at WHERE run_id = :run AND seq = :seq")
                .param("backup", vm.backupId() == null ? null : vm.backupId().value(), Types.VARCHAR)
                .param("type", vm.type() == null ? null : vm.type().name(), Types.VARCHAR)
                .param("outcome", vm.outcome().name())
                .param("message", clip(vm.message(), 2000), Types.VARCHAR)
                .param("at", utc(now))
                .param("run", runId)
                .param("seq", seq)
                .update();
    }

    void heartbeat(long runId, Instant now) {
        jdbc.sql("UPDATE protection_run SET heartbeat_at = :at WHERE id = :id")
                .param("at", utc(now))
                .param("id", runId)
                .update();
    }

    Optional<Instant> heartbeatAt(long runId) {
        return jdbc.sql("SELECT heartbeat_at FROM protection_run WHERE id = :id")
                .param("id", runId)
                .query((rs, n) -> rs.getObject(1, OffsetDateTime.class).toInstant())
                .optional();
    }

    /** Ends the run (or marks it STUCK) and frees its flow; a run already ended keeps its end. */
    void settle(long runId, String flowId, RunState state, @Nullable String message, Instant now) {
        tx.executeWithoutResult(s -> {
            jdbc.sql("UPDATE protection_run SET state = :state, message = COALESCE(:message, message), "
                    + "ended_at = :ended WHERE id = :id AND state IN ('RUNNING', 'STUCK')")
                    .param("state", state.name())
                    .param("message", clip(message, 2000), Types.VARCHAR)
                    .param("ended", state.finished() ? utc(now) : null, Types.TIMESTAMP_WITH_TIMEZONE)
                    .param("id", runId)
                    .update();
            jdbc.sql("DELETE FROM protection_flow_busy WHERE flow_id = :flow AND run_id = :run")
                    .param("flow", flowId)
                    .param("run", runId)
                    .update();
        });
    }

    Optional<ProtectionRun> find(long runId) {
        List<ProtectionRun> runs = select(" WHERE id = :id", Map.of("id", runId), 1);
        return runs.stream().findFirst();
    }

    /** Newest first. */
    List<ProtectionRun> forFlow(String flowId, int limit) {
        return select(" WHERE flow_id = :flow", Map.of("flow", flowId), limit);
    }

    /** Newest first. */
    List<ProtectionRun> recent(int limit) {
        return select("", Map.of(), limit);
    }

    List<ProtectionRun> unfinished() {
        return select(" WHERE state IN ('RUNNING', 'STUCK')", Map.of(), 10_000);
    }

    /** The latest due time a scheduled or catch-up run (also a skipped one) was recorded for. */
    Optional<Instant> lastDueTime(String flowId) {
        return jdbc.sql("SELECT MAX(scheduled_for) FROM protection_run WHERE flow_id = :flow")
                .param("flow", flowId)
                .query((rs, n) -> {
                    OffsetDateTime t = rs.getObject(1, OffsetDateTime.class);
                    return t == null ? null : t.toInstant();
                })
                .optional();
    }

    /** Finished runs (not skipped) since then: how many, and how many succeeded. */
    int[] finishedSince(String flowId, Instant since) {
        return jdbc.sql("SELECT COUNT(*), SUM(CASE WHEN state = 'SUCCEEDED' THEN 1 ELSE 0 END) FROM protection_run "
                + "WHERE flow_id = :flow AND started_at >= :since AND state IN ('SUCCEEDED', 'PARTLY_FAILED', 'FAILED')")
                .param("flow", flowId)
                .param("since", utc(since))
                .query((rs, n) -> new int[]{rs.getInt(1), rs.getInt(2)})
                .single();
    }

    private List<ProtectionRun> select(String where, Map<String, Object> params, int limit) {
        var spec = jdbc.sql("SELECT " + COLUMNS + " FROM protection_run" + where
                + " ORDER BY started_at DESC, id DESC LIMIT :limit");
        params.forEach(spec::param);
        List<RunRow> rows = spec.param("limit", Math.max(1, limit)).query(RunStore::mapRun).list();
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<Long, List<RunVm>> vms = new LinkedHashMap<>();
        rows.forEach(r -> vms.put(r.id(), new ArrayList<>()));
        jdbc.sql("SELECT run_id, vm_name, context_id, backup_id, backup_type, outcome, message FROM protection_run_vm "
                + "WHERE run_id IN (:ids) ORDER BY run_id, seq")
                .param("ids", List.copyOf(vms.keySet()))
                .query((rs, n) -> {
                    vms.get(rs.getLong("run_id")).add(mapVm(rs));
                    return null;
                })
                .list();
        return rows.stream().map(r -> r.with(vms.get(r.id()))).toList();
    }

    private record RunRow(long id, String flowId, String flowName, RunTrigger trigger, @Nullable Instant scheduledFor,
            Instant startedAt, @Nullable Instant endedAt, RunState state, String startedBy, @Nullable String message) {

        ProtectionRun with(List<RunVm> vms) {
            return new ProtectionRun(id, flowId, flowName, trigger, scheduledFor, startedAt, endedAt, state, startedBy,
                    message, vms);
        }
    }

    private static RunRow mapRun(ResultSet rs, int row) throws SQLException {
        return new RunRow(rs.getLong("id"), rs.getString("flow_id"), rs.getString("flow_name"),
                RunTrigger.valueOf(rs.getString("trigger")), instant(rs, "scheduled_for"),
                rs.getObject("started_at", OffsetDateTime.class).toInstant(), instant(rs, "ended_at"),
                RunState.valueOf(rs.getString("state")), rs.getString("started_by"), rs.getString("message"));
    }

    private static RunVm mapVm(ResultSet rs) throws SQLException {
        String backup = rs.getString("backup_id");
        String type = rs.getString("backup_type");
        return new RunVm(rs.getString("vm_name"), rs.getString("context_id"),
                backup == null ? null : new BackupId(backup), type == null ? null : BackupType.valueOf(type),
                VmOutcome.valueOf(rs.getString("outcome")), rs.getString("message"));
    }

    private static @Nullable Instant instant(ResultSet rs, String column) throws SQLException {
        OffsetDateTime t = rs.getObject(column, OffsetDateTime.class);
        return t == null ? null : t.toInstant();
    }

    private static OffsetDateTime utc(Instant t) {
        return t.atOffset(ZoneOffset.UTC);
    }

    private static @Nullable String clip(@Nullable String text, int max) {
        return text == null || text.length() <= max ? text : text.substring(0, max - 1) + "…";
    }
}
