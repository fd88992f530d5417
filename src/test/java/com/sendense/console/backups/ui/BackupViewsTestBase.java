package com.sendense.console.backups.ui;

import static com.sendense.console.backups.TestBackups.LOCAL;
import static com.sendense.console.backups.TestBackups.NFS;
import static com.sendense.console.backups.TestBackups.completed;
import static com.sendense.console.backups.TestBackups.failed;
import static com.sendense.console.backups.TestBackups.repository;
import static com.sendense.console.backups.TestBackups.running;
import static com.sendense.console.hub.BackupType.FULL;
import static com.sendense.console.hub.BackupType.INCREMENTAL;

import com.sendense.console.backups.BackupHistoryService;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.vaadin.browserless.SpringBrowserlessTest;
import java.util.List;
import org.junit.jupiter.api.BeforeEach;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.test.context.ActiveProfiles;

/**
 * A hub with three VMs and a small history, shared by the backup view tests (one Spring context
 * with every other browserless test).
 */
@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
abstract class BackupViewsTestBase extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;

    @Autowired
    BackupHistoryService service;

    final Backup pgFull = completed("pgtest1", LOCAL, FULL, "2025-10-05T00:00:00Z", 40, 100L << 30);
    final Backup pgInc1 = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-06T00:00:00Z", 2, 55L << 20);
    final Backup pgInc2 = completed("pgtest1", LOCAL, INCREMENTAL, "2025-10-07T00:00:00Z", 3, 70L << 20);
    final Backup webFull = completed("web-01", NFS, FULL, "2025-10-07T21:30:00Z", 10, 30L << 30);
    final Backup webFailed = failed("web-01", NFS, INCREMENTAL, "2025-10-08T21:30:00Z",
            "NBD read failed, \"disk-2000\"\nretry 3/3");
    final Backup sqlRunning = running("sql-prod-01", LOCAL, FULL, "2025-10-09T11:50:00Z");

    /** Opens an address with its query, as a link or reload would. */
    com.vaadin.flow.component.HasElement open(String address) {
        int q = address.indexOf('?');
        com.vaadin.flow.component.UI.getCurrent()
                .navigate(q < 0 ? address : address.substring(0, q),
                        com.vaadin.flow.router.QueryParameters.fromString(q < 0 ? "" : address.substring(q + 1)));
        return getCurrentView();
    }

    @BeforeEach
    void hubWithHistory() {
        hub.failWith(null);
        hub.failBackupsFor = null;
        hub.vms.clear();
        hub.repositories.clear();
        hub.resetBackups();
        hub.mounts.clear();
        hub.hubMounts.clear();
        hub.backupQueries.clear();
        hub.deletedBackups.clear();
        hub.withVm(FakeHubClient.vm("pgtest1", "linux", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.withVm(FakeHubClient.vm("web-01", "linux", PowerState.ON), FakeHubClient.disk(0, 30));
        hub.withVm(FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON), FakeHubClient.disk(0, 100));
        hub.repositories.addAll(List.of(repository(LOCAL, "Primary Local"), repository(NFS, "NAS Offsite")));
        hub.backups.addAll(List.of(pgFull, pgInc1, pgInc2, webFull, webFailed, sqlRunning));
        service.refresh();
        hub.backupQueries.clear();
    }
}
