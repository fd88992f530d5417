package com.sendense.hubsim.world;

import java.util.HexFormat;
import java.util.Random;

/** Seeded identifiers in the formats the hub and vCenter use. */
final class IdFactory {

    private static final HexFormat HEX = HexFormat.of();

    private final Random random;
    private int counter;

    IdFactory(Random random) {
        this.random = random;
    }

    /** A MariaDB {@code UUID()}-style (version 1) id, as the hub's groups and flows have. */
    String uuidV1() {
        counter++;
        return hex(4) + "-" + hex(2) + "-11f0-" + hex(2) + "-0200" + String.format("%08x", counter);
    }

    /** A VMware instance UUID ({@code 42xxxxxx-...}). */
    String vmwareId() {
        return "42" + hex(3) + "-" + hex(2) + "-" + hex(2) + "-" + hex(2) + "-" + hex(6);
    }

    /** A VMware CBT change id, e.g. {@code 52 3d 8f ... 6c/4127}. */
    String changeId() {
        StringBuilder s = new StringBuilder("52");
        for (int i = 1; i < 16; i++) {
            s.append(i == 8 ? "-" : " ").append(hex(1));
        }
        return s.append('/').append(1000 + random.nextInt(9000)).toString();
    }

    private String hex(int bytes) {
        byte[] b = new byte[bytes];
        random.nextBytes(b);
        return HEX.formatHex(b);
    }
}
