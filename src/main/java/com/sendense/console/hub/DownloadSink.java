package com.sendense.console.hub;

import java.io.IOException;
import java.io.OutputStream;

/**
 * Where a download goes, e.g. the browser's response stream.
 *
 * <p>The client calls {@link #open(DownloadMeta)} exactly once, and only after the hub has
 * answered 200 with its headers; on any earlier error it is never called. The client writes the
 * body chunk by chunk and closes the stream when done (also on failure).
 */
@FunctionalInterface
public interface DownloadSink {

    /**
     * Opens the destination.
     *
     * @param meta the file name, type and length, known from the hub's headers
     * @return the stream to write the body to; the client closes it
     * @throws IOException if the destination cannot be opened; the download is then abandoned
     */
    OutputStream open(DownloadMeta meta) throws IOException;
}
