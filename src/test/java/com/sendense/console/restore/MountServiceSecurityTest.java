package com.sendense.console.restore;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupId;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.MountId;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.users.Roles;
import java.time.Instant;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

/** The real Spring beans with method security: who may mount, list and unmount. */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
class MountServiceSecurityTest {

    static final BackupId SQL = new BackupId("backup-sql-prod-01-1759947000");
    static final BackupId WEB = new BackupId("backup-web-01-1759947000");

    @Autowired
    MountService mounts;
    @Autowired
    RestoreCatalog catalog;
    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;

    @BeforeEach
    void hub_with_two_vms() {
        hub.failWith(null);
        hub.vms.clear();
        hub.backups.clear();
        hub.hubMounts.clear();
        hub.mountFailures.clear();
        hub.loseMountAnswers.set(0);
        hub.mountCalls.set(0);
        hub.maxMounts = 8; // BrowseTestMounts raises it for browse tests sharing this fake
        hub.mountClock = java.time.Clock.systemUTC();
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        Instant t = Instant.now().minusSeconds(86_400);
        hub.backups.add(new Backup(SQL, "ctx-sql-prod-01-20251006-203401", "sql-prod-01", BackupType.FULL, "r", null,
                BackupStatus.COMPLETED, 1, 1, 1, null, "", 0, 100, null, t, t, t));
        hub.backups.add(new Backup(WEB, "ctx-web-01-20251006-203401", "web-01", BackupType.FULL, "r", null,
                BackupStatus.COMPLETED, 1, 1, 1, null, "", 0, 100, null, t, t, t));
        jdbc.sql("DELETE FROM restore_mount").update();
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void a_manager_may_list_mounts_but_not_mount_unmount_or_remount() {
        assertThat(mounts.activeMounts()).isEmpty();
        assertThat(mounts.slots().maxMounts()).isEqualTo(8);
        assertThatThrownBy(() -> mounts.mount("web-01", WEB, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mounts.mountInBackground("web-01", WEB, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mounts.unmount(new MountId("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> mounts.remount(new MountId("x"))).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.vms()).isInstanceOf(AccessDeniedException.class);
        assertThat(hub.mountCalls).hasValue(0);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_mounts_in_scope_and_is_refused_outside_it() {
        MountRecord web = mounts.mount("web-01", WEB, 0);
        assertThat(web.createdBy()).isEqualTo("helpdesk");

        assertThatThrownBy(() -> mounts.mount("sql-prod-01", SQL, 0)).isInstanceOf(AccessDeniedException.class);
        assertThatThrownBy(() -> catalog.recoveryPoints("sql-prod-01")).isInstanceOf(AccessDeniedException.class);
        assertThat(catalog.vm("sql-prod-01")).isEmpty();
        assertThat(catalog.vms()).extracting(v -> v.vmName()).containsExactly("web-01");
        assertThat(hub.hubMounts).hasSize(1);
    }

    @Test
    void nobody_signed_in_can_do_nothing() {
        assertThatThrownBy(() -> mounts.activeMounts()).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
        assertThatThrownBy(() -> mounts.mount("web-01", WEB, 0))
                .isInstanceOf(AuthenticationCredentialsNotFoundException.class);
    }
}
