package com.sendense.console.backups.ui;

import com.sendense.console.backups.IncrementalOption;
import com.sendense.console.backups.StartPlan;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;

import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupType;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.Repository;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.data.binder.Binder;
import com.vaadin.flow.data.renderer.ComponentRenderer;
import com.vaadin.flow.function.SerializableFunction;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.FontSize;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import com.vaadin.flow.theme.lumo.LumoUtility.TextColor;
import java.io.Serializable;
import java.time.ZoneId;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/** Step 1: the repository (by name, with free space) and the type (incremental only when it can work). */
class TargetStep extends Div {

    /** What the operator chose; the binder writes here. */
    static final class Choice implements Serializable {

        @Nullable
        Repository repository;
        BackupType type = BackupType.FULL;
    }

    final Select<Repository> repository = new Select<>();
    final Paragraph storage = new Paragraph();
    final RadioButtonGroup<BackupType> type = new RadioButtonGroup<>();
    final Paragraph typeNote = new Paragraph();
    final Choice choice = new Choice();
    private final Binder<Choice> binder = new Binder<>();
    private final StartPlan plan;
    private final SerializableFunction<String, IncrementalOption> incremental;
    private final ZoneId zone;
    private final Locale locale;
    private @Nullable IncrementalOption option;

    TargetStep(StartPlan plan, SerializableFunction<String, IncrementalOption> incremental, ZoneId zone,
            Locale locale) {
        this.plan = plan;
        this.incremental = incremental;
        this.zone = zone;
        this.locale = locale;

        // Create components
        repository.setLabel(t("backups.wizard.repository"));
        repository.setId("wizard-repository");
        repository.setItems(plan.repositories());
        repository.setItemLabelGenerator(Repository::name);
        repository.setRenderer(new ComponentRenderer<>(this::repositoryItem));
        repository.setWidthFull();
        storage.setId("wizard-storage");
        storage.addClassNames(FontSize.SMALL);
        type.setLabel(t("backups.wizard.type"));
        type.setId("wizard-type");
        type.setItems(BackupType.FULL, BackupType.INCREMENTAL);
        type.setRenderer(new ComponentRenderer<>(this::typeItem));
        typeNote.setId("wizard-type-note");
        typeNote.addClassNames(FontSize.SMALL, "notice");
        binder.forField(repository)
                .asRequired(t("backups.wizard.chooseRepository"))
                .bind(c -> c.repository, (c, r) -> c.repository = r);
        binder.forField(type)
                .asRequired(t("backups.wizard.chooseType"))
                .withValidator(t -> t == BackupType.FULL || option != null && option.possible(),
                        t("backups.wizard.incrementalNeedsBase"))
                .bind(c -> c.type, (c, t) -> c.type = t);

        // Add listeners
        repository.addValueChangeListener(e -> repositoryChanged(e.getValue()));
        type.addValueChangeListener(e -> describeType());

        // Layout
        addClassNames(Display.FLEX, "flex-col", Gap.SMALL, "wizard-step");
        add(repository, storage, type, typeNote);
        binder.setBean(choice);
        plan.preselected().ifPresent(repository::setValue);
    }

    boolean validate() {
        return binder.validate().isOk();
    }

    @Nullable
    IncrementalOption option() {
        return option;
    }

    private void repositoryChanged(@Nullable Repository selected) {
        option = null;
        storage.setText("");
        storage.removeClassNames("notice", "notice-warning");
        if (selected == null) {
            describeType();
            return;
        }
        storage.setText(storageText(selected));
        if (plan.mayNotFit(selected)) {
            storage.addClassNames("notice", "notice-warning");
        }
        try {
            option = incremental.apply(selected.id());
        } catch (HubException e) {
            typeNote.setText(t("backups.wizard.optionUnknown", HubErrorMessages.explain(e)));
        }
        type.setItemEnabledProvider(t -> t == BackupType.FULL || option != null && option.possible());
        if (type.getValue() == BackupType.INCREMENTAL && (option == null || !option.possible())) {
            type.setValue(BackupType.FULL);
        }
        describeType();
    }

    private void describeType() {
        Repository repo = repository.getValue();
        if (repo == null || option == null) {
            return;
        }
        if (!option.possible()) {
            typeNote.setText(t("backups.wizard.noIncremental", plan.vm().vmName(), repo.name()));
            return;
        }
        Backup base = option.chainsTo();
        String target = base == null
                ? t("backups.wizard.unlistedBase", repo.name())
                : t("backups.wizard.base", base.id().value(),
                        t(base.type() == BackupType.FULL ? "backups.typeLower.full" : "backups.typeLower.incremental"),
                        Formatters.dateTime(base.completedAt() != null ? base.completedAt() : base.createdAt(), zone,
                                locale),
                        Formatters.bytes(base.totalBytes(), locale));
        typeNote.setText(t(type.getValue() == BackupType.INCREMENTAL
                ? "backups.wizard.chainsTo"
                : "backups.wizard.fullStartsChain", target));
    }

    String storageText(Repository repo) {
        return repo.storageInfo().map(s -> {
            String free = t("backups.wizard.freeOf", Formatters.bytes(s.availableBytes(), locale),
                    Formatters.bytes(s.totalBytes(), locale), String.format(locale, "%.0f", s.usedPercent()));
            return plan.mayNotFit(repo)
                    ? free + " " + t("backups.wizard.mayNotFit", Formatters.bytes(plan.totalDiskBytes(), locale))
                    : free;
        }).orElse(t("backups.wizard.freeUnknown"));
    }

    private Div repositoryItem(Repository repo) {
        var name = new Span(repo.name());
        var detail = new Span(repo.storageInfo()
                .map(s -> t("backups.wizard.freeShort", Formatters.bytes(s.availableBytes(), locale),
                        String.format(locale, "%.0f", s.usedPercent())))
                .orElse(t("backups.wizard.freeShortUnknown")));
        detail.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var item = new Div(name, detail);
        if (plan.mayNotFit(repo)) {
            var warning = VaadinIcon.WARNING.create();
            warning.addClassName(TextColor.WARNING);
            warning.setSize("var(--lumo-icon-size-s)");
            warning.getElement().setAttribute("title", t("backups.wizard.fullMayNotFit"));
            item.add(warning);
        }
        item.addClassNames(Display.FLEX, "flex-col");
        return item;
    }

    private Div typeItem(BackupType type) {
        var title = new Span(JobTexts.type(type, locale));
        var detail = new Span(
                t(type == BackupType.FULL ? "backups.wizard.fullDetail" : "backups.wizard.incrementalDetail"));
        detail.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var item = new Div(title, detail);
        item.addClassNames(Display.FLEX, "flex-col");
        return item;
    }

    private String t(String key, Object... args) {
        return Messages.get(locale, key, args);
    }
}
