package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.vmFlow;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.HostileNames;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.reliability.BadInput;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/**
 * Two console instances (two schedulers, two lock providers) on one database fire each due time
 * once: with working locks, and with locks that grant everything, when only the database's unique
 * due time stands between them. Once per database ({@link NoDoubleFireOnH2Test}, {@link NoDoubleFireOnPostgresTest}).
 */
abstract class NoDoubleFireContractTest {

    static final Instant CREATED = Instant.parse("2026-12-05T12:00:00Z");
    static final Instant FIRST = Instant.parse("2026-12-06T01:00:00Z");

    /** Both instances read the flows before either claims anything: the race the locks normally prevent. */
    static final class RacingHub extends FakeHubClient {

        volatile CyclicBarrier barrier = new CyclicBarrier(1);

        @Override
        public List<ProtectionFlow> protectionFlows() {
            try {
                barrier.await(5, TimeUnit.SECONDS);
            } catch (Exception e) {
                throw new IllegalStateException("the other instance did not read the flows", e);
            }
            return super.protectionFlows();
        }
    }

    final MutableClock clock = new MutableClock(FIRST.plusSeconds(3));
    final RacingHub hub = ProtectionFixture.seed(new RacingHub(), FIRST);
    final ExecutorService threads = Executors.newFixedThreadPool(2);
    DataSource database;

    abstract DataSource database();

    @BeforeEach
    void open() {
        database = database();
    }

    @AfterEach
    void stop() {
        threads.shutdownNow();
    }

    @Test
    void two_instances_with_working_locks_fire_each_due_time_once() throws Exception {
        var a = new ProtectionFixture(database, hub, clock);
        var b = new ProtectionFixture(database, hub, clock);
        a.add(vmFlow("f1", "pgtest1", "0 */15 * * * *", CREATED));
        a.add(vmFlow("f2", "web-server-01", "0 */15 * * * *", CREATED));

        for (int quarter = 0; quarter < 4; quarter++) {
            clock.set(FIRST.plus(Duration.ofMinutes(15L * quarter)).plusSeconds(3));
            hub.now = clock.instant();
            together(a, b);
            a.track();
            hub.backups.forEach(x -> {
                if (x.status().isActive()) {
                    hub.finish(x.id(), true, null, clock.instant());
                }
            });
            a.track();
            // Each instance's own poller follows the backups its starts tracked, as in production.
            b.poller.run();
        }

        assertThat(a.runs("f1")).hasSize(4).allSatisfy(r -> assertThat(r.state()).isEqualTo(RunState.SUCCEEDED));
        assertThat(a.runs("f2")).hasSize(4);
        assertThat(hub.startRequests).hasSize(8);
    }

    @Test
    void with_locks_that_grant_everything_the_unique_due_time_still_fires_once() throws Exception {
        var broken = new DefaultLockingTaskExecutor(config -> Optional.of(() -> {}));
        var a = new ProtectionFixture(database, hub, clock, ProtectionProperties.defaults(), broken);
        var b = new ProtectionFixture(database, hub, clock, ProtectionProperties.defaults(), broken);
        a.add(vmFlow("f1", "pgtest1", "0 0 1 * * *", CREATED));

        for (int attempt = 0; attempt < 5; attempt++) {
            hub.barrier = new CyclicBarrier(2);
            together(a, b);
        }

        assertThat(a.runs("f1")).singleElement().satisfies(r -> assertThat(r.scheduledFor()).isEqualTo(FIRST));
        assertThat(hub.startRequests).hasSize(1);
    }

    @Test
    @BadInput("unicode and long names")
    void a_flow_on_a_vm_with_a_120_character_name_runs_and_records_it() throws Exception {
        hub.withVm(FakeHubClient.vm(HostileNames.LONG, "linux", PowerState.ON), FakeHubClient.disk(0, 40));
        var a = new ProtectionFixture(database, hub, clock);
        a.add(vmFlow("f1", HostileNames.LONG, "0 0 1 * * *", CREATED));

        a.scheduler.tick();

        assertThat(a.runs("f1")).singleElement().satisfies(r -> assertThat(r.state()).isEqualTo(RunState.RUNNING));
        assertThat(hub.startRequests).singleElement()
                .satisfies(request -> assertThat(request.vmName()).isEqualTo(HostileNames.LONG));
    }

    private List<Long> together(ProtectionFixture a, ProtectionFixture b) throws Exception {
        Future<List<Long>> first = threads.submit(a.scheduler::tick);
        Future<List<Long>> second = threads.submit(b.scheduler::tick);
        List<Long> started = new ArrayList<>(first.get(10, TimeUnit.SECONDS));
        started.addAll(second.get(10, TimeUnit.SECONDS));
        return started;
    }
}
