package com.sendense.hubsim.files.gen;

import com.sendense.hubsim.files.model.Content;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.lang.ref.SoftReference;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;

/** Small contents are generated when needed and only softly kept; large ones are streams, never held. */
public final class Contents {

    private Contents() {}

    public static Content empty() {
        return bytes(() -> new byte[0]);
    }

    public static Content text(Supplier<String> text) {
        return bytes(() -> text.get().getBytes(StandardCharsets.UTF_8));
    }

    /** {@code generator} must be deterministic. */
    public static Content bytes(Supplier<byte[]> generator) {
        return new Generated(generator);
    }

    /** {@code header} is a magic number that makes the file look like what its name says. */
    public static Content random(long length, long seed, byte[] header) {
        return new BlockContent(length) {

            @Override
            void fill(long block, byte[] buf) {
                random(Prng.mix(seed + block), buf, 0, buf.length);
                overlay(header, block, buf);
            }
        };
    }

    /** Only {@code density} of the 4 KiB pages hold data, the rest are zeros: a page or hibernation file. */
    public static Content sparse(long length, long seed, byte[] header, double density) {
        long threshold = (long) (density * 1024);
        return new BlockContent(length) {

            @Override
            void fill(long block, byte[] buf) {
                for (int page = 0; page < BLOCK / 4096; page++) {
                    long pageIndex = block * (BLOCK / 4096) + page;
                    long h = Prng.mix(seed ^ pageIndex);
                    if (Math.floorMod(h, 1024) < threshold) {
                        random(h, buf, page * 4096, (page + 1) * 4096);
                    } else {
                        Arrays.fill(buf, page * 4096, (page + 1) * 4096, (byte) 0);
                    }
                }
                overlay(header, block, buf);
            }
        };
    }

    public static byte[] magic(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static final class Generated implements Content {

        private final Supplier<byte[]> generator;
        private volatile long length = -1;
        private volatile SoftReference<byte @Nullable []> cache = new SoftReference<>(null);

        Generated(Supplier<byte[]> generator) {
            this.generator = generator;
        }

        @Override
        public long length() {
            long n = length;
            if (n < 0) {
                n = get().length;
            }
            return n;
        }

        @Override
        public InputStream open() {
            return new ByteArrayInputStream(get());
        }

        private byte[] get() {
            byte[] bytes = cache.get();
            if (bytes == null) {
                bytes = generator.get();
                cache = new SoftReference<>(bytes);
                length = bytes.length;
            }
            return bytes;
        }
    }
}
