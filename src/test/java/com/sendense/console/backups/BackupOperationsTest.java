package com.sendense.console.backups;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.Repository;
import com.sendense.console.live.TestLive;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import java.time.Instant;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.ApplicationContext;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class BackupOperationsTest {

    static final Instant T = Instant.parse("2026-11-20T10:00:00Z");

    @Autowired
    FakeHubClient hub;
    @Autowired
    BackupOperations operations;
    @Autowired
    ApplicationContext context;

    @BeforeEach
    void world() {
        hub.failWith(null);
        hub.resetBackups();
        TestLive.pollOnce(context); // jobs of earlier tests are gone now
        hub.vms.clear();
        hub.repositories.clear();
        hub.withVm(FakeHubClient.vm("ops-vm", "linux", PowerState.ON), FakeHubClient.disk(0, 40),
                FakeHubClient.disk(1, 60));
        hub.repositories.add(FakeHubClient.repository("repo-z", "Zurich offsite", 1000, 50));
        hub.repositories.add(FakeHubClient.repository("repo-a", "Archive", 1000, 800));
    }

    @Test
    void plan_lists_repositories_by_name_the_disks_and_nothing_running() {
        StartPlan plan = operations.plan("ops-vm");

        assertThat(plan.repositories()).extracting(Repository::name).containsExactly("Archive", "Zurich offsite");
        assertThat(plan.totalDiskBytes()).isEqualTo(100L << 30);
        assertThat(plan.running()).isNull();
        assertThat(plan.blocker()).isEmpty();
        assertThat(plan.mayNotFit(plan.repositories().get(1))).as("50 GB free for 100 GB of disks").isTrue();
        assertThat(plan.mayNotFit(plan.repositories().get(0))).isFalse();
    }

    @Test
    void the_last_repository_chosen_is_remembered_per_user() throws Exception {
        assertThat(operations.plan("ops-vm").preselected()).get().extracting(Repository::id).isEqualTo("repo-a");

        operations.start(new BackupRequest("ops-vm", BackupType.FULL, "repo-z")).get(5, TimeUnit.SECONDS);

        StartPlan again = operations.plan("ops-vm");
        assertThat(again.rememberedRepositoryId()).isEqualTo("repo-z");
        assertThat(again.preselected()).get().extracting(Repository::id).isEqualTo("repo-z");
        assertThat(again.running()).as("the new backup is known as running").isNotNull();
    }

    @Test
    @WithMockUser(username = "admin", roles = Roles.ADMIN)
    void each_user_has_their_own_remembered_repository() {
        assertThat(operations.plan("ops-vm").rememberedRepositoryId()).isNotEqualTo("repo-z");
    }

    @Test
    void incremental_is_offered_only_after_a_completed_backup_in_that_repository() {
        assertThat(operations.incrementalOption("ops-vm", "repo-a").possible()).isFalse();
        hub.backups.add(FakeHubClient.completed("backup-ops-vm-1", "ops-vm", BackupType.FULL, "repo-z", T, 1L << 30));
        hub.backups.add(FakeHubClient.completed("backup-ops-vm-2", "ops-vm", BackupType.FULL, "repo-a",
                T.plusSeconds(60), 1L << 30));
        hub.backups.addFirst(FakeHubClient.completed("backup-ops-vm-3", "ops-vm", BackupType.INCREMENTAL, "repo-z",
                T.plusSeconds(120), 1L << 20));

        IncrementalOption z = operations.incrementalOption("ops-vm", "repo-z");
        assertThat(z.possible()).isTrue();
        assertThat(z.completedBackups()).isEqualTo(2);
        assertThat(z.chainsTo()).isNotNull().extracting(b -> b.id().value()).isEqualTo("backup-ops-vm-3");
        assertThat(operations.incrementalOption("ops-vm", "repo-a").chainsTo().id().value())
                .isEqualTo("backup-ops-vm-2");
    }

    @Test
    void a_vm_without_credentials_or_disks_is_blocked_before_the_hub_is_asked() {
        hub.withVm(
                new com.sendense.console.hub.VmContext("ctx-x", "no-cred", "", "", "", "", "discovered", null, null,
                        null, null, null, T, T, null, true, true, null, java.util.List.of()),
                FakeHubClient.disk(0, 10));
        hub.withVm(FakeHubClient.vm("no-disks", "linux", PowerState.ON));

        assertThat(operations.plan("no-cred").blocker()).contains(StartPlan.Blocker.NO_CREDENTIAL);
        assertThat(operations.plan("no-disks").blocker()).contains(StartPlan.Blocker.NO_DISKS);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_cannot_start_a_backup_even_by_calling_the_service() {
        assertThatThrownBy(() -> operations.start(new BackupRequest("ops-vm", BackupType.FULL, "repo-a")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> operations.plan("ops-vm")).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.startRequests).isEmpty();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_may_watch_jobs_but_not_start_them() {
        hub.backups.add(
                FakeHubClient.backup("backup-ops-vm-9", "ops-vm", BackupType.FULL, "repo-a", BackupStatus.RUNNING, T));

        assertThatThrownBy(() -> operations.start(new BackupRequest("ops-vm", BackupType.FULL, "repo-a")))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(operations.job(hub.backups.getFirst().id())).isPresent();
        assertThat(hub.startRequests).isEmpty();
    }
}
