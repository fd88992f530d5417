package com.sendense.console.backups.ui;

import com.sendense.console.backups.IncrementalOption;
import com.sendense.console.backups.StartPlan;
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
        repository.setLabel("Repository");
        repository.setId("wizard-repository");
        repository.setItems(plan.repositories());
        repository.setItemLabelGenerator(Repository::name);
        repository.setRenderer(new ComponentRenderer<>(this::repositoryItem));
        repository.setWidthFull();
        storage.setId("wizard-storage");
        storage.addClassNames(FontSize.SMALL);
        type.setLabel("Backup type");
        type.setId("wizard-type");
        type.setItems(BackupType.FULL, BackupType.INCREMENTAL);
        type.setRenderer(new ComponentRenderer<>(TargetStep::typeItem));
        typeNote.setId("wizard-type-note");
        typeNote.addClassNames(FontSize.SMALL, "notice");
        binder.forField(repository)
                .asRequired("Choose a repository")
                .bind(c -> c.repository, (c, r) -> c.repository = r);
        binder.forField(type)
                .asRequired("Choose full or incremental")
                .withValidator(t -> t == BackupType.FULL || option != null && option.possible(),
                        "An incremental backup needs a completed backup of this VM in this repository")
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
            typeNote.setText(
                    "The hub could not say whether an incremental is possible: " + HubErrorMessages.explain(e));
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
            typeNote.setText("Incremental is not available: there is no completed backup of " + plan.vm().vmName()
                    + " in " + repo.name()
                    + " yet, and an incremental needs one to build on. Start with a full backup.");
            return;
        }
        Backup base = option.chainsTo();
        String target = base == null
                ? "the newest completed backup in " + repo.name() + " (the hub does not list it)"
                : base.id() + " (" + JobTexts.type(base.type()).toLowerCase(Locale.ROOT) + ", " + Formatters
                        .dateTime(base.completedAt() != null ? base.completedAt() : base.createdAt(), zone, locale)
                        + ", " + Formatters.bytes(base.totalBytes(), locale) + ")";
        typeNote.setText(type.getValue() == BackupType.INCREMENTAL
                ? "The new recovery point chains to " + target + "."
                : "A full backup starts a new chain. An incremental would chain to " + target + ".");
    }

    String storageText(Repository repo) {
        return repo.storageInfo().map(s -> {
            String free = Formatters.bytes(s.availableBytes(), locale) + " free of "
                    + Formatters.bytes(s.totalBytes(), locale)
                    + String.format(locale, " (%.0f %% used).", s.usedPercent());
            return plan.mayNotFit(repo)
                    ? free + " A full backup of this VM can need up to "
                            + Formatters.bytes(plan.totalDiskBytes(), locale)
                            + " (the size of its disks): it may not fit."
                    : free;
        })
                .orElse("The hub could not measure this repository's free space (for example an NFS share that is not "
                        + "mounted): check it before a large backup.");
    }

    private Div repositoryItem(Repository repo) {
        var name = new Span(repo.name());
        var detail = new Span(repo.storageInfo()
                .map(s -> Formatters.bytes(s.availableBytes(), locale) + " free · "
                        + String.format(locale, "%.0f %% used", s.usedPercent()))
                .orElse("free space unknown"));
        detail.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var item = new Div(name, detail);
        if (plan.mayNotFit(repo)) {
            var warning = VaadinIcon.WARNING.create();
            warning.addClassName(TextColor.WARNING);
            warning.setSize("var(--lumo-icon-size-s)");
            warning.getElement().setAttribute("title", "A full backup may not fit");
            item.add(warning);
        }
        item.addClassNames(Display.FLEX, "flex-col");
        return item;
    }

    private static Div typeItem(BackupType t) {
        var title = new Span(t == BackupType.FULL ? "Full" : "Incremental");
        var detail = new Span(t == BackupType.FULL
                ? "Copies every disk completely; starts a new chain."
                : "Copies only what changed since the last backup in this repository.");
        detail.addClassNames(TextColor.SECONDARY, FontSize.XSMALL);
        var item = new Div(title, detail);
        item.addClassNames(Display.FLEX, "flex-col");
        return item;
    }
}
