package com.sendense.console.hub;

import java.time.Instant;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * A machine group. A schedule on a group makes the hub run <em>replication</em> for its members,
 * never backups, so this console never sets one. The counts and members are empty in the answers
 * to create and update (the hub does not recompute them): read the group again for them.
 */
public record MachineGroup(String id, String name, @Nullable String description, @Nullable String scheduleId,
        @Nullable String scheduleName, int maxConcurrentVms, int priority, int totalVms, int enabledVms,
        String createdBy, Instant createdAt, Instant updatedAt, List<GroupMember> members) {

    public MachineGroup {
        members = List.copyOf(members);
    }

    /** The hub refuses another member with a 409 from here on. */
    public boolean full() {
        return totalVms >= maxConcurrentVms;
    }
}
