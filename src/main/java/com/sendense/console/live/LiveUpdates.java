package com.sendense.console.live;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.HubProperties;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.shared.Registration;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArraySet;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Thread-safe registry of everyone who wants live hub state: hub status, mounts and the 1 Hz tick. It never touches Vaadin itself: UIs
 * pass consumers already wrapped with {@code UI.accessLater}, and remove them on detach.
 *
 * @see "docs/decisions/005-20261124-one-poller.md"
 */
@Component
public class LiveUpdates {

    private static final Logger log = LoggerFactory.getLogger(LiveUpdates.class);

    private final Set<Consumer<HubStatus>> statusListeners = new CopyOnWriteArraySet<>();
    private final Set<Consumer<Instant>> tickListeners = new CopyOnWriteArraySet<>();
    private final Map<BackupId, Set<Consumer<JobSnapshot>>> jobListeners = new ConcurrentHashMap<>();
    private final Set<Consumer<JobBoard>> boardListeners = new CopyOnWriteArraySet<>();
    private final Map<BackupId, JobSnapshot> jobs = new ConcurrentHashMap<>();
    private final Clock clock;
    private final Duration stallThreshold;
    private volatile HubStatus hubStatus;
    private volatile JobBoard board = JobBoard.EMPTY;

    /** How long an ended job stays on the board and can still be looked up. */
    public static final Duration FINISHED_RETENTION = Duration.ofMinutes(30);
    private final Set<Consumer<MountsSnapshot>> mountListeners = new CopyOnWriteArraySet<>();
    private final AtomicBoolean mountsRefreshRequested = new AtomicBoolean(true);
    private volatile @Nullable MountsSnapshot mounts;

    LiveUpdates(HubProperties properties, Clock clock) {
        this.clock = clock;
        this.stallThreshold = properties.stallThreshold();
        this.hubStatus = new HubStatus(HubStatus.State.UNKNOWN, null, properties.baseUrl(), properties.demo(),
                properties.authEnabled(), null, clock.instant());
    }

    /** The latest known hub status. */
    public HubStatus hubStatus() {
        return hubStatus;
    }

    /**
     * Receives the current hub status at once and every change after it.
     *
     * @return removes the subscription
     */
    public Registration subscribeHubStatus(SerializableConsumer<HubStatus> listener) {
        statusListeners.add(listener);
        listener.accept(hubStatus);
        return () -> statusListeners.remove(listener);
    }

    /**
     * Receives the time once a second from the one application-wide ticker, for countdowns.
     *
     * @return removes the subscription
     */
    public Registration subscribeTicks(SerializableConsumer<Instant> listener) {
        tickListeners.add(listener);
        return () -> tickListeners.remove(listener);
    }

