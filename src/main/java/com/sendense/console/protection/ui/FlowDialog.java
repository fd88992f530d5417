package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.ProtectionFlow;
import com.sendense.console.hub.Repository;
import com.sendense.console.protection.FlowForm;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.FlowValidationException;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.ScheduleChoice;
import com.sendense.console.protection.TargetChoice;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.binder.ValidationResult;
import com.vaadin.flow.function.SerializableConsumer;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Creates or edits a flow in one dialog. The input is checked in words before the hub sees it; what
 * the hub still refuses (a taken name, a repository gone) is said in the dialog, which stays open with
 * the input kept.
 */
class FlowDialog extends Dialog {

    static final int MAX_NAME = 255;
    static final String TOO_LONG = "The hub takes at most 255 characters.";

    /** What the form holds while it is edited; the binder writes here. */
    static final class Draft implements Serializable {

        String name = "";
        String description = "";
        @Nullable
        TargetChoice target;
        @Nullable
        Repository repository;
        @Nullable
        ScheduleChoice schedule = new ScheduleChoice.Daily(java.time.LocalTime.of(1, 0));
        boolean enabled = true;
    }

    final TextField name = new TextField("Name");
    final TextArea description = new TextArea("Description");
    final ComboBox<TargetChoice> target = new ComboBox<>("Back up");
    final RepositoryField repository;
    final ScheduleEditor schedule;
    final Checkbox enabled = new Checkbox("Enabled: the console runs it on its schedule");
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button("Cancel");
    final Binder<Draft> binder = new Binder<>();
    private final ProtectionService service;
    private final @Nullable String flowId;
    private final SerializableConsumer<FlowOverview> onSaved;

    static FlowDialog create(ProtectionService service, ZoneId zone, Locale locale,
            SerializableConsumer<FlowOverview> onSaved) {
        return new FlowDialog(service, null, new Draft(), zone, locale, onSaved);
    }

    static FlowDialog edit(ProtectionService service, FlowOverview overview, ZoneId zone, Locale locale,
            SerializableConsumer<FlowOverview> onSaved) {
        ProtectionFlow f = overview.flow();
        var draft = new Draft();
        draft.name = f.name();
        draft.description = f.description() == null ? "" : f.description();
        draft.target = new TargetChoice(f.targetType(), f.targetId(), overview.targetName(), overview.vmCount());
        draft.schedule = overview.schedule();
        draft.enabled = f.enabled();
        var dialog = new FlowDialog(service, f.id(), draft, zone, locale, onSaved);
        dialog.repository.select(f.repositoryId(), overview.repositoryName());
        return dialog;
    }

    private FlowDialog(ProtectionService service, @Nullable String flowId, Draft draft, ZoneId zone, Locale locale,
            SerializableConsumer<FlowOverview> onSaved) {
        this.service = service;
        this.flowId = flowId;
        this.onSaved = onSaved;
        this.repository = new RepositoryField(locale);
        this.schedule = new ScheduleEditor(zone, locale, service::preview);

        // Create components
        setHeaderTitle(flowId == null ? "New protection flow" : "Edit \u201c" + draft.name + "\u201d");
        setWidth("40rem");
        setMaxWidth("100%");
        name.setId("flow-name");
        name.setWidthFull();
        name.setMaxLength(MAX_NAME);
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(TOO_LONG));
        description.setWidthFull();
        target.setId("flow-target");
        target.setWidthFull();
        target.setItemLabelGenerator(FlowDialog::targetLabel);
        target.setPlaceholder("Type to search VMs and groups");
        repository.setId("flow-repository");
        enabled.setId("flow-enabled");
        problem.setId("flow-problem");
        problem.addClassNames("notice", "notice-warning");
        problem.setVisible(false);
        save.setText(flowId == null ? "Create flow" : "Save changes");
        save.setId("flow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        loadChoices(draft);
        if (flowId != null) {
            // The hub's update has no target field (contract P2.6): a flow keeps what it backs up.
            target.setReadOnly(true);
            target.setHelperText("The hub cannot change what a flow backs up: create a new flow for another target.");
        }
        bind();

        // Add listeners
        cancel.addClickListener(e -> close());
        save.addClickListener(e -> save());

        // Layout
        var form = new Div(name, description, target, repository, repository.storage, schedule, enabled, problem);
        form.addClassNames(Display.FLEX, "flex-col", Gap.SMALL);
        add(form);
        getFooter().add(cancel, save);
        binder.readBean(draft);
    }

    private void bind() {
        binder.forField(name)
                .asRequired("Give the flow a name.")
                .withValidator(n -> !n.isBlank(), "The name cannot be only spaces.")
                .withValidator(n -> n.strip().length() <= MAX_NAME, TOO_LONG)
                .bind(d -> d.name, (d, v) -> d.name = v.strip());
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(target)
                .asRequired("Choose the VM or group this flow backs up.")
                .bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(repository)
                .asRequired("Choose the repository the backups go to.")
                .bind(d -> d.repository, (d, v) -> d.repository = v);
        binder.forField(schedule)
                .withValidator(
                        (s, ctx) -> s != null ? ValidationResult.ok() : ValidationResult.error(schedule.problem()))
                .bind(d -> d.schedule, (d, v) -> d.schedule = v);
        binder.forField(enabled).bind(d -> d.enabled, (d, v) -> d.enabled = v);
    }

    private void loadChoices(Draft draft) {
        try {
            List<TargetChoice> targets = new ArrayList<>(service.targets());
            if (draft.target != null && targets.stream().noneMatch(t -> sameTarget(t, draft.target))) {
                targets.add(draft.target);
            }
            target.setItems(targets);
            repository.setItems(service.repositories());
        } catch (HubException e) {
            say("The VMs, groups or repositories could not be read: " + HubErrorMessages.explain(e));
        }
    }

    private void save() {
        var draft = new Draft();
        if (!binder.writeBeanIfValid(draft)) {
            return;
        }
        TargetChoice t = Objects.requireNonNull(draft.target);
        var form = new FlowForm(draft.name, draft.description.isBlank() ? null : draft.description, t.type(), t.id(),
                Objects.requireNonNull(draft.repository).id(), Objects.requireNonNull(draft.schedule), draft.enabled);
        try {
            FlowOverview saved = flowId == null ? service.create(form) : service.update(flowId, form);
            close();
            onSaved.accept(saved);
        } catch (FlowValidationException e) {
            say(Objects.requireNonNullElse(e.getMessage(), "The hub refused the flow."));
        } catch (HubException e) {
            say("The flow was not saved. " + HubErrorMessages.explain(e));
        }
    }

    private void say(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private static boolean sameTarget(TargetChoice a, TargetChoice b) {
        return a.type() == b.type() && a.id().equals(b.id());
    }

    static String targetLabel(TargetChoice t) {
        return t.type() == FlowTargetType.GROUP
                ? t.name() + " (group, " + (t.memberCount() == 1 ? "1 VM" : t.memberCount() + " VMs") + ")"
                : t.name() + " (VM)";
    }
}
