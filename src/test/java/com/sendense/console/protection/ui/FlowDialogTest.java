package com.sendense.console.protection.ui;

import static org.assertj.core.api.Assertions.assertThat;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import com.sendense.console.backups.TestBackups;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.FlowForm;
import com.sendense.console.protection.FlowValidationException;
import com.sendense.console.protection.ScheduleChoice;
import com.sendense.console.protection.TargetChoice;
import com.sendense.console.users.Roles;
import com.sendense.reliability.BadInput;
import com.sendense.reliability.HubFault;
import com.vaadin.flow.component.dialog.Dialog;
import java.time.LocalTime;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;
import org.springframework.security.test.context.support.WithMockUser;

@WithMockUser(username = "operator", roles = Roles.OPERATOR)
class FlowDialogTest extends ProtectionViewsTestBase {

    private FlowDialog openNew() {
        ProtectionView view = navigate(ProtectionView.class);
        test(view.newFlow).click();
        return (FlowDialog) find(Dialog.class).single();
    }

    private void fill(FlowDialog d) {
        d.name.setValue("Nightly SQL");
        d.target.setValue(new TargetChoice(FlowTargetType.VM, "ctx-sql", "sql-prod-01", 1));
        d.repository.setValue(d.repository.getListDataView().getItem(1));
    }

    @Test
    void creates_a_flow_from_the_form_and_lists_it() {
        when(service.create(any())).thenAnswer(i -> {
            flows.add(single);
            return single;
        });
        FlowDialog d = openNew();
        fill(d);
        d.description.setValue("Before the backup window closes");
        d.schedule.kind.setValue(ScheduleEditor.Kind.WEEKDAYS);
        d.schedule.at.setValue(LocalTime.of(22, 30));
        d.enabled.setValue(false);

        test(d.save).click();

        var form = ArgumentCaptor.forClass(FlowForm.class);
        verify(service).create(form.capture());
        assertThat(form.getValue())
                .isEqualTo(new FlowForm("Nightly SQL", "Before the backup window closes", FlowTargetType.VM, "ctx-sql",
                        TestBackups.NFS, new ScheduleChoice.Weekdays(LocalTime.of(22, 30)), false));
        assertThat(d.isOpened()).isFalse();
    }

    @Test
    void missing_input_is_said_in_words_and_nothing_is_sent() {
        FlowDialog d = openNew();
        d.name.setValue("   ");

        test(d.save).click();

        assertThat(d.name.getErrorMessage()).isEqualTo("The name cannot be only spaces.");
        assertThat(d.target.getErrorMessage()).isEqualTo("Choose the VM or group this flow backs up.");
        assertThat(d.repository.getErrorMessage()).isEqualTo("Choose the repository the backups go to.");
        verify(service, never()).create(any());
        assertThat(d.isOpened()).isTrue();
    }

    @Test
    @BadInput("unicode and long names")
    void a_name_longer_than_the_hub_takes_is_refused_before_sending() {
        FlowDialog d = openNew();
        fill(d);
        d.name.setValue("x".repeat(256));

        test(d.save).click();

        assertThat(d.name.getErrorMessage()).isEqualTo("The hub takes at most 255 characters.");
        verify(service, never()).create(any());
    }

    @Test
    void the_schedule_editor_shows_the_choice_in_words_and_the_next_five_runs_in_the_hub_zone() {
        FlowDialog d = openNew();

        d.schedule.kind.setValue(ScheduleEditor.Kind.EVERY_HOURS);
        d.schedule.hours.setValue(6);
        d.schedule.minute.setValue(30);

        assertThat(d.schedule.getValue()).isEqualTo(new ScheduleChoice.EveryHours(6, 30));
        assertThat(d.schedule.words.getText()).isEqualTo("Runs every 6 hours, at 30 min past the hour.");
        assertThat(d.schedule.zoneNote.getText()).contains("(" + zone.zone().getId() + ")");
        assertThat(d.schedule.nextRuns.getChildren().count()).isEqualTo(5);
        assertThat(d.schedule.nextRuns.getElement().getTextRecursively()).contains("6:30").contains("12:30");
    }

