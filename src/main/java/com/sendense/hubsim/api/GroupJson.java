package com.sendense.hubsim.api;

import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.json.GoTime;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.ProtectionDb;
import com.sendense.hubsim.world.ProtectionRows.Group;
import com.sendense.hubsim.world.ProtectionRows.Membership;
import com.sendense.hubsim.world.ProtectionRows.Schedule;
import java.time.Clock;
import java.util.List;
import java.util.function.Function;

/**
 * {@code GroupResponse} with its embedded {@code ReplicationSchedule} and {@code VMGroupMembership}
 * models, and the {@code {"error","timestamp"}} map that schedules, groups, assignment and
 * discovery answer errors with.
 */
final class GroupJson {

    private final Inventory inventory;
    private final VmContextApi vms;
    private final Timestamps time;
    private final Clock clock;

    GroupJson(Inventory inventory, VmContextApi vms, Timestamps time, Clock clock) {
        this.inventory = inventory;
        this.vms = vms;
        this.time = time;
        this.clock = clock;
    }

    /** {@code readBack} false: create's ms times, no schedule; {@code counted} false: create and PUT report 0 VMs. */
    GoJson.Struct group(Group g, boolean readBack, boolean counted) {
        ProtectionDb db = inventory.db();
        var schedule = readBack ? GroupApi.scheduleOf(db, g) : java.util.Optional.<Schedule>empty();
        List<Membership> members = counted ? db.members(g.id()) : List.of();
        long enabled = members.stream().filter(Membership::enabled).count();
        Function<java.time.Instant, String> format = readBack ? time::localSeconds : time::local;
        return GoJson.struct()
                .put("id", g.id())
                .put("name", g.name())
                .putOmitEmpty("description", g.description())
                .putOmitEmpty("schedule_id", g.scheduleId())
                .putOmitEmpty("schedule_name", schedule.map(Schedule::name).orElse(""))
                .put("max_concurrent_vms", g.maxConcurrentVms())
                .put("priority", g.priority())
                .put("total_vms", members.size())
                .put("enabled_vms", enabled)
                .put("disabled_vms", members.size() - enabled)
                .put("active_jobs", 0)
                .put("created_by", g.createdBy())
                .put("created_at", format.apply(g.createdAt()))
                .put("updated_at", format.apply(g.updatedAt()))
                .putOmitEmpty("schedule", schedule.map(this::scheduleModel).orElse(null))
                .putOmitEmpty("memberships", members.stream().map(this::membership).toList());
    }

    /** The full {@code ReplicationSchedule} model, as GORM preloads it. */
    GoJson.Struct scheduleModel(Schedule s) {
        return GoJson.struct()
                .put("id", s.id())
                .put("name", s.name())
                .put("description", s.description())
                .put("cron_expression", s.cron())
                .put("schedule_type", "cron")
                .put("timezone", s.timezone())
                .put("chain_parent_schedule_id", null)
                .put("chain_delay_minutes", 0)
                .put("replication_type", s.replicationType())
                .put("max_concurrent_jobs", s.maxConcurrentJobs())
                .put("retry_attempts", s.retryAttempts())
                .put("retry_delay_minutes", s.retryDelayMinutes())
                .put("enabled", s.enabled())
                .put("skip_if_running", s.skipIfRunning())
                .put("created_at", time.localSeconds(s.createdAt()))
                .put("updated_at", time.localSeconds(s.updatedAt()))
                .put("created_by", s.createdBy());
    }

    private GoJson.Struct membership(Membership m) {
        return GoJson.struct()
                .put("id", m.id())
                .put("group_id", m.groupId())
                .put("vm_context_id", m.contextId())
                .put("enabled", m.enabled())
                .put("priority", m.priority())
                .put("schedule_override_id", null)
                .put("added_at", time.localSeconds(m.addedAt()))
                .put("added_by", m.addedBy())
                .put("vm_context", inventory.vmByContextId(m.contextId()).map(vms::context).orElse(null));
    }

    /** {@code time.Now().UTC()} encoded: nanoseconds and {@code Z}. */
    String utcNow() {
        return time.utcNano(GoTime.withNanos(clock.instant()));
    }

    /** {@code time.Now().UTC().Format(time.RFC3339)}. */
    String utcSeconds() {
        return time.utc(clock.instant());
    }

    /** {@code writeErrorResponse}: {@code {"error","timestamp"}}. */
    Reply error(int status, String message) {
        var map = GoJson.map();
        map.put("error", message);
        map.put("timestamp", utcSeconds());
        return Reply.json(status, map);
    }
}
