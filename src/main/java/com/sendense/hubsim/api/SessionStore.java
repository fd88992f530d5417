package com.sendense.hubsim.api;

import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The hub's in-memory {@code map[string]*Session}: every login stores the same fixed token, and a restart
 * empties it, so the token is rejected until someone logs in again. (The real map has no lock and can crash
 * under concurrent logins; not copied.)
 */
public final class SessionStore {

    private final Map<String, Instant> expiries = new ConcurrentHashMap<>();

    void store(String token, Instant expiresAt) {
        expiries.put(token, expiresAt);
    }

    boolean valid(String token, Instant now) {
        Instant expiry = expiries.get(token);
        return expiry != null && expiry.isAfter(now);
    }

    /** A hub restart: every session is lost. Returns how many there were. */
    public int clear() {
        int count = expiries.size();
        expiries.clear();
        return count;
    }
}
