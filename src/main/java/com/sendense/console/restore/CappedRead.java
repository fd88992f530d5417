package com.sendense.console.restore;

import com.sendense.console.hub.DownloadMeta;
import com.sendense.console.hub.DownloadSink;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.util.OptionalLong;

/**
 * Collects at most {@code cap} bytes of a hub download. The hub serves no ranges, so reaching the cap fails the
 * sink's stream: the hub client then closes the connection, and the hub stops sending.
 */
final class CappedRead implements DownloadSink {

    /** Thrown into the hub client's copy loop at the cap; not an error. */
    static final class CapReached extends IOException {

        CapReached() {
            super("preview cap reached", null);
        }
    }

    private final int cap;
    private final ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    private OptionalLong announced = OptionalLong.empty();
    private boolean cut;

    CappedRead(long cap) {
        this.cap = (int) Math.min(cap, Integer.MAX_VALUE - 8);
    }

    @Override
    public OutputStream open(DownloadMeta meta) {
        announced = meta.contentLength();
        return new OutputStream() {

            @Override
            public void write(int b) throws IOException {
                write(new byte[]{(byte) b}, 0, 1);
            }

            @Override
            public void write(byte[] b, int off, int len) throws IOException {
                int room = cap - bytes.size();
                if (len > room) {
                    bytes.write(b, off, room);
                    cut = true;
                    throw new CapReached();
                }
                bytes.write(b, off, len);
            }
        };
    }

    /** Whether {@code e} is this read stopping at its cap rather than a failure. */
    static boolean reachedCap(UncheckedIOException e) {
        return e.getCause() instanceof CapReached;
    }

    byte[] bytes() {
        return bytes.toByteArray();
    }

    long count() {
        return bytes.size();
    }

    boolean cut() {
        return cut;
    }

    OptionalLong announced() {
        return announced;
    }
}
