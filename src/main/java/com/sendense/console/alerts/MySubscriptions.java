package com.sendense.console.alerts;

import java.io.Serializable;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * A user's alert settings: their address ({@code ""} when none yet), whether they want one digest a
 * day instead of each alert, and the kinds they want per e-mail channel ({@code channels}: the ones
 * they may choose from; help desk is not offered kinds without a VM).
 */
public record MySubscriptions(String email, boolean digest, List<Channel> channels, List<AlertKind> offered,
        Map<Long, Set<AlertKind>> kinds) implements Serializable {

    public MySubscriptions {
        channels = List.copyOf(channels);
        offered = List.copyOf(offered);
        kinds = Map.copyOf(kinds);
    }

    public Set<AlertKind> kinds(long channelId) {
        return kinds.getOrDefault(channelId, Set.of());
    }
}
