package com.sendense.console.restore;

import com.sendense.console.hub.HubPath;
import org.jspecify.annotations.Nullable;

/**
 * A folder the hub could not list, with the hub's own words (null when it gave none): the search went on without it.
 */
public record SkippedFolder(HubPath path, @Nullable String reason) {}
