package com.sendense.console.protection;

import static com.sendense.console.protection.ProtectionFixture.REPO;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.FlowExecution;
import com.sendense.console.hub.FlowExecutionStatus;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import java.time.Instant;
import java.time.LocalTime;
import java.time.ZonedDateTime;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The real Spring beans with method security: who may read, change and run flows; Run now once. */
@SpringBootTest
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class ProtectionServiceTest {

    static final String PG = ProtectionFixture.context("pgtest1");

    @Autowired
    ProtectionService service;
    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    ProtectionCoverage coverage;

    @BeforeEach
    void hub_with_a_flow() {
        hub.failWith(null);
        hub.resetBackups();
        hub.vms.clear();
        hub.repositories.clear();
        hub.flows.clear();
        hub.groups.clear();
        hub.schedules.clear();
        hub.executions.clear();
        ProtectionFixture.seed(hub, Instant.now());
        hub.flows.put("f1", ProtectionFixture.flow("f1", FlowTargetType.VM, PG, "0 0 1 * * *", true,
                Instant.parse("2026-12-01T00:00:00Z")));
        jdbc.sql("DELETE FROM protection_flow_busy").update();
        jdbc.sql("DELETE FROM protection_run").update();
    }

    @AfterEach
    void open_gate() {
        CountDownLatch gate = hub.startGate;
        if (gate != null) {
            gate.countDown();
        }
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void an_operator_sees_flows_with_names_schedule_in_words_and_next_run_in_the_hubs_zone() {
        FlowOverview flow = service.flows().getFirst();

        assertThat(flow.targetName()).isEqualTo("pgtest1");
        assertThat(flow.repositoryName()).isEqualTo("Primary Local Repository");
        assertThat(flow.scheduleText(Locale.ENGLISH)).isEqualTo("every day at 01:00");
        assertThat(flow.nextRun()).isNotNull();
        assertThat(flow.nextRun().getZone().getId()).isEqualTo("Europe/London");
        assertThat(flow.nextRun().toLocalTime()).isEqualTo(LocalTime.of(1, 0));
        assertThat(flow.vmCount()).isEqualTo(1);
        assertThat(flow.lastRun()).isNull();
        assertThat(flow.successRate()).isNull();
        assertThat(service.preview(new ScheduleChoice.Weekdays(LocalTime.of(22, 30)), 5)).hasSize(5)
                .allSatisfy(t -> assertThat(t.getDayOfWeek().getValue()).isLessThanOrEqualTo(5))
                .extracting(ZonedDateTime::toLocalTime)
                .containsOnly(LocalTime.of(22, 30));
        assertThat(service.targets()).extracting(TargetChoice::name).containsExactly("pgtest1", "web-server-01");
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void a_five_field_cron_from_elsewhere_is_shown_as_a_schedule_that_cannot_run() {
        hub.flows.put("f2", ProtectionFixture.flow("f2", FlowTargetType.VM, PG, "0 1 * * *", true, Instant.now()));

        FlowOverview flow = service.flow("f2");

        assertThat(flow.schedulable()).isFalse();
        assertThat(flow.nextRun()).isNull();
        assertThat(flow.scheduleText(Locale.ENGLISH)).startsWith("schedule cannot run: The schedule has 5 fields");
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void run_now_records_a_manual_run_at_once_and_a_double_click_starts_nothing_twice() {
        hub.startGate = new CountDownLatch(1);

        ProtectionRun run = service.runNow("f1");
        assertThat(run.trigger()).isEqualTo(RunTrigger.MANUAL);
        assertThat(run.state()).isEqualTo(RunState.RUNNING);
        assertThat(run.startedBy()).isEqualTo("olga");
        assertThat(run.scheduledFor()).isNull();

        assertThatThrownBy(() -> service.runNow("f1")).isInstanceOf(RunRefusedException.class)
                .hasMessageStartingWith("Run #" + run.id() + " of this flow is still going (started ")
                .hasMessageContaining("by olga")
                .hasMessageEndingWith("nothing was started. Wait for it to end; its progress is on the flow's page.");
        hub.startGate.countDown();
        assertThat(service.runs("f1", 10)).hasSize(1);
        assertThat(service.recentRuns(10)).extracting(ProtectionRun::id).containsExactly(run.id());
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void a_new_or_disabled_flow_shows_in_the_vms_coverage_at_once_not_after_the_cache_expires() {
        String web = ProtectionFixture.context("web-server-01");
        assertThat(coverage.coverage().forVm(web)).hasValueSatisfying(vm -> assertThat(vm.notScheduled()).isTrue());

        FlowOverview created = service.create(new FlowForm("Nightly web", null, FlowTargetType.VM, web, REPO,
                new ScheduleChoice.Daily(LocalTime.of(2, 0)), true));
        assertThat(coverage.coverage().forVm(web)).hasValueSatisfying(vm -> assertThat(vm.notScheduled()).isFalse());

        service.setEnabled(List.of(created.flow().id()), false);
        assertThat(coverage.coverage().forVm(web)).hasValueSatisfying(vm -> assertThat(vm.notScheduled()).isTrue());
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void an_operator_creates_a_flow_that_the_hub_stores_with_a_schedule_and_disabled_as_asked() {
        FlowOverview created = service.create(new FlowForm("Nightly web", "desc", FlowTargetType.VM,
                ProtectionFixture.context("web-server-01"), REPO, new ScheduleChoice.Daily(LocalTime.of(2, 0)), false));

        assertThat(created.flow().enabled()).isFalse();
        assertThat(created.targetName()).isEqualTo("web-server-01");
        assertThat(hub.schedules.values()).singleElement()
                .satisfies(s -> assertThat(s.cron()).isEqualTo("0 0 2 * * *"));
        assertThat(created.flow().scheduleId()).isEqualTo(hub.schedules.values().iterator().next().id());
    }

    @Test
    @WithMockUser(username = "olga", roles = Roles.OPERATOR)
    void the_hubs_own_executions_are_listed_with_the_consoles_verdict() {
        Instant t = Instant.now().minusSeconds(3 * 86_400);
        hub.executions.put("f1", List.of(new FlowExecution("e1", "f1", FlowExecutionStatus.RUNNING, "manual", t, null,
                null, 0, 0, 0, 0, 1, 0, null, List.of(), "system", t)));

        assertThat(service.hubExecutions("f1")).singleElement()
                .satisfies(e -> assertThat(Messages.english(e.verdict())).startsWith("the hub never closed this run"));
    }

    @Test
    @WithMockUser(username = "mia", roles = Roles.MANAGER)
    void a_manager_reads_flows_and_runs_but_cannot_change_or_run_them() {
        assertThat(service.flows()).hasSize(1);
        assertThat(service.runs("f1", 5)).isEmpty();
        assertThat(service.hubExecutions("f1")).isEmpty();
        assertThatThrownBy(() -> service.runNow("f1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.create(form())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.update("f1", form())).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete("f1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.delete(List.of("f1"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.setEnabled(List.of("f1"), false)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.targets()).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.startRequests).isEmpty();
        assertThat(hub.flows.get("f1").enabled()).isTrue();
    }

    @Test
    @WithMockUser(username = "hank", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_sees_nothing_of_protection() {
        assertThatThrownBy(() -> service.flows()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.flow("f1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.runs("f1", 5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.run(1)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.recentRuns(5)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.hubExecutions("f1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.preview(new ScheduleChoice.Daily(LocalTime.NOON), 5))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.runNow("f1")).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> service.repositories()).isInstanceOf(AccessDeniedException.class);
    }

    @Test
    @WithMockUser(username = "ada", roles = Roles.ADMIN)
    void an_admin_changes_and_runs_flows() {
        assertThat(service.setEnabled(List.of("f1"), false).allSucceeded()).isTrue();
        assertThat(hub.flows.get("f1").enabled()).isFalse();
        assertThat(service.flow("f1").nextRun()).as("a disabled flow has no next run").isNull();
        assertThat(service.runNow("f1").startedBy()).as("disabling stops the schedule, not the operator")
                .isEqualTo("ada");
    }

    private static FlowForm form() {
        return new FlowForm("x", null, FlowTargetType.VM, PG, REPO, new ScheduleChoice.Daily(LocalTime.NOON), true);
    }
}
