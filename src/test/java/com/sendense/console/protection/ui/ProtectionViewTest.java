package com.sendense.console.protection.ui;

import static com.sendense.console.testsupport.GridCells.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.BulkOutcome;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.RunRefusedException;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.ui.FlowFilter.LastResult;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.router.HasErrorParameter;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class ProtectionViewTest extends ProtectionViewsTestBase {

    @Test
    void lists_every_flow_with_target_schedule_last_and_next_run() {
        ProtectionView view = navigate(ProtectionView.class);

        assertThat(rows(view)).containsExactly(nightly, single, broken);
        assertThat(view.summary.getText()).isEqualTo("3 flows");
        var target = test(view.grid).getCellComponent(0, "target");
        assertThat(target.getElement().getTextRecursively()).as("a word, not only an icon")
                .contains("Group:")
                .contains("Web servers");
        assertThat(test(view.grid).getCellComponent(1, "target").getElement().getTextRecursively()).contains("VM:");
        assertThat(test(view.grid).getCellComponent(0, "schedule").getElement().getTextRecursively())
                .isEqualTo("every day at 01:00");
        var last = test(view.grid).getCellComponent(0, "last").getElement().getTextRecursively();
        assertThat(last).contains("Partly failed")
                .contains("1 h ago")
                .contains("2 backups started, 1 failed, 1 skipped");
        assertThat(test(view.grid).getCellComponent(1, "last").getElement().getTextRecursively())
                .isEqualTo("never run");
        assertThat(text(view.grid, nightly, "next")).as("relative, then absolute in the hub's zone")
                .matches("in \\d+ h \\d+ min \\(.*2026.*\\)");
        assertThat(text(view.grid, broken, "next")).isEqualTo("—");
        assertThat(test(view.grid).getCellText(0, col(view, "rate"))).isEqualTo("75 %");
        assertThat(test(view.grid).getCellText(1, col(view, "rate"))).isEqualTo("—");
    }

    @Test
    void a_schedule_that_cannot_run_says_so_in_words() {
        ProtectionView view = navigate(ProtectionView.class);

        var cell = test(view.grid).getCellComponent(2, "schedule");
        assertThat(cell.getElement().getTextRecursively()).startsWith("schedule cannot run:").contains("5 fields");
        assertThat(test(view.grid).getCellComponent(2, "enabled").getElement().getTextRecursively())
                .isEqualTo("Disabled");
    }

    @Test
    void filters_narrow_the_list_and_go_into_the_url() {
        ProtectionView view = navigate(ProtectionView.class);

        view.filters.target.setValue(FlowTargetType.VM);
        assertThat(rows(view)).containsExactly(single, broken);
        view.filters.enabled.setValue(true);
        assertThat(rows(view)).containsExactly(single);
        assertThat(view.summary.getText()).isEqualTo("1 of 3 flows");
        assertThat(view.location().getPathWithQueryParameters()).isEqualTo("protection?enabled=yes&target=vm");

        view.filters.clear.click();
        view.filters.result.setValue(LastResult.PARTLY_FAILED);
        assertThat(rows(view)).containsExactly(nightly);
        view.filters.result.setValue(LastResult.NEVER_RUN);
        assertThat(rows(view)).containsExactly(single, broken);
        view.filters.result.clear();
        view.filters.text.setValue("SQL-PROD");
        assertThat(rows(view)).as("matches the target's name, any case").containsExactly(single);
    }

    @Test
    void a_link_with_filters_reopens_the_same_list() {
        var view = (ProtectionView) open("protection?q=nightly&result=partly_failed&target=group&enabled=yes");

        assertThat(view.filters.text.getValue()).isEqualTo("nightly");
        assertThat(view.filters.result.getValue()).isEqualTo(LastResult.PARTLY_FAILED);
        assertThat(rows(view)).containsExactly(nightly);
    }

    @Test
    @BadInput("bad url parameter")
    void hand_edited_filter_values_are_ignored_not_an_error() {
        var view = (ProtectionView) open("protection?enabled=maybe&result=%3Cb%3E&target=unknown");

        assertThat(view.filters.filter()).isEqualTo(FlowFilter.ALL);
        assertThat(rows(view)).hasSize(3);
    }

    @Test
    void bulk_delete_asks_naming_the_count_opens_on_cancel_and_says_running_backups_go_on() {
        when(service.delete(any(java.util.Collection.class))).thenReturn(new BulkOutcome(2, 2, List.of()));
        ProtectionView view = navigate(ProtectionView.class);
        assertThat(view.bulk.delete.isEnabled()).isFalse();

        view.grid.select(nightly);
        view.grid.select(single);
        assertThat(view.bulk.selected.getText()).isEqualTo("2 flows selected");
        test(view.bulk.delete).click();

        var dialog = (BulkConfirmDialog) find(ConfirmDialog.class).single();
        assertThat(dialog.getElement().getProperty("header")).isEqualTo("Delete 2 protection flows?");
        assertThat(String.join(" ", dialog.paragraphs)).contains("Backups they already started go on");
        assertThat(dialog.getElement().getAttribute(SafeChoice.ATTRIBUTE)).isEqualTo("cancel");
        test(dialog).confirm();

        verify(service).delete(List.of("flow-nightly", "flow-sql"));
        assertThat(notificationTexts()).anyMatch(t -> t.contains("2 flows deleted."));
    }

    @Test
    void a_bulk_change_the_hub_did_only_in_part_says_which_flows_were_not_changed() {
        when(service.setEnabled(any(), org.mockito.ArgumentMatchers.eq(false))).thenReturn(new BulkOutcome(2, 1,
                List.of(Text.of("protection.flowError.hubSaid", "SQL hourly: the hub does not know this flow."))));
        ProtectionView view = navigate(ProtectionView.class);
        view.grid.select(nightly);
        view.grid.select(single);

        test(view.bulk.disable).click();
        var dialog = (BulkConfirmDialog) find(ConfirmDialog.class).single();
        assertThat(String.join(" ", dialog.paragraphs)).contains("Backups they already started go on");
        test(dialog).confirm();

        assertThat(notificationTexts()).anyMatch(
                t -> t.contains("1 of 2 flows disabled") && t.contains("SQL hourly: the hub does not know this flow."));
    }

    @Test
    void cancelling_a_bulk_change_changes_nothing() {
        ProtectionView view = navigate(ProtectionView.class);
        view.grid.select(nightly);

        test(view.bulk.enable).click();
        test((ConfirmDialog) find(ConfirmDialog.class).single()).cancel();

        verify(service, never()).setEnabled(any(), org.mockito.ArgumentMatchers.anyBoolean());
    }

    @Test
    void run_now_on_a_row_starts_a_run_and_shows_it_as_running() {
        var running = run(8, "flow-sql", "SQL hourly", RunState.RUNNING, clock.instant(), List.of());
        when(service.runNow("flow-sql")).thenAnswer(i -> {
            flows.set(1, overview(single.flow(), "sql-prod-01", single.schedule(), running, null, 1));
            return running;
        });
        ProtectionView view = navigate(ProtectionView.class);

        ((Button) test(view.grid).getCellComponent(1, "run")).click();

        verify(service).runNow("flow-sql");
        assertThat(notificationTexts()).anyMatch(t -> t.contains("Run of \u201cSQL hourly\u201d started"));
        assertThat(test(view.grid).getCellComponent(1, "last").getElement().getTextRecursively()).contains("Running");
    }

    @Test
    void run_now_refused_while_the_previous_run_goes_on_says_why() {
        when(service.runNow("flow-nightly")).thenThrow(new RunRefusedException(
                Text.of("protection.flowError.hubSaid", "Its previous run, started at 09:00, is still going.")));
        ProtectionView view = navigate(ProtectionView.class);

        ((Button) test(view.grid).getCellComponent(0, "run")).click();

        assertThat(notificationTexts()).anyMatch(t -> t.contains("previous run, started at 09:00, is still going"));
    }

    @Test
    @HubFault("hub down")
    void a_hub_that_cannot_be_reached_is_said_with_a_way_to_try_again() {
        when(service.flows()).thenThrow(hubDown());
        ProtectionView view = navigate(ProtectionView.class);

        assertThat(view.emptyState.getElement().getTextRecursively()).contains("The flows could not be read")
                .contains("The hub cannot be reached");
        org.mockito.Mockito.doAnswer(i -> List.copyOf(flows)).when(service).flows();
        test(find(Button.class, view.emptyState).withText("Try again").single()).click();
        assertThat(rows(view)).hasSize(3);
    }

    @Test
    @WithMockUser(username = "manager", roles = Roles.MANAGER)
    void managers_see_every_flow_but_cannot_change_or_run_one() {
        ProtectionView view = navigate(ProtectionView.class);

        assertThat(rows(view)).hasSize(3);
        assertThat(view.newFlow.isEnabled()).isFalse();
        assertThat(view.newFlow.getTooltip().getText()).contains("Managers see flows but cannot change them");
        assertThat(view.bulk.isVisible()).isFalse();
        assertThat(view.grid.getSelectionModel())
                .isInstanceOf(com.vaadin.flow.component.grid.GridNoneSelectionModel.class);
        var run = (Button) test(view.grid).getCellComponent(0, "run");
        assertThat(run.isEnabled()).isFalse();
        assertThat(run.getTooltip().getText()).contains("cannot run them");
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_cannot_open_the_page() {
        assertThatThrownBy(() -> navigate(ProtectionView.class)).isInstanceOf(IllegalArgumentException.class);
        assertThat(getCurrentView()).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(ProtectionView.class);
        open("protection/flow-nightly");
        assertThat(getCurrentView()).isInstanceOf(HasErrorParameter.class).isNotInstanceOf(FlowView.class);
    }

    @Test
    @WithMockUser(username = "helpdesk", roles = Roles.HELPDESK)
    void help_desk_has_no_protection_menu_entry() {
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .noneMatch(e -> e.path().startsWith("/protection"));
    }

    @Test
    void operators_have_a_protection_menu_entry() {
        assertThat(com.vaadin.flow.server.menu.MenuConfiguration.getMenuEntries())
                .anyMatch(e -> e.path().equals("/protection") && e.title().equals("Protection"));
    }

    private static List<FlowOverview> rows(ProtectionView view) {
        return view.grid.getGenericDataView().getItems().toList();
    }

    private static int col(ProtectionView view, String key) {
        return view.grid.getColumns().indexOf(view.grid.getColumnByKey(key));
    }
}
