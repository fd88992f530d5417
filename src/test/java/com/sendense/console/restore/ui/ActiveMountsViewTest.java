package com.sendense.console.restore.ui;

import static com.sendense.console.restore.ui.RestoreUiTestSupport.PG_FULL;
import static com.sendense.console.restore.ui.RestoreUiTestSupport.SQL_FULL;
import static org.assertj.core.api.Assertions.assertThat;

import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.CountdownBadge;
import com.sendense.console.hub.HubConflictException;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.live.LiveTestSupport;
import com.sendense.console.live.LiveUpdates;
import com.sendense.console.live.MountsSnapshot;
import com.sendense.console.restore.MountRecord;
import com.sendense.console.restore.MountService;
import com.sendense.console.restore.MountUsage;
import com.sendense.console.testsupport.FakeHubClient;
import com.sendense.console.testsupport.FakeHubConfiguration;
import com.sendense.console.testsupport.MutableClock;
import com.sendense.console.users.Roles;
import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.internal.MockVaadin;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.notification.Notification;
import com.vaadin.flow.shared.Registration;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.test.context.support.WithMockUser;
import org.springframework.test.context.ActiveProfiles;

@SpringBootTest(properties = "console.demo-users=true")
@ActiveProfiles("test")
@Import(FakeHubConfiguration.class)
@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class ActiveMountsViewTest extends SpringBrowserlessTest {

    @Autowired
    FakeHubClient hub;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MountService mounts;
    @Autowired
    MountUsage usage;
    @Autowired
    LiveUpdates live;
    private final MutableClock clock = new MutableClock(Instant.now().truncatedTo(ChronoUnit.SECONDS));
    private Registration someoneBrowsing = () -> {};

    @BeforeEach
    void two_mounts_one_made_elsewhere() {
        RestoreUiTestSupport.world(hub, clock, jdbc);
    }

    @AfterEach
    void stop_browsing() {
        someoneBrowsing.remove();
    }

    @Test
    void lists_every_mount_with_vm_point_disk_device_time_left_and_who_opened_it() {
        mounts.mount("pgtest1", PG_FULL, 1);
        hub.addForeignMount("backup-fs01-1", 0);

        ActiveMountsView view = navigate(ActiveMountsView.class);

        var grid = test(view.grid);
        assertThat(grid.size()).isEqualTo(2);
        int known = grid.getRow(0).knownToConsole() ? 0 : 1;
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(known), "vm"))
                .isEqualTo("pgtest1");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(known), "point"))
                .endsWith("· Full");
        assertThat(grid.getCellText(known, grid.getColumnPosition("disk"))).isEqualTo("Disk 1 · 5.0 GB");
        assertThat(grid.getCellText(known, grid.getColumnPosition("fs"))).matches("ntfs · /dev/nbd\\d");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(known), "by"))
                .isEqualTo("operator");
        assertThat(((CountdownBadge) grid.getCellComponent(known, "left")).getText()).endsWith("min left");
        int foreign = 1 - known;
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(foreign), "vm"))
                .isEqualTo("Unknown");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(foreign), "point"))
                .contains("mounted outside this console");
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, grid.getRow(foreign), "by"))
                .isEqualTo("outside this console");
        assertThat(view.slots.getText()).isEqualTo("2 of 8 restore slots in use");
    }

    @Test
    void unmount_frees_the_slot_at_once() {
        mounts.mount("sql-prod-01", SQL_FULL, 0);
        ActiveMountsView view = navigate(ActiveMountsView.class);

        test(rowButton(view, "Unmount")).click();

        assertThat(hub.hubMounts).isEmpty();
        assertThat(test(view.grid).size()).isZero();
        assertThat(view.slots.getText()).isEqualTo("0 of 8 restore slots in use");
    }

    @Test
    void unmounting_a_mount_someone_is_browsing_asks_first() {
        MountRecord m = mounts.mount("sql-prod-01", SQL_FULL, 0);
        someoneBrowsing = usage.use(m.mountId(), "other-session/ui-1");
        ActiveMountsView view = navigate(ActiveMountsView.class);
        assertThat(com.sendense.console.testsupport.GridCells.text(view.grid, test(view.grid).getRow(0), "by"))
                .isEqualTo("operator · browsing: operator");

        test(rowButton(view, "Unmount")).click();

        ConfirmDialog dialog = find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("message")).contains("is browsing this mount right now");
        assertThat(dialog.getElement().getAttribute(SafeChoice.ATTRIBUTE)).as("opens on the safe choice")
                .isEqualTo("cancel");
        assertThat(hub.hubMounts).as("nothing happens before confirming").hasSize(1);
        test(dialog).confirm();
        assertThat(hub.hubMounts).isEmpty();
    }

    @Test
    void browse_opens_the_file_browser_at_the_mount_root() {
        MountRecord m = mounts.mount("sql-prod-01", SQL_FULL, 0);
        ActiveMountsView view = navigate(ActiveMountsView.class);

        test(rowButton(view, "Browse")).click();

        // The file browser then opens the largest data partition of the mount by itself.
        assertThat(RestoreUiTestSupport.currentPath()).startsWith("restore/" + m.mountId().value() + "/files");
    }

    @Test
    void remount_replaces_an_expired_mount_in_the_background_and_says_so() {
        clock.set(Instant.now().minus(Duration.ofMinutes(61)));
        MountRecord old = mounts.mount("sql-prod-01", SQL_FULL, 0);
        clock.set(Instant.now());
        ActiveMountsView view = navigate(ActiveMountsView.class);
        Button remount = rowButton(view, "Remount");

        test(remount).click();
        RestoreUiTestSupport.finish(view.pending);

        assertThat(hub.hubMounts).hasSize(1);
        assertThat(hub.hubMounts.getFirst().id()).isNotEqualTo(old.mountId());
        assertThat(test(view.grid).getRow(0).mountId()).isEqualTo(hub.hubMounts.getFirst().id());
        assertThat(rowButton(view, "Browse").isEnabled()).isTrue();
        assertThat(find(Notification.class).all()).anySatisfy(
                n -> assertThat(n.getElement().getProperty("text")).contains("sql-prod-01 again for a new hour"));
    }

    @Test
    void a_failed_remount_is_explained_and_the_list_shows_what_the_hub_has() {
        clock.set(Instant.now().minus(Duration.ofMinutes(61)));
        mounts.mount("sql-prod-01", SQL_FULL, 0);
        clock.set(Instant.now());
        ActiveMountsView view = navigate(ActiveMountsView.class);
        hub.mountFailures.add(new HubConflictException("mount", HubErrorCode.MOUNT_LIMIT_REACHED, 500,
                "maximum concurrent mounts reached (8/8)", null));

        test(rowButton(view, "Remount")).click();
        RestoreUiTestSupport.finish(view.pending);

        assertThat(find(Notification.class).all())
                .anySatisfy(n -> assertThat(n.getElement().getTextRecursively()).contains("All 8 restore slots"));
        // The expired mount was unmounted before the new mount was refused: nothing is listed.
        assertThat(test(view.grid).size()).isZero();
    }

    @Test
    void refreshes_when_the_shared_poller_sees_the_mounts_change() {
        ActiveMountsView view = navigate(ActiveMountsView.class);
        assertThat(test(view.grid).size()).isZero();
        hub.addForeignMount("backup-fs01-1", 0);

        LiveTestSupport.publishMounts(live, new MountsSnapshot(hub.mounts(), hub.restoreResources(), clock.instant()));
        MockVaadin.clientRoundtrip();

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.slots.getText()).isEqualTo("1 of 8 restore slots in use");
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_sees_only_mounts_of_vms_in_scope() {
        hub.addForeignMount("backup-fs01-1", 0);
        mounts.mount("web-01", RestoreUiTestSupport.WEB_FULL, 0);

        ActiveMountsView view = navigate(ActiveMountsView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(test(view.grid).getRow(0).vmName()).isEqualTo("web-01");
        assertThat(view.slots.getText()).as("the hub's capacity counts every mount")
                .isEqualTo("2 of 8 restore slots in use");
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_see_the_mounts_but_cannot_unmount_or_browse() {
        hub.addForeignMount("backup-fs01-1", 0);

        ActiveMountsView view = navigate(ActiveMountsView.class);

        assertThat(test(view.grid).size()).isEqualTo(1);
        assertThat(view.grid.getColumnByKey("actions")).isNull();
        assertThat(find(Div.class, view.grid).withClassName("mount-actions").all()).isEmpty();
    }

    private Button rowButton(ActiveMountsView view, String text) {
        var actions = (Div) test(view.grid).getCellComponent(0, "actions");
        return actions.getChildren()
                .filter(c -> c instanceof Button b && b.getText().equals(text))
                .map(Button.class::cast)
                .findFirst()
                .orElseThrow();
    }
}
