package com.sendense.hubsim.control;

import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.List;
import org.jspecify.annotations.Nullable;

/** The last requests the hub answered (or dropped), so tests can count hub calls. Bounded, oldest dropped first. */
public final class RequestLog {

    private static final int CAPACITY = 10_000;

    private final Deque<LoggedRequest> entries = new ArrayDeque<>();
    private long nextSeq = 1;

    synchronized void record(String method, String path, String query, @Nullable Integer status, Instant at) {
        entries.addLast(new LoggedRequest(nextSeq++, method, path, query, status, at));
        if (entries.size() > CAPACITY) {
            entries.removeFirst();
        }
    }

    public synchronized List<LoggedRequest> since(long since) {
        return entries.stream().filter(e -> e.seq() > since).toList();
    }

    public synchronized int clear() {
        int count = entries.size();
        entries.clear();
        return count;
    }
}
