package com.sendense.console.hub;

import java.util.OptionalLong;

/**
 * A finished download.
 *
 * @param bytesWritten bytes written to the sink
 * @param expectedLength the hub's {@code Content-Length}, if it sent one (then equal to
 *     {@code bytesWritten}: a shorter body raises {@link HubTruncatedException})
 */
public record DownloadResult(long bytesWritten, OptionalLong expectedLength) {}
