package com.sendense.console.restore;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FileEntry;
import com.sendense.console.hub.FileListing;
import com.sendense.console.hub.HubClient;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubPath;
import com.sendense.console.hub.MountId;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.locks.Condition;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Predicate;
import org.jspecify.annotations.Nullable;

/**
 * One search: a coordinator thread hands folders, breadth first, to at most {@code parallel} listing threads (the
 * bound holds by construction: a listing starts only while fewer are in flight) and pushes batches to the listener.
 * Folders come from the hub's plain listing, never {@code recursive=true}, which can take the hub down on a system
 * drive. A link is an entry like any other and never descended into (decision 015): the hub would follow it.
 */
final class SearchWalk {

    /** Failed folders kept for the user; more are counted only. */
    static final int KEPT_SKIPPED = 200;
    /** Listings failing in a row that mean the hub, not a folder, is the problem. */
    static final int FAILURES_IN_A_ROW = 20;

    private final HubClient hub;
    private final MountId mount;
    private final SearchQuery query;
    private final Predicate<FileEntry> matches;
    private final SearchProperties limits;
    private final Clock clock;
    private final SearchListener listener;
    private final ExecutorService threads;

    private final ReentrantLock lock = new ReentrantLock();
    private final Condition changed = lock.newCondition();
    private final Deque<HubPath> todo = new ArrayDeque<>();
    private final Set<Thread> listing = new HashSet<>();
    private int inFlight;
    private final List<FileEntry> pendingMatches = new ArrayList<>();
    private final List<SkippedFolder> pendingSkipped = new ArrayList<>();
    private long folders;
    private long entries;
    private long matchCount;
    private long skipped;
    private int failuresInRow;
    private @Nullable String lastFailure;
    private boolean mountGone;
    private boolean cancelled;
    private SearchEnd.@Nullable Stop stop;
    private Instant started = Instant.EPOCH;

    SearchWalk(HubClient hub, MountId mount, SearchQuery query, SearchProperties limits, Clock clock,
            SearchListener listener, ExecutorService threads) {
        this.hub = hub;
        this.mount = mount;
        this.query = query;
        this.matches = query.matcher();
        this.limits = limits;
        this.clock = clock;
        this.listener = listener;
        this.threads = threads;
    }

