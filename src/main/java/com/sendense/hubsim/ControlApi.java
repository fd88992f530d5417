package com.sendense.hubsim;

import java.security.SecureRandom;
import java.util.HexFormat;

/**
 * Never on the hub's listener: anyone who can reach the hub could otherwise fail its backups, read its request log
 * or restart it. Loopback only, whatever the hub's {@code --bind}, with a bearer token (blank: random at start).
 * Not {@code enabled}: no listener at all, but {@link HubSimulator#control()} still works in-process.
 */
public record ControlApi(boolean enabled, int port, String token) {

    /** On a free loopback port with a random token: what tests use. */
    public static ControlApi loopback() {
        return new ControlApi(true, 0, "");
    }

    /** No control listener: the console's embedded demo hub, which nobody drives from outside. */
    public static ControlApi off() {
        return new ControlApi(false, 0, "");
    }

    /** This configuration with a token: the given one, or 32 random bytes in hex. */
    ControlApi withResolvedToken() {
        if (!token.isBlank()) {
            return this;
        }
        byte[] bytes = new byte[32];
        new SecureRandom().nextBytes(bytes);
        return new ControlApi(enabled, port, HexFormat.of().formatHex(bytes));
    }

    @Override
    public String toString() {
        return "ControlApi[enabled=" + enabled + ", port=" + port + ", token=" + (token.isBlank() ? "" : "***") + "]";
    }
}
