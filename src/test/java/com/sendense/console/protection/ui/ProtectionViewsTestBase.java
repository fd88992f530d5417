package com.sendense.console.protection.ui;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.Mockito.reset;
import static org.mockito.Mockito.when;

import com.sendense.console.backups.TestBackups;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.FlowRunSummary;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.FlowType;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubNotFoundException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.protection.CronSchedule;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.RunTrigger;
import com.sendense.console.protection.RunVm;
import com.sendense.console.protection.ScheduleChoice;
import com.sendense.console.protection.TargetChoice;
import com.sendense.console.protection.VmOutcome;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.HasElement;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.router.QueryParameters;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.ArrayList;
import java.util.List;
import org.jspecify.annotations.Nullable;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.bean.override.mockito.MockitoBean;

/**
 * The Protection pages against a stand-in {@link ProtectionService}: the pages are tested for what
 * they show and send, whatever the scheduler behind the service does (its own tests cover that). Three
 * flows: a nightly group flow that partly failed, a VM flow that never ran, and a disabled flow
 * whose five-field cron cannot run.
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
abstract class ProtectionViewsTestBase extends SpringBrowserlessTest {

    static final Instant NOW = Instant.parse("2026-12-06T10:00:00Z");

    @MockitoBean
    ProtectionService service;

    @Autowired
    HubZone zone;

    @Autowired
    Clock clock;

    final List<FlowOverview> flows = new ArrayList<>();
    final List<ProtectionRun> nightlyRuns = new ArrayList<>();

    FlowOverview nightly;
    FlowOverview single;
    FlowOverview broken;

    @BeforeEach
    void threeFlows() {
        reset(service);
        flows.clear();
        nightlyRuns.clear();
        Instant now = clock.instant();
        nightlyRuns.add(run(7, "flow-nightly", "Nightly web", RunState.PARTLY_FAILED, now.minusSeconds(3600),
                List.of(vm("web-01", "b-1", VmOutcome.COMPLETED, null),
                        vm("web-02", "b-2", VmOutcome.FAILED, "NBD read failed on disk-2000"),
                        vm("web-03", null, VmOutcome.SKIPPED_ALREADY_RUNNING, "a backup of web-03 was running"))));
        nightly = overview(flow("flow-nightly", "Nightly web", FlowTargetType.GROUP, "g-web", true, "0 0 1 * * *"),
                "Web servers", new ScheduleChoice.Daily(LocalTime.of(1, 0)), nightlyRuns.getFirst(), 0.75, 3);
        single = overview(flow("flow-sql", "SQL hourly", FlowTargetType.VM, "ctx-sql", true, "0 15 */4 * * *"),
                "sql-prod-01", new ScheduleChoice.EveryHours(4, 15), null, null, 1);
        broken = new FlowOverview(
                flow("flow-old", "Legacy five-field", FlowTargetType.VM, "ctx-web", false, "0 1 * * *"), "web-01",
                "NAS Offsite", null, Text.of("protection.schedule.cannotRun", Text.of("protection.schedule.fields", 5)),
                null, null, null, 1);
        flows.addAll(List.of(nightly, single, broken));
        when(service.flows()).thenAnswer(i -> List.copyOf(flows));
        when(service.flow(any())).thenAnswer(i -> flows.stream()
                .filter(f -> f.flow().id().equals(i.getArgument(0)))
                .findFirst()
                .orElseThrow(() -> notFound()));
        when(service.runs(any(), anyInt())).thenAnswer(
                i -> "flow-nightly".equals(i.getArgument(0)) ? List.copyOf(nightlyRuns) : List.<ProtectionRun>of());
        when(service.hubExecutions(any())).thenReturn(List.of());
        when(service.preview(any(), anyInt())).thenAnswer(i -> ((ScheduleChoice) i.getArgument(0)).schedule()
                .next(clock.instant(), zone.zone(), (int) i.getArgument(1)));
        when(service.targets()).thenReturn(List.of(new TargetChoice(FlowTargetType.GROUP, "g-web", "Web servers", 3),
                new TargetChoice(FlowTargetType.VM, "ctx-sql", "sql-prod-01", 1),
                new TargetChoice(FlowTargetType.VM, "ctx-web", "web-01", 1)));
        when(service.repositories()).thenReturn(List.of(TestBackups.repository(TestBackups.LOCAL, "Primary Local"),
                TestBackups.repository(TestBackups.NFS, "NAS Offsite")));
    }

    ProtectionFlow flow(String id, String name, FlowTargetType type, String target, boolean enabled, String cron) {
        Instant created = Instant.parse("2026-11-01T08:00:00Z");
        return new ProtectionFlow(id, name, null, FlowType.BACKUP, type, target, TestBackups.LOCAL, "Primary Local",
                null, null, "s-" + id, "schedule", cron, enabled, new FlowRunSummary(null, null, null, null, 0, 0, 0),
                created, created, "operator");
    }

    FlowOverview overview(ProtectionFlow f, String target, ScheduleChoice schedule, @Nullable ProtectionRun last,
            @Nullable Double rate, int vms) {
        ZonedDateTime next = f.enabled()
                ? CronSchedule.parse(f.scheduleCron()).next(clock.instant(), zone.zone()).orElse(null)
                : null;
        return new FlowOverview(f, target, "Primary Local", schedule, null, next, last, rate, vms);
    }

    static ProtectionRun run(long id, String flowId, String flowName, RunState state, Instant started,
            List<RunVm> vms) {
        return new ProtectionRun(id, flowId, flowName, RunTrigger.SCHEDULE, started, started,
                state.finished() ? started.plusSeconds(600) : null, state, "scheduler", null, vms);
    }

    static RunVm vm(String name, @Nullable String backupId, VmOutcome outcome, @Nullable String message) {
        return new RunVm(name, "ctx-" + name, backupId == null ? null : new BackupId(backupId),
                backupId == null ? null : BackupType.INCREMENTAL, outcome, message);
    }

    static HubNotFoundException notFound() {
        return new HubNotFoundException("getFlow", HubErrorCode.FLOW_NOT_FOUND, 404, "flow not found", null);
    }

    static HubUnavailableException hubDown() {
        return new HubUnavailableException("listFlows", HubErrorCode.UNREACHABLE, false, "connection refused", null);
    }

    static Repository repo(String id, String name) {
        return TestBackups.repository(id, name);
    }

    List<String> notificationTexts() {
        // Short notifications carry their text as a property, closable ones as content.
        return find(com.vaadin.flow.component.notification.Notification.class).all()
                .stream()
                .map(n -> n.getElement().getProperty("text", "") + n.getElement().getTextRecursively())
                .toList();
    }

    /** Opens an address with its query, as a link or reload would. */
    HasElement open(String address) {
        int q = address.indexOf('?');
        UI.getCurrent()
                .navigate(q < 0 ? address : address.substring(0, q),
                        QueryParameters.fromString(q < 0 ? "" : address.substring(q + 1)));
        return getCurrentView();
    }
}
