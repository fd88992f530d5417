package com.sendense.console.backups.ui;

import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.vaadin.flow.component.Composite;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.datepicker.DatePicker;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.function.SerializableConsumer;
import java.util.List;
import java.util.Map;

/** The all-VM history's filters: VM, hub group, status, type, date range and repository. */
class HistoryFilterBar extends Composite<Div> {

    final ComboBox<String> vm = new ComboBox<>();
    final ComboBox<String> group = new ComboBox<>();
    final Select<BackupStatus> status = new Select<>();
    final Select<BackupType> type = new Select<>();
    final DatePicker from = new DatePicker();
    final DatePicker to = new DatePicker();
    final ComboBox<String> repository = new ComboBox<>();
    final Button clear = new Button();
    private Map<String, String> repositoryNames = Map.of();
    private boolean updating;

    HistoryFilterBar(SerializableConsumer<HistoryFilter> onChange) {
        // Create components
        vm.setLabel(getTranslation("backups.column.vm"));
        vm.setPlaceholder(getTranslation("backups.filter.allVms"));
        vm.setClearButtonVisible(true);
        group.setLabel(getTranslation("backups.filter.group"));
        group.setPlaceholder(getTranslation("backups.filter.allGroups"));
        group.setClearButtonVisible(true);
        from.setLabel(getTranslation("backups.filter.from"));
        to.setLabel(getTranslation("backups.filter.to"));
        repository.setLabel(getTranslation("backups.wizard.repository"));
        clear.setText(getTranslation("backups.filter.clear"));
        status.setLabel(getTranslation("backups.column.status"));
        status.setItems(BackupStatus.RUNNING, BackupStatus.COMPLETED, BackupStatus.FAILED);
        status.setEmptySelectionAllowed(true);
        status.setEmptySelectionCaption(getTranslation("backups.filter.anyStatus"));
        status.setItemLabelGenerator(
                s -> s == null ? getTranslation("backups.filter.anyStatus") : BackupBadges.statusLabel(s, getLocale()));
        type.setLabel(getTranslation("backups.column.type"));
        type.setItems(BackupType.FULL, BackupType.INCREMENTAL);
        type.setEmptySelectionAllowed(true);
        type.setEmptySelectionCaption(getTranslation("backups.filter.anyType"));
        type.setItemLabelGenerator(
                t -> t == null ? getTranslation("backups.filter.anyType") : BackupBadges.typeLabel(t, getLocale()));
        from.setClearButtonVisible(true);
        to.setClearButtonVisible(true);
        repository.setPlaceholder(getTranslation("backups.filter.allRepositories"));
        repository.setClearButtonVisible(true);
        repository.setItemLabelGenerator(id -> repositoryNames.getOrDefault(id, id));
        clear.addThemeVariants(ButtonVariant.LUMO_TERTIARY);
        clear.setIcon(VaadinIcon.CLOSE_SMALL.create());
        clear.setAriaLabel(getTranslation("backups.filter.clearAll"));

        // Add listeners
        vm.addValueChangeListener(e -> fire(onChange));
        group.addValueChangeListener(e -> fire(onChange));
        status.addValueChangeListener(e -> fire(onChange));
        type.addValueChangeListener(e -> fire(onChange));
        from.addValueChangeListener(e -> {
            to.setMin(e.getValue());
            fire(onChange);
        });
        to.addValueChangeListener(e -> {
            from.setMax(e.getValue());
            fire(onChange);
        });
        repository.addValueChangeListener(e -> fire(onChange));
        clear.addClickListener(e -> {
            setFilter(HistoryFilter.ALL);
            onChange.accept(HistoryFilter.ALL);
        });

        // Layout
        getContent().addClassName("history-filters");
        getContent().add(vm, group, status, type, from, to, repository, clear);
    }

    /** The VM names, hub groups and repositories (id → name) to choose from. */
    void setOptions(List<String> vmNames, List<String> groupNames, Map<String, String> repositories) {
        updating = true;
        try {
            String v = vm.getValue();
            String g = group.getValue();
            String r = repository.getValue();
            repositoryNames = Map.copyOf(repositories);
            vm.setItems(vmNames);
            group.setItems(groupNames);
            repository.setItems(
                    repositories.keySet().stream().sorted((a, b) -> label(a).compareToIgnoreCase(label(b))).toList());
            vm.setValue(v);
            group.setValue(g);
            repository.setValue(r);
        } finally {
            updating = false;
        }
    }

    /** Shows a filter (from the URL) without reporting it as a change. */
    void setFilter(HistoryFilter f) {
        updating = true;
        try {
            vm.setValue(f.vmName());
            group.setValue(f.group());
            status.setValue(f.status());
            type.setValue(f.type());
            from.setValue(f.from());
            to.setValue(f.to());
            repository.setValue(f.repositoryId());
        } finally {
            updating = false;
        }
    }

    HistoryFilter filter() {
        return new HistoryFilter(vm.getValue(), status.getValue(), type.getValue(), from.getValue(), to.getValue(),
                repository.getValue(), group.getValue());
    }

    private String label(String repositoryId) {
        return repositoryNames.getOrDefault(repositoryId, repositoryId);
    }

    private void fire(SerializableConsumer<HistoryFilter> onChange) {
        if (!updating) {
            onChange.accept(filter());
        }
    }
}
