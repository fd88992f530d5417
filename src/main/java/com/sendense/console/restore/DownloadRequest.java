package com.sendense.console.restore;

import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import org.jspecify.annotations.Nullable;

/**
 * One item of the download queue: a file, or a folder as an archive.
 *
 * @param mountId the mount
 * @param path the file or folder
 * @param kind file, ZIP or tar.gz
 * @param reason the reason or ticket number for the audit log
 */
public record DownloadRequest(MountId mountId, HubPath path, DownloadKind kind, @Nullable String reason) {}
