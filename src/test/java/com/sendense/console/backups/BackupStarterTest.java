package com.sendense.console.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubRejectedException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.PowerState;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import java.net.URI;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** The duplicate guard and the recovery from a lost answer, against the in-memory hub. */
class BackupStarterTest {

    private static final String VM = "pgtest1";
    private static final String REPO = "repo-local-1";
    private static final Instant NOW = Instant.parse("2026-11-24T10:00:00Z");

    private final MutableClock clock = new MutableClock(NOW);
    private final ExecutorService executor = Executors.newCachedThreadPool();
    private FakeHubClient hub = new FakeHubClient();
    private LiveUpdates live;
    private BackupStarter starter;

    @BeforeEach
    void hub() {
        wire(hub);
    }

    private void wire(FakeHubClient fake) {
        hub = fake;
        hub.now = NOW;
        hub.withVm(FakeHubClient.vm(VM, "linux", PowerState.ON), FakeHubClient.disk(0, 100));
        live = TestLive.create(HubProperties.forUrl(URI.create("http://hub:8082")), clock);
        starter = new BackupStarter(hub, live, executor, Duration.ofMillis(1), Duration.ofMillis(20));
    }

    @AfterEach
    void stop() {
        executor.shutdownNow();
    }

    @Test
    void starts_a_backup_and_follows_it() throws Exception {
        StartResult result = start().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(StartResult.Started.class);
        var started = ((StartResult.Started) result).backup();
        assertThat(hub.startRequests).singleElement().satisfies(r -> {
            assertThat(r.vmName()).isEqualTo(VM);
            assertThat(r.type()).isEqualTo(BackupType.FULL);
            assertThat(r.repositoryId()).isEqualTo(REPO);
        });
        assertThat(live.job(started.id())).get().matches(j -> j.active());
    }

