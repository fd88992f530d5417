package com.sendense.console.hub;

/**
 * The hub's "today" counters look only at each flow's last run, from UTC midnight, and skip running
 * ones: they can never exceed the number of flows.
 */
public record FlowSummary(int totalFlows, int enabledFlows, int disabledFlows, int backupFlows, int replicationFlows,
        int executionsToday, int successfulToday, int failedToday) {}