    @Test
    @BadInput("malformed cron")
    void a_cron_that_cannot_run_is_explained_and_not_saved() {
        FlowDialog d = openNew();
        fill(d);
        d.schedule.kind.setValue(ScheduleEditor.Kind.CRON);
        assertThat(d.schedule.cron.getValue()).as("starts from the chosen schedule").isEqualTo("0 0 1 * * *");

        d.schedule.cron.setValue("0 1 * * *");
        assertThat(d.schedule.getValue()).isNull();
        assertThat(d.schedule.words.getText()).contains("has 5 fields; it needs six");
        test(d.save).click();

        assertThat(d.schedule.getErrorMessage()).contains("has 5 fields; it needs six");
        verify(service, never()).create(any());

        d.schedule.cron.setValue("0 */10 * * * *");
        assertThat(d.schedule.words.getText()).isEqualTo("Runs cron \"0 */10 * * * *\".");
        assertThat(d.schedule.nextRuns.getChildren().count()).isEqualTo(5);
    }

    @Test
    @HubFault("name taken")
    void a_hub_refusal_is_shown_in_the_dialog_which_stays_open_with_the_input_kept() {
        when(service.create(any()))
                .thenThrow(new FlowValidationException(Text.of("protection.flowError.duplicate", "Nightly SQL")));
        FlowDialog d = openNew();
        fill(d);

        test(d.save).click();

        assertThat(d.isOpened()).isTrue();
        assertThat(d.problem.isVisible()).isTrue();
        assertThat(d.problem.getText()).contains("exists already: choose another name");
        assertThat(d.name.getValue()).isEqualTo("Nightly SQL");
        assertThat(d.target.getValue().id()).isEqualTo("ctx-sql");
    }

    @Test
    @HubFault("hub down")
    void a_hub_that_cannot_be_reached_while_saving_is_said_and_the_input_kept() {
        when(service.create(any())).thenThrow(hubDown());
        FlowDialog d = openNew();
        fill(d);

        test(d.save).click();

        assertThat(d.isOpened()).isTrue();
        assertThat(d.problem.getText()).startsWith("The flow was not saved.").contains("The hub cannot be reached");
        assertThat(d.name.getValue()).isEqualTo("Nightly SQL");
    }

    @Test
    void edit_shows_the_flow_keeps_its_target_and_sends_the_changes() {
        when(service.update(eq("flow-nightly"), any())).thenReturn(nightly);
        FlowView view = navigate(FlowView.class, java.util.Map.of(ProtectionNavigation.FLOW_ID, "flow-nightly"));
        test(view.edit).click();
        FlowDialog d = (FlowDialog) find(Dialog.class).single();

        assertThat(d.name.getValue()).isEqualTo("Nightly web");
        assertThat(d.target.getValue().name()).isEqualTo("Web servers");
        assertThat(d.target.isReadOnly()).isTrue();
        assertThat(d.target.getHelperText()).contains("cannot change what a flow backs up");
        assertThat(d.repository.getValue().name()).isEqualTo("Primary Local");
        assertThat(d.schedule.kind.getValue()).isEqualTo(ScheduleEditor.Kind.DAILY);
        assertThat(d.schedule.at.getValue()).isEqualTo(LocalTime.of(1, 0));

        d.schedule.at.setValue(LocalTime.of(2, 15));
        test(d.save).click();

        var form = ArgumentCaptor.forClass(FlowForm.class);
        verify(service).update(eq("flow-nightly"), form.capture());
        assertThat(form.getValue().schedule()).isEqualTo(new ScheduleChoice.Daily(LocalTime.of(2, 15)));
        assertThat(form.getValue().targetId()).isEqualTo("g-web");
    }

    @Test
    void a_flows_repository_the_hub_no_longer_lists_is_named_not_replaced() {
        when(service.repositories()).thenReturn(java.util.List.of(repo(TestBackups.NFS, "NAS Offsite")));
        FlowView view = navigate(FlowView.class, java.util.Map.of(ProtectionNavigation.FLOW_ID, "flow-nightly"));
        test(view.edit).click();
        FlowDialog d = (FlowDialog) find(Dialog.class).single();

        assertThat(d.repository.getValue()).isNull();
        assertThat(d.repository.storage.getText()).contains("\u201cPrimary Local\u201d is not among the hub's");
    }
}
