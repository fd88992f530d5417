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
import java.util.concurrent.Executor;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.function.Consumer;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

/**
 * Thread-safe registry of everyone who wants live hub state: hub status, jobs, mounts and the 1 Hz
 * tick. It never touches Vaadin itself: UIs pass consumers already wrapped with
 * {@code UI.accessLater}, and remove them on detach. Each subscriber gets its own {@link Mailbox}
 * on the delivery executor, so publishing costs the poller and the ticker the same whether one UI
 * watches or five hundred, and a slow browser only ever delays itself.
 *
 * @see "docs/decisions/005-20261124-one-poller.md"
 */
@Component
public class LiveUpdates {

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

    private final Executor delivery;

    /**
     * @param inline deliver in the publishing thread; for tests that drive the poller themselves, so
     *     that what a poll published is on screen when {@code pollOnce()} returns
     */
    @Autowired
    LiveUpdates(HubProperties properties, Clock clock, @Value("${console.live.deliver-inline:false}") boolean inline) {
        this(properties, clock, inline ? Runnable::run
                // A virtual thread per delivery: a UI push mostly waits for the session lock and the
                // socket, and each subscriber has at most one delivery under way.
                : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("live-delivery-", 0).factory()));
    }

    LiveUpdates(HubProperties properties, Clock clock, Executor delivery) {
        this.clock = clock;
        this.delivery = delivery;
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
        return subscribe(statusListeners, listener, hubStatus);
    }

    /**
     * Receives the time once a second from the one application-wide ticker, for countdowns.
     *
     * @return removes the subscription
     */
    public Registration subscribeTicks(SerializableConsumer<Instant> listener) {
        return subscribe(tickListeners, listener, null);
    }

    /**
     * Receives the job's latest snapshot at once (when the console follows it) and every change
     * after it, until the registration is removed. Watchers cost the hub nothing extra: one poll
     * serves them all.
     *
     * @param id the job
     * @param listener called on a delivery thread; UIs wrap it with {@code UI.accessLater}
     * @return removes the subscription
     */
    public Registration subscribeJob(BackupId id, SerializableConsumer<JobSnapshot> listener) {
        Mailbox<JobSnapshot> mailbox = mailbox(listener);
        jobListeners.computeIfAbsent(id, k -> new CopyOnWriteArraySet<>()).add(mailbox);
        JobSnapshot current = jobs.get(id);
        if (current != null) {
            mailbox.accept(current);
        }
        return () -> jobListeners.computeIfPresent(id, (k, set) -> {
            set.remove(mailbox);
            return set.isEmpty() ? null : set;
        });
    }

    /**
     * Receives the board of every followed job at once and again whenever any job on it changed.
     *
     * @param listener called on a delivery thread; UIs wrap it with {@code UI.accessLater}
     * @return removes the subscription
     */
    public Registration subscribeJobs(SerializableConsumer<JobBoard> listener) {
        return subscribe(boardListeners, listener, board);
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
                listeners.forEach(l -> l.accept(s));
            }
        }
        boardListeners.forEach(l -> l.accept(newBoard));
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
        Registration registration = subscribe(mountListeners, listener, mounts);
        requestMountsRefresh();
        return registration;
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
            mountListeners.forEach(l -> l.accept(snapshot));
        }
    }

    boolean hasStatusListeners() {
        return !statusListeners.isEmpty();
    }

    boolean hasTickListeners() {
        return !tickListeners.isEmpty();
    }

    /** How many subscriptions of each kind are open now (a UI usually holds several). */
    Map<String, Integer> subscriptionCounts() {
        return Map.of(
                "hub-status", statusListeners.size(),
                "tick", tickListeners.size(),
                "job", jobListeners.values().stream().mapToInt(Set::size).sum(),
                "job-board", boardListeners.size(),
                "mounts", mountListeners.size());
    }

    void publishHubStatus(HubStatus status) {
        HubStatus previous = hubStatus;
        hubStatus = status;
        if (previous.state() != status.state() || !Objects.equals(previous.version(), status.version())) {
            statusListeners.forEach(l -> l.accept(status));
        }
    }

    void publishTick(Instant now) {
        tickListeners.forEach(l -> l.accept(now));
    }

    private <T> Mailbox<T> mailbox(Consumer<T> listener) {
        return new Mailbox<>(listener, delivery);
    }

    /** Adds the listener's mailbox to {@code listeners} and hands it {@code current} first, if there is one. */
    private <T> Registration subscribe(Set<Consumer<T>> listeners, Consumer<T> listener, @Nullable T current) {
        Mailbox<T> mailbox = mailbox(listener);
        listeners.add(mailbox);
        if (current != null) {
            mailbox.accept(current);
        }
        return () -> listeners.remove(mailbox);
    }
}
