package com.sendense.hubsim.files.gen;

import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;

/** TZif v2 for Europe/London without transitions: the footer's POSIX rule covers all times (RFC 8536). */
public final class Tzif {

    private Tzif() {}

    public static byte[] europeLondon() {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        for (int version = 1; version <= 2; version++) {
            out.writeBytes("TZif2".getBytes(StandardCharsets.US_ASCII));
            out.writeBytes(new byte[15]);
            // isutcnt, isstdcnt, leapcnt, timecnt, typecnt, charcnt
            for (int count : new int[]{0, 0, 0, 0, 1, 4}) {
                int32(out, count);
            }
            int32(out, 0);
            out.write(0);
            out.write(0);
            out.writeBytes("GMT\0".getBytes(StandardCharsets.US_ASCII));
        }
        out.writeBytes("\nGMT0BST,M3.5.0/1,M10.5.0\n".getBytes(StandardCharsets.US_ASCII));
        return out.toByteArray();
    }

    private static void int32(ByteArrayOutputStream out, int v) {
        out.write(v >>> 24);
        out.write(v >>> 16);
        out.write(v >>> 8);
        out.write(v);
    }
}
