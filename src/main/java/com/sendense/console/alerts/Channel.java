package com.sendense.console.alerts;

import java.io.Serializable;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * A configured channel. The SMTP password and the webhook secret are never part of it: they are written
 * by {@link AlertChannelService#save} and read only by the senders ({@code hasSecret} says one is set).
 */
public record Channel(long id, Type type, String name, boolean enabled, @Nullable Smtp smtp, @Nullable String url,
        boolean hasSecret, Set<AlertKind> kinds) implements Serializable {

    public enum Type {
        EMAIL, WEBHOOK
    }

    /** {@code user} empty: the server takes mail without signing in. */
    public record Smtp(String host, int port, boolean tls, @Nullable String user,
            String from) implements Serializable {}

    public Channel {
        kinds = Set.copyOf(kinds);
    }
}