    void cancel() {
        lock.lock();
        try {
            cancelled = true;
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    /** Runs the whole search on the calling thread and returns how it ended (also given to the listener). */
    SearchEnd run() {
        started = clock.instant();
        long pace = limits.batchInterval().toNanos();
        long lastPush = System.nanoTime();
        boolean firstMatchPushed = false;
        SearchEnd.Stop how;
        todo.add(query.within());
        try {
            while (true) {
                Batch batch = null;
                lock.lock();
                try {
                    how = stopReason();
                    if (how != null) {
                        stop = how;
                        // Release the hub at once: in-flight listings are interrupted, their answers ignored.
                        listing.forEach(Thread::interrupt);
                        break;
                    }
                    if (!todo.isEmpty() && inFlight < limits.parallel() && folders + inFlight < limits.maxFolders()) {
                        startListing(todo.poll());
                        continue;
                    }
                    long waited = System.nanoTime() - lastPush;
                    if (waited >= pace || (!firstMatchPushed && !pendingMatches.isEmpty())) {
                        firstMatchPushed |= !pendingMatches.isEmpty();
                        lastPush = System.nanoTime();
                        batch = batch();
                    } else {
                        changed.awaitNanos(pace - waited);
                    }
                } finally {
                    lock.unlock();
                }
                if (batch != null) {
                    listener.batch(batch.matches(), batch.skipped(), batch.progress());
                }
            }
        } catch (InterruptedException e) {
            how = SearchEnd.Stop.CANCELLED;
            cancel();
            lock.lock();
            try {
                stop = how;
                listing.forEach(Thread::interrupt);
            } finally {
                lock.unlock();
            }
        }
        Batch last;
        lock.lock();
        try {
            last = batch();
        } finally {
            lock.unlock();
        }
        listener.batch(last.matches(), last.skipped(), last.progress());
        SearchEnd end = new SearchEnd(how, last.progress(), message(how));
        listener.ended(end);
        return end;
    }

    private SearchEnd.@Nullable Stop stopReason() {
        if (cancelled) {
            return SearchEnd.Stop.CANCELLED;
        }
        if (mountGone) {
            return SearchEnd.Stop.MOUNT_GONE;
        }
        if (failuresInRow >= FAILURES_IN_A_ROW) {
            return SearchEnd.Stop.HUB_FAILING;
        }
        if (entries >= limits.maxEntries()) {
            return SearchEnd.Stop.ENTRY_LIMIT;
        }
        if (matchCount >= limits.maxMatches()) {
            return SearchEnd.Stop.MATCH_LIMIT;
        }
        if (!clock.instant().isBefore(started.plus(limits.maxDuration()))) {
            return SearchEnd.Stop.TIME_LIMIT;
        }
        if (todo.isEmpty() && inFlight == 0) {
            return SearchEnd.Stop.FINISHED;
        }
        if (folders >= limits.maxFolders() && inFlight == 0) {
            return SearchEnd.Stop.FOLDER_LIMIT;
        }
        return null;
    }

    private void startListing(HubPath folder) {
        inFlight++;
        threads.execute(() -> list(folder));
    }

    private void list(HubPath folder) {
        Thread self = Thread.currentThread();
        lock.lock();
        try {
            if (stop != null) {
                inFlight--;
                changed.signalAll();
                return;
            }
            listing.add(self);
        } finally {
            lock.unlock();
        }
        FileListing answer = null;
        RuntimeException failure = null;
        try {
            answer = hub.files(mount, folder);
        } catch (RuntimeException e) {
            failure = e;
        }
        lock.lock();
        try {
            listing.remove(self);
            Thread.interrupted(); // an interrupt meant for this listing must not outlive it
            inFlight--;
            if (stop == null) {
                if (answer != null) {
                    take(answer);
                } else {
                    fail(folder, failure);
                }
            }
            changed.signalAll();
        } finally {
            lock.unlock();
        }
    }

    private void take(FileListing answer) {
        folders++;
        failuresInRow = 0;
        for (FileEntry e : answer.entries()) {
            entries++;
            if (matches.test(e)) {
                matchCount++;
                pendingMatches.add(e);
            }
            if (e.isDirectory() && !e.symlink()) {
                todo.add(e.path());
            }
        }
    }

    private void fail(HubPath folder, @Nullable RuntimeException failure) {
        if (failure instanceof HubException h && h.code() == HubErrorCode.MOUNT_NOT_FOUND) {
            mountGone = true;
            return;
        }
        failuresInRow++;
        skipped++;
        lastFailure = words(failure);
        if (skipped <= KEPT_SKIPPED) {
            pendingSkipped.add(new SkippedFolder(folder, lastFailure));
        }
    }

    /** The hub's own words where it gave some; null when nothing says why. */
    private static @Nullable String words(@Nullable RuntimeException failure) {
        if (failure instanceof HubException h) {
            return h.hubMessage().or(h::details).orElse(h.code().name().toLowerCase(java.util.Locale.ROOT));
        }
        return failure == null ? null : failure.getMessage();
    }

    private Batch batch() {
        Batch batch = new Batch(List.copyOf(pendingMatches), List.copyOf(pendingSkipped), progress());
        pendingMatches.clear();
        pendingSkipped.clear();
        return batch;
    }

    private record Batch(List<FileEntry> matches, List<SkippedFolder> skipped, SearchProgress progress) {}

    private SearchProgress progress() {
        return new SearchProgress(folders, entries, matchCount, skipped,
                Duration.between(started, clock.instant()).abs());
    }

    private Text message(SearchEnd.Stop how) {
        return switch (how) {
            case FINISHED -> Text.of("restore.searchEnd.finished");
            case CANCELLED -> Text.of("restore.searchEnd.cancelled");
            case FOLDER_LIMIT -> Text.of("restore.searchEnd.folderLimit", limits.maxFolders());
            case ENTRY_LIMIT -> Text.of("restore.searchEnd.entryLimit", limits.maxEntries());
            case MATCH_LIMIT -> Text.of("restore.searchEnd.matchLimit", limits.maxMatches());
            case TIME_LIMIT -> limits.maxDuration().toSeconds() % 60 == 0 && limits.maxDuration().toMinutes() > 0
                    ? Text.of("restore.searchEnd.timeLimitMinutes", limits.maxDuration().toMinutes())
                    : Text.of("restore.searchEnd.timeLimitSeconds", limits.maxDuration().toSeconds());
            case MOUNT_GONE -> Text.of("restore.searchEnd.mountGone");
            case HUB_FAILING -> lastFailure == null
                    ? Text.of("restore.searchEnd.hubFailingNoReason", FAILURES_IN_A_ROW)
                    : Text.of("restore.searchEnd.hubFailing", FAILURES_IN_A_ROW, lastFailure);
        };
    }
}
