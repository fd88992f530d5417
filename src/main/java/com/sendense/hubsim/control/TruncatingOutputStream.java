package com.sendense.hubsim.control;

import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;

/**
 * Passes a response body through until a byte limit, then flushes what was sent and fails. The
 * failure escapes the handler, and the JDK server closes the connection of an exchange that did not
 * finish writing: the client sees a short body (with Content-Length) or a premature EOF (chunked).
 */
final class TruncatingOutputStream extends FilterOutputStream {

    static final class TruncatedException extends IOException {

        TruncatedException() {
            super("Response truncated by the simulator's fault injection", null);
        }
    }

    private long remaining;
    private boolean truncated;

    TruncatingOutputStream(OutputStream out, long limit) {
        super(out);
        this.remaining = limit;
    }

    @Override
    public void write(int b) throws IOException {
        write(new byte[]{(byte) b}, 0, 1);
    }

    @Override
    public void write(byte[] b, int off, int len) throws IOException {
        if (truncated) {
            throw new TruncatedException();
        }
        if (len <= remaining) {
            out.write(b, off, len);
            remaining -= len;
            return;
        }
        out.write(b, off, (int) remaining);
        remaining = 0;
        truncated = true;
        out.flush();
        throw new TruncatedException();
    }

    @Override
    public void close() throws IOException {
        if (!truncated) {
            super.close();
        }
    }
}
