package com.sendense.console.restore;

import java.time.Instant;
import java.util.concurrent.atomic.AtomicLong;
import org.jspecify.annotations.Nullable;

/** Written by the streaming thread, read by the UI on the shared 1 Hz tick: a byte counter, not a push per chunk. */
public final class DownloadProgress {

    public enum State {
        WAITING, RUNNING, COMPLETE, TRUNCATED, ABORTED, FAILED
    }

    private final AtomicLong bytes = new AtomicLong();
    private volatile State state = State.WAITING;
    private volatile @Nullable Long expected;
    private volatile @Nullable Instant startedAt;
    private volatile @Nullable Instant finishedAt;
    private volatile @Nullable String message;

    public long bytes() {
        return bytes.get();
    }

    public State state() {
        return state;
    }

    /** The hub announces a length for files, not archives. */
    public @Nullable Long expected() {
        return expected;
    }

    public @Nullable Instant startedAt() {
        return startedAt;
    }

    public @Nullable Instant finishedAt() {
        return finishedAt;
    }

    public @Nullable String message() {
        return message;
    }

    public boolean isFinished() {
        return state != State.WAITING && state != State.RUNNING;
    }

    void start(Instant now) {
        bytes.set(0);
        expected = null;
        message = null;
        finishedAt = null;
        startedAt = now;
        state = State.RUNNING;
    }

    void expect(@Nullable Long length) {
        expected = length;
    }

    void add(long count) {
        bytes.addAndGet(count);
    }

    void finish(State end, Instant now, @Nullable String why) {
        message = why;
        finishedAt = now;
        state = end;
    }
}
