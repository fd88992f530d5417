package com.sendense.hubsim.files.gen;

import com.sendense.hubsim.files.model.Content;
import java.io.InputStream;

/** Produced block by block, so a multi-GB file streams through one 64 KiB buffer. */
abstract class BlockContent implements Content {

    static final int BLOCK = 64 * 1024;

    private final long length;

    BlockContent(long length) {
        this.length = length;
    }

    @Override
    public long length() {
        return length;
    }

    /** {@code buf} is always {@link #BLOCK} bytes long. */
    abstract void fill(long block, byte[] buf);

    @Override
    public InputStream open() {
        return new InputStream() {

            private final byte[] buf = new byte[BLOCK];
            private long position;
            private long bufferedBlock = -1;

            @Override
            public int read() {
                byte[] one = new byte[1];
                return read(one, 0, 1) < 0 ? -1 : one[0] & 0xff;
            }

            @Override
            public int read(byte[] b, int off, int len) {
                if (position >= length) {
                    return -1;
                }
                long block = position / BLOCK;
                if (block != bufferedBlock) {
                    fill(block, buf);
                    bufferedBlock = block;
                }
                int inBlock = (int) (position % BLOCK);
                int n = (int) Math.min(Math.min(len, BLOCK - inBlock), length - position);
                System.arraycopy(buf, inBlock, b, off, n);
                position += n;
                return n;
            }

            @Override
            public long skip(long n) {
                long skipped = Math.max(0, Math.min(n, length - position));
                position += skipped;
                return skipped;
            }

            @Override
            public int available() {
                return (int) Math.min(Integer.MAX_VALUE, length - position);
            }
        };
    }

    static void random(long seed, byte[] buf, int from, int to) {
        Prng prng = new Prng(seed);
        int i = from;
        while (i + 8 <= to) {
            long v = prng.nextLong();
            for (int k = 0; k < 8; k++) {
                buf[i++] = (byte) (v >>> (k * 8));
            }
        }
        long v = prng.nextLong();
        for (int k = 0; i < to; k++) {
            buf[i++] = (byte) (v >>> (k * 8));
        }
    }

    /** Copies the part of {@code header} that falls into block {@code block}. */
    static void overlay(byte[] header, long block, byte[] buf) {
        long start = block * BLOCK;
        if (start < header.length) {
            int n = (int) Math.min(header.length - start, BLOCK);
            System.arraycopy(header, (int) start, buf, 0, n);
        }
    }
}
