package com.sendense.console.alerts;

import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * What an administrator entered. {@code secret} (password or webhook secret) {@code null} keeps the stored
 * one, empty removes it.
 */
public record ChannelForm(Channel.Type type, String name, boolean enabled, Channel.@Nullable Smtp smtp,
        @Nullable String url, @Nullable String secret, Set<AlertKind> kinds) {

    public ChannelForm {
        kinds = Set.copyOf(kinds);
    }
}
