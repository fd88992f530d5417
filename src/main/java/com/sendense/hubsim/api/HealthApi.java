package com.sendense.hubsim.api;

import com.sendense.hubsim.http.HubRequest;
import com.sendense.hubsim.http.Reply;
import com.sendense.hubsim.json.GoJson;
import java.time.Clock;

/** {@code GET /health} on the root router: always healthy, and the database is never pinged. */
final class HealthApi {

    private final Timestamps time;
    private final Clock clock;

    HealthApi(Timestamps time, Clock clock) {
        this.time = time;
        this.clock = clock;
    }

    Reply health(HubRequest request) {
        var map = GoJson.map();
        map.put("service", "SHA API");
        map.put("status", "healthy");
        map.put("timestamp", time.utc(clock.instant()));
        map.put("version", "1.0.0");
        map.put("database", "connected");
        return Reply.json(200, map);
    }
}
