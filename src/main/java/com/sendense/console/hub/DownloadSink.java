package com.sendense.console.hub;

import java.io.IOException;
import java.io.OutputStream;

/** Opened once, only after the hub answered 200; the client writes the body and closes it, also on failure. */
@FunctionalInterface
public interface DownloadSink {

    OutputStream open(DownloadMeta meta) throws IOException;
}
