package com.sendense.console.protection;

import com.sendense.console.backups.TestStarter;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubProperties;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.VmContext;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import java.net.URI;
import java.time.Instant;
import java.time.ZoneId;
import java.util.List;
import java.util.UUID;
import javax.sql.DataSource;
import net.javacrumbs.shedlock.core.DefaultLockingTaskExecutor;
import net.javacrumbs.shedlock.core.LockingTaskExecutor;
import org.flywaydb.core.Flyway;
import org.h2.jdbcx.JdbcDataSource;
import org.jspecify.annotations.Nullable;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.support.JdbcTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * One console instance's protection beans on a given database, wired by hand: the fake hub, a
 * moved-by-hand clock, the shared poller's live state, starts on the calling thread. Two fixtures on
 * one database are two console instances.
 */
final class ProtectionFixture {

    static final ZoneId LONDON = ZoneId.of("Europe/London");
    static final String REPO = "repo-local-1";
    static final String OTHER_REPO = "repo-nfs-1";
    static final HubProperties HUB = HubProperties.forUrl(URI.create("http://hub:8082"));

    final DataSource dataSource;
    final FakeHubClient hub;
    final MutableClock clock;
    final LiveUpdates live;
    final RunStore store;
    final FlowRunner runner;
    final ProtectionScheduler scheduler;
    final RunTracker tracker;
    final ProtectionProperties properties;
    final Runnable poller;

    ProtectionFixture(DataSource dataSource, FakeHubClient hub, MutableClock clock, ProtectionProperties properties,
            @Nullable LockingTaskExecutor locks) {
        this.dataSource = dataSource;
        this.hub = hub;
        this.clock = clock;
        this.properties = properties;
        this.live = TestLive.create(HUB, clock);
        this.store = new RunStore(JdbcClient.create(dataSource),
                new TransactionTemplate(new JdbcTransactionManager(dataSource)));
        this.runner = new FlowRunner(hub, TestStarter.create(hub, live, Runnable::run), store, clock, Runnable::run);
        LockingTaskExecutor lockExecutor = locks != null
                ? locks
                : new DefaultLockingTaskExecutor(SchedulerLockConfiguration.lockProvider(new JdbcTemplate(dataSource)));
        this.scheduler = new ProtectionScheduler(hub, store, runner, lockExecutor, properties, new HubZone(LONDON),
                clock, "instance-" + UUID.randomUUID());
        this.tracker = new RunTracker(hub, live, store, runner, lockExecutor, properties, clock);
        this.poller = TestLive.poller(hub, live, HUB, clock);
    }

    ProtectionFixture(DataSource dataSource, FakeHubClient hub, MutableClock clock) {
        this(dataSource, hub, clock, ProtectionProperties.defaults(), null);
    }

    /** A fresh, migrated in-memory H2 database (or a file one, for restarts). */
    static DataSource h2(String url) {
        JdbcDataSource ds = new JdbcDataSource();
        ds.setURL(url);
        ds.setUser("sa");
        return migrated(ds);
    }

    static DataSource h2() {
        return h2("jdbc:h2:mem:protection-" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1");
    }

    static DataSource migrated(DataSource ds) {
        Flyway.configure().dataSource(ds).locations("classpath:db/migration").load().migrate();
        return ds;
    }

    /** A hub with two VMs and two repositories. */
    static FakeHubClient hub(Instant now) {
        return seed(new FakeHubClient(), now);
    }

    static <T extends FakeHubClient> T seed(T hub, Instant now) {
        hub.now = now;
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.withVm(FakeHubClient.vm("web-server-01", "linux", PowerState.ON), FakeHubClient.disk(0, 40));
        hub.repositories.add(FakeHubClient.repository(REPO, "Primary Local Repository", 1000, 600));
        hub.repositories.add(FakeHubClient.repository(OTHER_REPO, "NFS", 1000, 600));
        return hub;
    }

    static String context(String vmName) {
        return "ctx-" + vmName + "-20251006-203401";
    }

    static ProtectionFlow flow(String id, FlowTargetType type, String targetId, @Nullable String cron, boolean enabled,
            Instant createdAt) {
        return new ProtectionFlow(id, "Flow " + id, null, FlowType.BACKUP, type, targetId, REPO,
                "Primary Local Repository", null, null, cron == null ? null : "schedule-" + id, null, cron, enabled,
                new FlowRunSummary(null, FlowExecutionStatus.PENDING, null, null, 0, 0, 0), createdAt, createdAt,
                "admin");
    }

    static ProtectionFlow vmFlow(String id, String vmName, String cron, Instant createdAt) {
        return flow(id, FlowTargetType.VM, context(vmName), cron, true, createdAt);
    }

    static MachineGroup group(String id, String name, List<VmContext> members, Instant at) {
        List<GroupMember> list = members.stream()
                .map(vm -> new GroupMember(vm.contextId(), vm.vmName(), vm.vmwareVmId(), 0, true, at, "admin"))
                .toList();
        return new MachineGroup(id, name, null, null, null, 10, 0, list.size(), list.size(), "admin", at, at, list);
    }

    ProtectionFlow add(ProtectionFlow flow) {
        hub.flows.put(flow.id(), flow);
        return flow;
    }

    /** A manual run as "Run now" records it, run on this thread. */
    long runNow(ProtectionFlow flow) {
        var claim = store.start(
                new NewRun(flow.id(), flow.name(), RunTrigger.MANUAL, null, clock.instant(), "alice", null, "test"),
                busy -> "");
        long id = ((RunStore.Claim.Started) claim).runId();
        runner.runLater(id, flow);
        return id;
    }

    ProtectionRun run(long id) {
        return store.find(id).orElseThrow();
    }

    List<ProtectionRun> runs(String flowId) {
        return store.forFlow(flowId, 100);
    }

    /** One shared-poller pass, then one tracker pass, as the two schedules would do. */
    void track() {
        poller.run();
        tracker.pollOnce();
    }
}
