package com.sendense.console.restore;

import com.sendense.console.hub.HubPath;

/** A folder the hub could not list, with the hub's own words: the search went on without it. */
public record SkippedFolder(HubPath path, String reason) {}
