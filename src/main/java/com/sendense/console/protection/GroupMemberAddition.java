package com.sendense.console.protection;

import com.sendense.console.hub.HubException;
import java.util.List;

/** VMs are added one request at a time, so some may be in the group and others not. */
public record GroupMemberAddition(List<String> added, List<Failure> failed) {

    public GroupMemberAddition {
        added = List.copyOf(added);
        failed = List.copyOf(failed);
    }

    public record Failure(String vmName, HubException error) {}
}
