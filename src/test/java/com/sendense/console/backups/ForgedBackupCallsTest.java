package com.sendense.console.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import java.util.function.Consumer;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.authentication.TestingAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.ActiveProfiles;

/**
 * Requests a browser could forge (a replayed RPC, a hand-made call) straight into the backup
 * services, bypassing every view: a role or a VM scope that may not do it is refused by the
 * service, and nothing reaches the hub.
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class ForgedBackupCallsTest {

    private static final BackupId SQL_BACKUP = new BackupId("backup-sql-prod-01-1759947000");

    @Autowired
    FakeHubClient hub;
    @Autowired
    BackupOperations operations;
    @Autowired
    BackupHistoryService history;

    /** A call made by {@code user} with {@code role} ({@code null}: nobody signed in). */
    record Forged(String user, String role, String what, Consumer<Services> call) {

        @Override
        public String toString() {
            return (user.isEmpty() ? "nobody signed in" : user) + " → " + what;
        }
    }

    record Services(BackupOperations operations, BackupHistoryService history) {}

    @BeforeEach
    void hub_with_vms_in_and_out_of_scope() {
        hub.failWith(null);
        hub.vms.clear();
        hub.resetBackups();
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), FakeHubClient.disk(0, 100));
    }

    @AfterEach
    void sign_out() {
        SecurityContextHolder.clearContext();
    }

    static Stream<Forged> acrossRoles() {
        BackupRequest web = new BackupRequest("web-01", BackupType.FULL, "repo-1");
        BackupRequest sql = new BackupRequest("sql-prod-01", BackupType.FULL, "repo-1");
        return Stream.of(new Forged("helpdesk", Roles.HELPDESK, "plan a backup", s -> s.operations().plan("web-01")),
                new Forged("helpdesk", Roles.HELPDESK, "ask for incremental",
                        s -> s.operations().incrementalOption("web-01", "repo-1")),
                new Forged("helpdesk", Roles.HELPDESK, "start a backup in scope", s -> s.operations().start(web)),
                new Forged("helpdesk", Roles.HELPDESK, "start a backup out of scope", s -> s.operations().start(sql)),
                new Forged("helpdesk", Roles.HELPDESK, "check a deletion", s -> s.history().checkDeletion(SQL_BACKUP)),
                new Forged("helpdesk", Roles.HELPDESK, "delete a backup", s -> s.history().delete(SQL_BACKUP)),
                new Forged("manager", Roles.MANAGER, "plan a backup", s -> s.operations().plan("web-01")),
                new Forged("manager", Roles.MANAGER, "start a backup", s -> s.operations().start(web)),
                new Forged("manager", Roles.MANAGER, "check a deletion", s -> s.history().checkDeletion(SQL_BACKUP)),
                new Forged("manager", Roles.MANAGER, "delete a backup", s -> s.history().delete(SQL_BACKUP)),
                new Forged("", "", "start a backup", s -> s.operations().start(web)),
                new Forged("", "", "delete a backup", s -> s.history().delete(SQL_BACKUP)),
                new Forged("", "", "read the history", s -> s.history().history()));
    }

    @BadInput("forged request across roles")
    @ParameterizedTest(name = "{0}")
    @MethodSource("acrossRoles")
    void a_service_call_the_role_may_not_make_is_refused_before_the_hub(Forged forged) {
        signIn(forged);

        Throwable refused = catchThrowable(() -> forged.call().accept(new Services(operations, history)));

        assertThat(refused).isInstanceOfAny(AccessDeniedException.class,
                AuthenticationCredentialsNotFoundException.class);
        assertThat(hub.startRequests).isEmpty();
        assertThat(hub.deletedBackups).isEmpty();
    }

    static Stream<Forged> acrossScopes() {
        return Stream.of(
                new Forged("helpdesk", Roles.HELPDESK, "history of a VM out of scope",
                        s -> assertThat(s.history().vmHistory("sql-prod-01")).isEmpty()),
                new Forged("helpdesk", Roles.HELPDESK, "chain of a VM out of scope",
                        s -> assertThat(s.history().chain("sql-prod-01")).isEmpty()),
                new Forged("helpdesk", Roles.HELPDESK, "VM names out of scope",
                        s -> assertThat(s.history().vmNames()).doesNotContain("sql-prod-01")));
    }

    @BadInput("forged request across scopes")
    @ParameterizedTest(name = "{0}")
    @MethodSource("acrossScopes")
    void a_vm_outside_the_help_desk_scope_looks_like_one_that_does_not_exist(Forged forged) {
        signIn(forged);

        forged.call().accept(new Services(operations, history));

        assertThat(hub.startRequests).isEmpty();
    }

    private static void signIn(Forged forged) {
        if (!forged.user().isEmpty()) {
            var auth = new TestingAuthenticationToken(forged.user(), "n/a", "ROLE_" + forged.role());
            auth.setAuthenticated(true);
            SecurityContextHolder.getContext().setAuthentication(auth);
        }
    }
}
