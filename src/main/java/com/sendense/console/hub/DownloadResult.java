package com.sendense.console.hub;

import java.util.OptionalLong;

/** When the hub sent a length it equals {@code bytesWritten}: a shorter body throws {@link HubTruncatedException}. */
public record DownloadResult(long bytesWritten, OptionalLong expectedLength) {}
