package com.sendense.hubsim.restore;

import java.io.IOException;
import java.io.OutputStream;
import java.util.concurrent.locks.LockSupport;

/**
 * As a Go server writes: slices of at most 32 KiB, optionally paced, cut off at the request's arrival plus
 * {@code WriteTimeout}. Uses the real monotonic clock: timeouts are about elapsed time.
 */
final class TimedOutputStream extends OutputStream {

    static final int CHUNK = 32 * 1024;

    private final OutputStream out;
    private final long startNanos;
    private final long deadlineNanos;
    private final long bytesPerSecond;
    private long written;

    TimedOutputStream(OutputStream out, long startNanos, long deadlineNanos, long bytesPerSecond) {
        this.out = out;
        this.startNanos = startNanos;
        this.deadlineNanos = deadlineNanos;
        this.bytesPerSecond = bytesPerSecond;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        int done = 0;
        while (done < len) {
            int n = Math.min(CHUNK, len - done);
            pace();
            if (System.nanoTime() - deadlineNanos >= 0) {
                throw new WriteTimeoutException();
            }
            out.write(b, off + done, n);
            // push it onto the wire now, so that a later cut-off truncates what the client has seen
            out.flush();
            written += n;
            done += n;
        }
    }

    /** Waits until the bytes written so far are due at the configured rate, but not past the deadline. */
    private void pace() {
        if (bytesPerSecond <= 0) {
            return;
        }
        long due = startNanos + (long) (written * 1e9 / bytesPerSecond);
        long until = Math.min(due, deadlineNanos);
        long wait;
        while ((wait = until - System.nanoTime()) > 0) {
            LockSupport.parkNanos(wait);
        }
    }

    @Override
    public void flush() throws IOException {
        out.flush();
    }

    /** Bytes written to the client so far. */
    long written() {
        return written;
    }
}
