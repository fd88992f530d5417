package com.sendense.hubsim.files.gen;

import com.sendense.hubsim.files.model.Content;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.function.IntFunction;

/** Lines are generated while streaming; the length is computed once by generating them without keeping them. */
public final class LinesContent implements Content {

    private final int count;
    private final IntFunction<String> line;
    private volatile long length = -1;

    /** {@code line} gives line {@code i} without its newline and must be deterministic. */
    public LinesContent(int count, IntFunction<String> line) {
        this.count = count;
        this.line = line;
    }

    @Override
    public long length() {
        long n = length;
        if (n < 0) {
            n = 0;
            for (int i = 0; i < count; i++) {
                n += utf8Length(line.apply(i)) + 1;
            }
            length = n;
        }
        return n;
    }

    @Override
    public InputStream open() {
        return new InputStream() {

            private byte[] current = new byte[0];
            private int pos;
            private int next;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                while (pos == current.length) {
                    if (next == count) {
                        return -1;
                    }
                    current = (line.apply(next++) + "\n").getBytes(StandardCharsets.UTF_8);
                    pos = 0;
                }
                int n = Math.min(len, current.length - pos);
                System.arraycopy(current, pos, b, off, n);
                pos += n;
                return n;
            }
        };
    }

    private static long utf8Length(String s) {
        long n = 0;
        for (int i = 0; i < s.length(); i++) {
            char c = s.charAt(i);
            if (c < 0x80) {
                n++;
            } else if (c < 0x800) {
                n += 2;
            } else if (Character.isHighSurrogate(c)) {
                n += 4;
                i++;
            } else {
                n += 3;
            }
        }
        return n;
    }
}
