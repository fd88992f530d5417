package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
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

    final TextField name = new TextField(getTranslation("protection.flowDialog.name"));
    final TextArea description = new TextArea(getTranslation("protection.flow.description"));
    final ComboBox<TargetChoice> target = new ComboBox<>(getTranslation("protection.flowDialog.target"));
    final RepositoryField repository;
    final ScheduleEditor schedule;
    final Checkbox enabled = new Checkbox(getTranslation("protection.flowDialog.enabled"));
    final Paragraph problem = new Paragraph();
    final Button save = new Button();
    final Button cancel = new Button(getTranslation("protection.cancel"));
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
        draft.target = new TargetChoice(f.targetType(), f.targetId(), overview.targetText(locale), overview.vmCount());
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
        setHeaderTitle(flowId == null
                ? getTranslation("protection.flowDialog.newTitle")
                : getTranslation("protection.flowDialog.editTitle", draft.name));
        setWidth("40rem");
        setMaxWidth("100%");
        name.setId("flow-name");
        name.setWidthFull();
        name.setMaxLength(MAX_NAME);
        name.setI18n(new TextField.TextFieldI18n().setMaxLengthErrorMessage(tooLong()));
        description.setWidthFull();
        target.setId("flow-target");
        target.setWidthFull();
        target.setItemLabelGenerator(t -> targetLabel(t, locale));
        target.setPlaceholder(getTranslation("protection.flowDialog.targetPlaceholder"));
        repository.setId("flow-repository");
        enabled.setId("flow-enabled");
        problem.setId("flow-problem");
        problem.addClassNames("notice", "notice-warning");
        problem.setVisible(false);
        save.setText(getTranslation(flowId == null ? "protection.flowDialog.create" : "protection.flowDialog.save"));
        save.setId("flow-save");
        save.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        loadChoices(draft);
        if (flowId != null) {
            // The hub's update has no target field (contract P2.6): a flow keeps what it backs up.
            target.setReadOnly(true);
            target.setHelperText(getTranslation("protection.flowDialog.targetFixed"));
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
                .asRequired(getTranslation("protection.flowDialog.nameRequired"))
                .withValidator(n -> !n.isBlank(), getTranslation("protection.flowDialog.nameBlank"))
                .withValidator(n -> n.strip().length() <= MAX_NAME, tooLong())
                .bind(d -> d.name, (d, v) -> d.name = v.strip());
        binder.forField(description).bind(d -> d.description, (d, v) -> d.description = v);
        binder.forField(target)
                .asRequired(getTranslation("protection.flowDialog.targetRequired"))
                .bind(d -> d.target, (d, v) -> d.target = v);
        binder.forField(repository)
                .asRequired(getTranslation("protection.flowDialog.repositoryRequired"))
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
            say(getTranslation("protection.flowDialog.choicesUnreadable", HubErrorMessages.explain(e)));
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
            say(Messages.get(getLocale(), e.text()));
        } catch (HubException e) {
            say(getTranslation("protection.flowDialog.notSaved", HubErrorMessages.explain(e)));
        }
    }

    private void say(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }

    private static boolean sameTarget(TargetChoice a, TargetChoice b) {
        return a.type() == b.type() && a.id().equals(b.id());
    }

    private String tooLong() {
        return getTranslation("protection.flowDialog.tooLong", MAX_NAME);
    }

    static String targetLabel(TargetChoice t, Locale locale) {
        return t.type() == FlowTargetType.GROUP
                ? Messages.get(locale, "protection.flowDialog.groupLabel", t.name(), t.memberCount())
                : Messages.get(locale, "protection.flowDialog.vmLabel", t.name());
    }
}
