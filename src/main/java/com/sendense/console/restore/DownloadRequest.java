package com.sendense.console.restore;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import org.jspecify.annotations.Nullable;

/** {@code reason}: the reason or ticket number for the audit log. */
public record DownloadRequest(MountId mountId, HubPath path, DownloadKind kind, @Nullable String reason) {}
