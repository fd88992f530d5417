package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import com.sendense.hubsim.world.Inventory;
import com.sendense.hubsim.world.Schedule;
import java.time.ZoneId;
import java.util.List;

/** {@code GET /api/v1/schedules}: the cron definitions flows refer to. */
final class ScheduleApi {

    private final Inventory inventory;
    private final Timestamps time;
    private final ZoneId zone;

    ScheduleApi(Inventory inventory, Timestamps time, ZoneId zone) {
        this.inventory = inventory;
        this.time = time;
        this.zone = zone;
    }

    Reply list(HubRequest request) {
        List<Schedule> schedules = inventory.schedules();
        long enabled = schedules.stream().filter(Schedule::enabled).count();
        var map = GoJson.map();
        map.put("schedules", schedules.stream().map(this::schedule).toList());
        map.put("total_count", schedules.size());
        map.put("enabled_count", enabled);
        map.put("disabled_count", schedules.size() - enabled);
        return Reply.json(200, map);
    }

    private GoJson.Struct schedule(Schedule s) {
        return GoJson.struct()
                .put("id", s.id())
                .put("name", s.name())
                .put("description", s.description())
                .put("cron_expression", s.cron())
                .put("timezone", zone.getId())
                .put("skip_if_running", true)
                .put("max_concurrent_jobs", 5)
                .put("replication_type", "incremental")
                .put("retry_attempts", 3)
                .put("retry_delay_minutes", 5)
                .put("enabled", s.enabled())
                .put("created_by", "system")
                .put("created_at", time.local(s.createdAt()))
                .put("updated_at", time.local(s.updatedAt()));
    }
}
