package com.sendense.console.protection;

import static com.sendense.console.protection.CoverageFixtures.group;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import com.sendense.console.hub.HubZone;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.PowerState;
import com.sendense.console.hub.VmContext;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.CurrentUser;
import com.sendense.console.users.VmScope;
import java.time.Instant;
import java.time.ZoneId;
import org.junit.jupiter.api.BeforeEach;

/** Three VMs (two of them in "Databases") on a fake hub, and the coverage service over it in London. */
abstract class CoverageTestBase {

    static final ZoneId LONDON = ZoneId.of("Europe/London");

    final FakeHubClient hub = new FakeHubClient();
    final CurrentUser user = mock(CurrentUser.class);
    // Thursday 9 October 2025, 13:00 in London (BST)
    final MutableClock clock = new MutableClock(Instant.parse("2025-10-09T12:00:00Z"));
    final VmContext web = FakeHubClient.vm("web-01", "linux", PowerState.ON);
    final VmContext sql = FakeHubClient.vm("sql-prod-01", "windows", PowerState.ON);
    final VmContext pg = FakeHubClient.vm("pgtest1", "linux", PowerState.ON);
    final MachineGroup databases = group("Databases", sql, pg);
    ProtectionCoverage coverage;

    @BeforeEach
    void hub() {
        when(user.vmScope()).thenReturn(VmScope.ALL);
        hub.withVm(web).withVm(sql).withVm(pg);
        coverage = new ProtectionCoverage(hub, user, clock, new HubZone(LONDON));
    }
}