    /**
     * Receives the job's latest snapshot at once (when the console follows it) and every change
     * after it, until the registration is removed. Watchers cost the hub nothing extra: one poll
     * serves them all.
     *
     * @param id the job
     * @param listener called on the poller's thread; UIs wrap it with {@code UI.accessLater}
     * @return removes the subscription
     */
    public Registration subscribeJob(BackupId id, SerializableConsumer<JobSnapshot> listener) {
        jobListeners.computeIfAbsent(id, k -> new CopyOnWriteArraySet<>()).add(listener);
        JobSnapshot current = jobs.get(id);
        if (current != null) {
            deliver(listener, current);
        }
        return () -> jobListeners.computeIfPresent(id, (k, set) -> {
            set.remove(listener);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Receives the board of every followed job at once and again whenever any job on it changed.
     *
     * @param listener called on the poller's thread; UIs wrap it with {@code UI.accessLater}
     * @return removes the subscription
     */
    public Registration subscribeJobs(SerializableConsumer<JobBoard> listener) {
        boardListeners.add(listener);
        deliver(listener, board);
        return () -> boardListeners.remove(listener);
    }

    /**
     * The latest snapshot of a job the console follows or followed recently.
     *
     * @param id the job
     * @return the snapshot, or empty when the console does not know the job
     */
    public Optional<JobSnapshot> job(BackupId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    /**
     * The current board.
     *
     * @return active and recently finished jobs
     */
    public JobBoard jobs() {
        return board;
    }

    /**
     * The active job of a VM, as far as the console knows (no hub call).
     *
     * @param vmName the VM
     * @return the newest active job of the VM, or empty
     */
    public Optional<JobSnapshot> activeJobFor(String vmName) {
        return board.active().stream().filter(j -> j.vmName().equals(vmName)).findFirst();
    }

    /**
     * Follows a job from now on until it ends: the console just started it, or found it running.
     * Publishes a first snapshot if the job was not followed yet; a job already followed keeps its
     * newer state.
     *
     * @param backup the job as the hub described it
     * @return the job's current snapshot
     */
    public JobSnapshot track(Backup backup) {
        JobSnapshot fresh = JobSnapshot.of(backup, clock.instant(), stallThreshold);
        JobSnapshot existing = jobs.putIfAbsent(backup.id(), fresh);
        if (existing != null) {
            return existing;
        }
        publishJobs(List.of(fresh));
        return fresh;
    }

    boolean hasJobListeners() {
        return !jobListeners.isEmpty() || !boardListeners.isEmpty();
    }

    Set<BackupId> activeJobIds() {
        return board.active().stream().map(JobSnapshot::id).collect(Collectors.toUnmodifiableSet());
    }

    /** Stores changed snapshots, tells each job's watchers, then every board watcher once. */
    void publishJobs(Collection<JobSnapshot> changed) {
        JobBoard newBoard;
        synchronized (jobs) {
            changed.forEach(s -> jobs.put(s.id(), s));
            Instant cutoff = clock.instant().minus(FINISHED_RETENTION);
            jobs.values().removeIf(s -> !s.active() && endOf(s).isBefore(cutoff));
            newBoard = buildBoard();
            if (newBoard.equals(board) && changed.isEmpty()) {
                return;
            }
            board = newBoard;
        }
        for (JobSnapshot s : changed) {
            Set<Consumer<JobSnapshot>> listeners = jobListeners.get(s.id());
            if (listeners != null) {
                listeners.forEach(l -> deliver(l, s));
            }
        }
        boardListeners.forEach(l -> deliver(l, newBoard));
    }

    private static Instant endOf(JobSnapshot s) {
        Instant completed = s.backup().completedAt();
        return completed != null ? completed : s.startedAt();
    }

    private JobBoard buildBoard() {
        List<JobSnapshot> active = new ArrayList<>();
        List<JobSnapshot> finished = new ArrayList<>();
        jobs.values().forEach(s -> (s.active() ? active : finished).add(s));
        active.sort(JobBoard.NEWEST_FIRST);
        finished.sort(JobBoard.NEWEST_FIRST);
        return new JobBoard(active, finished);
    }

    /**
     * Receives the hub's mounts whenever they change, polled at a slower cadence than jobs and only
     * while someone subscribes. A subscriber gets the last snapshot at once if there is one, and a
     * fresh poll is requested.
     *
     * @return removes the subscription
     */
    public Registration subscribeMounts(SerializableConsumer<MountsSnapshot> listener) {
        mountListeners.add(listener);
        MountsSnapshot last = mounts;
        if (last != null) {
            listener.accept(last);
        }
        requestMountsRefresh();
        return () -> mountListeners.remove(listener);
    }

    /** Asks the poller to read the mounts at its next run instead of waiting for the slow cadence. */
    public void requestMountsRefresh() {
        mountsRefreshRequested.set(true);
    }

    /** The last polled mounts, if any were polled. */
    public Optional<MountsSnapshot> mountsSnapshot() {
        return Optional.ofNullable(mounts);
    }

    boolean hasMountListeners() {
        return !mountListeners.isEmpty();
    }

    boolean takeMountsRefreshRequest() {
        return mountsRefreshRequested.getAndSet(false);
    }

    void publishMounts(MountsSnapshot snapshot) {
        MountsSnapshot previous = mounts;
        mounts = snapshot;
        if (snapshot.differsFrom(previous)) {
            mountListeners.forEach(l -> deliver(l, snapshot));
        }
    }

    boolean hasStatusListeners() {
        return !statusListeners.isEmpty();
    }

    boolean hasTickListeners() {
        return !tickListeners.isEmpty();
    }

    void publishHubStatus(HubStatus status) {
        HubStatus previous = hubStatus;
        hubStatus = status;
        if (previous.state() != status.state() || !Objects.equals(previous.version(), status.version())) {
            statusListeners.forEach(l -> deliver(l, status));
        }
    }

    void publishTick(Instant now) {
        tickListeners.forEach(l -> deliver(l, now));
    }

    private static <T> void deliver(Consumer<T> listener, T value) {
        try {
            listener.accept(value);
        } catch (RuntimeException e) {
            // One broken UI must not stop the others from getting updates.
            log.warn("A live-update listener failed", e);
        }
    }
}
