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
 * Everyone who wants live hub state. It never touches Vaadin: UIs pass consumers wrapped with
 * {@code UI.accessLater}; each gets its own {@link Mailbox}, so a slow browser only delays itself.
 * Subscribing hands over the current value at once, if there is one.
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
    private volatile @Nullable Instant jobsReadAt;
    private volatile JobBoard.@Nullable Outage jobsOutage;

    /** How long an ended job stays on the board and can still be looked up. */
    public static final Duration FINISHED_RETENTION = Duration.ofMinutes(30);
    private final Set<Consumer<MountsSnapshot>> mountListeners = new CopyOnWriteArraySet<>();
    private final AtomicBoolean mountsRefreshRequested = new AtomicBoolean(true);
    private volatile @Nullable MountsSnapshot mounts;

    private final Executor delivery;

    /** {@code inline} is for tests that drive the poller: what a poll published is on screen when it returns. */
    @Autowired
    LiveUpdates(HubProperties properties, Clock clock, @Value("${console.live.deliver-inline:false}") boolean inline) {
        this(properties, clock, inline
                ? Runnable::run
                // A virtual thread per delivery: a push mostly waits for the session lock and the socket.
                : Executors.newThreadPerTaskExecutor(Thread.ofVirtual().name("live-delivery-", 0).factory()));
    }

    LiveUpdates(HubProperties properties, Clock clock, Executor delivery) {
        this.clock = clock;
        this.delivery = delivery;
        this.stallThreshold = properties.stallThreshold();
        this.hubStatus = new HubStatus(HubStatus.State.UNKNOWN, null, properties.baseUrl(), properties.demo(),
                properties.authEnabled(), null, clock.instant());
    }

    public HubStatus hubStatus() {
        return hubStatus;
    }

    public Registration subscribeHubStatus(SerializableConsumer<HubStatus> listener) {
        return subscribe(statusListeners, listener, hubStatus);
    }

    public Registration subscribeTicks(SerializableConsumer<Instant> listener) {
        return subscribe(tickListeners, listener, null);
    }

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

    public Registration subscribeJobs(SerializableConsumer<JobBoard> listener) {
        return subscribe(boardListeners, listener, board);
    }

    public Optional<JobSnapshot> job(BackupId id) {
        return Optional.ofNullable(jobs.get(id));
    }

    public JobBoard jobs() {
        return board;
    }

    /** As far as the console knows: no hub call. */
    public Optional<JobSnapshot> activeJobFor(String vmName) {
        return board.active().stream().filter(j -> j.vmName().equals(vmName)).findFirst();
    }

    /** Follows a job until it ends; a job already followed keeps its newer state. */
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

    /** The poller read the running list; the next {@link #publishJobs} ends an outage. */
    void jobsRead(Instant now) {
        jobsReadAt = now;
        jobsOutage = null;
    }

    /** The poller could not read the running list: watchers learn that what they see is no longer known. */
    void jobsUnreadable(Instant now) {
        if (jobsOutage == null) {
            jobsOutage = new JobBoard.Outage(now, jobsReadAt);
            publishJobs(List.of());
        }
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
        return new JobBoard(active, finished, jobsOutage);
    }

    /** Mounts are polled slower than jobs and only while someone subscribes; subscribing asks for a fresh poll. */
    public Registration subscribeMounts(SerializableConsumer<MountsSnapshot> listener) {
        Registration registration = subscribe(mountListeners, listener, mounts);
        requestMountsRefresh();
        return registration;
    }

    /** Asks the poller to read the mounts at its next run instead of waiting for the slow cadence. */
    public void requestMountsRefresh() {
        mountsRefreshRequested.set(true);
    }

    public Optional<MountsSnapshot> mountsSnapshot() {
        return Optional.ofNullable(mounts);
    }

    boolean hasMountListeners() {
        return !mountListeners.isEmpty();
    }

    boolean takeMountsRefreshRequest() {
        return mountsRefreshRequested.getAndSet(false);
    }

    /** The poller could not read the mounts: the last snapshot, if any, is marked as no longer known. */
    void mountsUnreadable(Instant now) {
        MountsSnapshot previous = mounts;
        if (previous != null && previous.known()) {
            publishMounts(previous.unreadableSince(now));
        }
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

    Map<String, Integer> subscriptionCounts() {
        return Map.of("hub-status", statusListeners.size(), "tick", tickListeners.size(), "job",
                jobListeners.values().stream().mapToInt(Set::size).sum(), "job-board", boardListeners.size(), "mounts",
                mountListeners.size());
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

    private <T> Registration subscribe(Set<Consumer<T>> listeners, Consumer<T> listener, @Nullable T current) {
        Mailbox<T> mailbox = mailbox(listener);
        listeners.add(mailbox);
        if (current != null) {
            mailbox.accept(current);
        }
        return () -> listeners.remove(mailbox);
    }
}
