package com.sendense.console.protection;

import java.time.ZonedDateTime;

/** One due time of an enabled flow, on the repository it writes to; {@code vmCount} VMs it will start. */
public record PlannedRun(String flowId, String flowName, String repositoryName, ZonedDateTime at, int vmCount) {}
