package com.sendense.console.protection;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.NewRepository;
import com.sendense.console.hub.Repository;
import com.sendense.console.hub.RepositorySpec;
import com.sendense.console.hub.RepositoryTestResult;
import com.sendense.console.hub.RepositoryType;
import com.sendense.console.hub.StorageInfo;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import java.time.Instant;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.annotation.Import;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
@ExtendWith(OutputCaptureExtension.class)
class RepositoryAdminServiceTest {

    private static final String PASSWORD = "Tr0ub4dor&3-cifs";

    @Autowired
    FakeHubClient hub;
    @Autowired
    RepositoryAdminService repositories;
    @Autowired
    CurrentUser currentUser;

    @BeforeEach
    void hub_with_one_used_and_one_empty_repository() {
        hub.failWith(null);
        hub.repositories.clear();
        hub.backups.clear();
        hub.repositories.add(FakeHubClient.repository("repo-local-1", "Primary", 1000, 400));
        hub.repositories.add(empty("repo-local-2", "Spare"));
        hub.backups.add(FakeHubClient.completed("b-1", "web-01", BackupType.FULL, "repo-local-1",
                Instant.parse("2026-12-01T01:00:00Z"), 1));
    }

    @AfterEach
    void no_backups_left_for_other_tests() {
        hub.backups.clear();
    }

    @Test
    void lists_by_name_for_a_manager_too() {
        assertThat(repositories.repositories()).extracting(Repository::name).containsExactly("Primary", "Spare");
    }

    @Test
    void a_local_test_says_the_hub_wrote_to_the_path() {
        RepositoryConnectionCheck check = repositories.test(new RepositorySpec.Local("/backups/new"));

        assertThat(check.passed()).isTrue();
        assertThat(check.storageReached()).isTrue();
        assertThat(Messages.english(check.summary())).contains("wrote and removed a test file");
    }

    @Test
    void an_nfs_test_says_honestly_that_the_server_was_not_contacted() {
        RepositoryConnectionCheck check = repositories
                .test(new RepositorySpec.Nfs("nas.example", "/export/backups", "/mnt/nas", "4.1", ""));

        assertThat(check.passed()).isTrue();
        assertThat(check.storageReached()).isFalse();
        assertThat(Messages.english(check.summary())).contains("checked only that the fields are filled in")
                .contains("does not contact the NFS server");
    }

    @Test
    @HubFault("failed repository test answered 200")
    void a_failed_test_that_the_hub_answers_with_200_is_a_failure_with_its_details() {
        var service = new RepositoryAdminService(new FakeHubClient() {

            @Override
            public RepositoryTestResult testRepository(RepositorySpec spec) {
                return new RepositoryTestResult(false, "Repository test failed", "path is not writable: /root/backups");
            }
        }, currentUser);

        RepositoryConnectionCheck check = service.test(new RepositorySpec.Local("/root/backups"));

        assertThat(check.passed()).isFalse();
        assertThat(Messages.english(check.summary())).isEqualTo(
                "The hub refused this configuration: path is not writable: /root/backups. Correct it and test again.");
    }

    @Test
    void a_created_share_the_hub_could_not_mount_is_reported_as_such() {
        RepositoryCreation created = repositories.create(" NAS ",
                new RepositorySpec.Nfs("nas.example", "/export/backups", "/mnt/nas", "4.1", ""), false, 0);

        assertThat(created.listed()).isTrue();
        assertThat(created.repository().name()).isEqualTo("NAS");
        assertThat(created.storageReadable()).as("the fake, like the hub, has no storage_info for an unmounted share")
                .isFalse();
    }

    @Test
    void a_cifs_password_goes_to_the_hub_and_into_no_log(CapturedOutput output) {
        var sent = new java.util.concurrent.atomic.AtomicReference<NewRepository>();
        var service = new RepositoryAdminService(new FakeHubClient() {

            @Override
            public Repository createRepository(NewRepository r) {
                sent.set(r);
                return super.createRepository(r);
            }
        }, currentUser);

        service.create("Office share",
                new RepositorySpec.Cifs("files.example", "backups", "/mnt/cifs", "svc", PASSWORD, "CORP", ""), false,
                0);

        assertThat(((RepositorySpec.Cifs) sent.get().spec()).password()).isEqualTo(PASSWORD);
        assertThat(sent.get().toString()).doesNotContain(PASSWORD);
        assertThat(output.getAll()).contains("created CIFS repository").doesNotContain(PASSWORD);
    }

    @Test
    @BadInput("blank repository name")
    void a_blank_name_is_refused_before_the_hub() {
        assertThatThrownBy(() -> repositories.create("  ", new RepositorySpec.Local("/x"), false, 0))
                .hasMessage("Give the repository a name");
        assertThat(hub.repositories).hasSize(2);
    }

    @Test
    void a_repository_with_backups_in_the_history_is_refused_before_the_hub_is_asked() {
        Repository primary = hub.repositories.getFirst();

        assertThatThrownBy(() -> repositories.delete(primary)).isInstanceOf(RepositoryDeletionRefusedException.class)
                .hasMessageStartingWith("Primary has held 1 backup, so the hub will not delete it");
        assertThat(hub.repositories).contains(primary);
    }

    @Test
    void a_repository_whose_backups_were_deleted_is_still_refused_by_the_hubs_count() {
        hub.backups.clear();
        Repository primary = hub.repositories.getFirst();

        RepositoryDeletionCheck check = repositories.deletionCheck(primary);

        assertThat(check.backupsInHistory()).isZero();
        assertThat(check.refused()).isTrue();
        assertThat(Messages.english(check.refusal())).contains("The hub counts 3 backup records in Primary");
    }

    @Test
    void an_empty_repository_is_deleted() {
        repositories.delete(hub.repositories.get(1));

        assertThat(hub.repositories).extracting(Repository::name).containsExactly("Primary");
    }

    @Test
    @HubFault("repository that held a backup")
    void the_hubs_own_refusal_still_arrives_in_words() {
        var service = new RepositoryAdminService(new FakeHubClient() {

            @Override
            public void deleteRepository(String id) {
                throw new HubConflictException("deleteRepository", HubErrorCode.REPOSITORY_HAS_BACKUPS, 500,
                        "Failed to delete repository: repository " + id
                                + ": delete: cannot delete repository with 2 existing backups",
                        null);
            }
        }, currentUser);

        assertThatThrownBy(() -> service.delete(empty("repo-x", "X")))
                .isInstanceOfSatisfying(HubConflictException.class, e -> assertThat(HubErrorMessages.explain(e))
                        .contains("never deletes a repository that has held a backup"));
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    @BadInput("forged request across roles")
    void a_manager_cannot_create_test_refresh_or_delete() {
        assertThat(repositories.canChange()).isFalse();
        assertThatThrownBy(() -> repositories.create("X", new RepositorySpec.Local("/x"), false, 0))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repositories.test(new RepositorySpec.Local("/x")))
                .isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repositories.refreshStorage()).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> repositories.delete(hub.repositories.get(1)))
                .isInstanceOf(AccessDeniedException.class);
        assertThat(hub.repositories).hasSize(2);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    @BadInput("forged request across roles")
    void help_desk_cannot_list_repositories_here() {
        assertThatThrownBy(() -> repositories.repositories()).isInstanceOf(AccessDeniedException.class);
    }

    static Repository empty(String id, String name) {
        Instant t = Instant.parse("2026-11-01T00:00:00Z");
        return new Repository(id, name, RepositoryType.LOCAL, true, false, 0,
                new StorageInfo(500L << 30, 0, 500L << 30, 0, 0, t), t, t, Map.of("path", "/spare"));
    }
}