    @Test
    void two_sessions_starting_the_same_vm_at_once_send_exactly_one_start_to_the_hub() throws Exception {
        hub.startGate = new CountDownLatch(1);
        CompletableFuture<StartResult> first = start();
        assertThat(hub.startsEntered.tryAcquire(5, TimeUnit.SECONDS)).isTrue();

        StartResult second = start().get(5, TimeUnit.SECONDS);
        StartResult doubleClick = start().get(5, TimeUnit.SECONDS);
        hub.startGate.countDown();

        assertThat(second).isEqualTo(new StartResult.AlreadyRunning(VM, null));
        assertThat(doubleClick).isEqualTo(new StartResult.AlreadyRunning(VM, null));
        assertThat(first.get(5, TimeUnit.SECONDS)).isInstanceOf(StartResult.Started.class);
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void many_concurrent_starts_of_one_vm_reach_the_hub_once() throws Exception {
        hub.startGate = new CountDownLatch(1);
        var ready = new CountDownLatch(1);
        List<CompletableFuture<StartResult>> results = java.util.stream.IntStream.range(0, 20)
                .mapToObj(i -> CompletableFuture.supplyAsync(() -> {
                    await(ready);
                    return start();
                }, executor))
                .map(f -> f.thenCompose(x -> x))
                .toList();
        ready.countDown();
        assertThat(hub.startsEntered.tryAcquire(5, TimeUnit.SECONDS)).isTrue();
        hub.startGate.countDown();

        long started = results.stream()
                .map(CompletableFuture::join)
                .filter(StartResult.Started.class::isInstance)
                .count();
        assertThat(started).isEqualTo(1);
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void after_a_start_the_vm_is_refused_while_its_backup_runs() throws Exception {
        var first = (StartResult.Started) start().get(5, TimeUnit.SECONDS);

        StartResult again = start().get(5, TimeUnit.SECONDS);

        assertThat(again).isInstanceOfSatisfying(StartResult.AlreadyRunning.class,
                r -> assertThat(r.running()).isNotNull().extracting(j -> j.id()).isEqualTo(first.backup().id()));
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void a_backup_the_hub_lists_as_running_refuses_the_start_and_is_followed() throws Exception {
        Backup other = FakeHubClient.backup("backup-pgtest1-1763900000", VM, BackupType.FULL, REPO,
                BackupStatus.RUNNING, NOW.minusSeconds(600));
        hub.backups.add(other);

        StartResult result = start().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(StartResult.AlreadyRunning.class);
        assertThat(hub.startRequests).isEmpty();
        assertThat(live.activeJobFor(VM)).get().extracting(j -> j.id()).isEqualTo(other.id());
    }

    @Test
    void a_lost_answer_attaches_to_the_backup_that_did_start_without_sending_again() throws Exception {
        hub.backups.add(FakeHubClient.completed("backup-pgtest1-1763000000", VM, BackupType.FULL, REPO,
                NOW.minus(Duration.ofDays(1)), 1L << 30));
        hub.startLosesResponse = true;

        StartResult result = start().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOfSatisfying(StartResult.Attached.class, a -> {
            assertThat(a.backup().id().value()).startsWith("backup-pgtest1-").isNotEqualTo("backup-pgtest1-1763000000");
            assertThat(a.lostAnswer().code()).isEqualTo(HubErrorCode.TIMEOUT);
            assertThat(live.job(a.backup().id())).isPresent();
        });
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void a_backup_that_appears_only_later_is_still_found() throws Exception {
        AtomicInteger looks = new AtomicInteger();
        var slowHub = new FakeHubClient() {

            @Override
            public List<Backup> backups(BackupFilter filter) {
                if (!startRequests.isEmpty() && looks.incrementAndGet() == 3) {
                    backups.add(
                            backup("backup-pgtest1-1764000000", VM, BackupType.FULL, REPO, BackupStatus.RUNNING, NOW));
                }
                return super.backups(filter);
            }
        };
        wire(slowHub);
        hub.startFailure = lostAnswer();

        StartResult result = start().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOf(StartResult.Attached.class);
        assertThat(looks.get()).isEqualTo(3);
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    void a_lost_answer_with_no_new_backup_says_it_cannot_tell_and_never_retries() throws Exception {
        hub.backups.add(FakeHubClient.completed("backup-pgtest1-1763000000", VM, BackupType.FULL, REPO,
                NOW.minusSeconds(30), 1L << 30));
        hub.startFailure = lostAnswer();

        StartResult result = start().get(5, TimeUnit.SECONDS);

        assertThat(result).isInstanceOfSatisfying(StartResult.OutcomeUnknown.class, u -> {
            assertThat(u.vmName()).isEqualTo(VM);
            assertThat(u.lastCheck()).isNull();
        });
        assertThat(hub.startRequests).hasSize(1);
        assertThat(starter.isStarting(VM)).isFalse();
    }

    @Test
    void a_refused_start_fails_the_future_and_frees_the_vm() throws Exception {
        hub.startFailure = new HubRejectedException("startBackup", HubErrorCode.NO_PREVIOUS_BACKUP, 400,
                "no previous backup found", "full backup required before incremental");

        assertThatThrownBy(() -> start().get(5, TimeUnit.SECONDS)).isInstanceOf(ExecutionException.class)
                .hasCauseInstanceOf(HubRejectedException.class);
        hub.startFailure = null;
        assertThat(start().get(5, TimeUnit.SECONDS)).isInstanceOf(StartResult.Started.class);
        assertThat(hub.startRequests).hasSize(2);
    }

    @Test
    void an_unreachable_hub_starts_nothing_and_is_not_recovered() {
        hub.failWith(FakeHubClient.unreachable());

        assertThatThrownBy(() -> start().get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(HubUnavailableException.class);
        assertThat(hub.startRequests).isEmpty();
        assertThat(starter.isStarting(VM)).isFalse();
    }

    private CompletableFuture<StartResult> start() {
        return starter.start(new BackupRequest(VM, BackupType.FULL, REPO));
    }

    private static HubUnavailableException lostAnswer() {
        return new HubUnavailableException("startBackup", HubErrorCode.NO_RESPONSE, true,
                "connection closed without a response", null);
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
