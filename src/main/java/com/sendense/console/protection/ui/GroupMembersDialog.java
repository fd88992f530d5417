package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.hub.GroupMember;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.hub.VmContext;
import com.sendense.console.protection.GroupCapException;
import com.sendense.console.protection.GroupMemberAddition;
import com.sendense.console.protection.GroupService;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.combobox.MultiSelectComboBox;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.grid.GridVariant;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.function.SerializableRunnable;
import com.vaadin.flow.theme.lumo.LumoUtility;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * A group's members: add VMs that are not in it yet, up to the size the hub allows (said before the
 * hub's refusal), and remove them. Managers see the list only.
 */
class GroupMembersDialog extends Dialog {

    final Grid<GroupMember> members = new Grid<>();
    final MultiSelectComboBox<VmContext> candidates = new MultiSelectComboBox<>(
            getTranslation("protection.members.candidates"));
    final Button add = new Button(getTranslation("protection.members.add"), VaadinIcon.PLUS.create());
    final Paragraph capacity = new Paragraph();
    final Paragraph problem = new Paragraph();
    private final GroupService service;
    private final String groupId;
    private final SerializableRunnable onChange;
    private int maxVms;
    private int free;

    GroupMembersDialog(GroupService service, String groupId, ZoneId zone, Locale locale,
            SerializableRunnable onChange) {
        this.service = service;
        this.groupId = groupId;
        this.onChange = onChange;
        boolean canChange = service.canChange();

        ClippedText.addColumn(members, GroupMember::vmName)
                .setHeader(getTranslation("protection.runs.col.vm"))
                .setKey("vm")
                .setFlexGrow(1);
        members.addColumn(m -> Formatters.dateTime(m.addedAt(), zone, locale))
                .setHeader(getTranslation("protection.members.added"))
                .setKey("added")
                .setAutoWidth(true);
        if (canChange) {
            members.addComponentColumn(this::removeButton)
                    .setHeader("")
                    .setKey("actions")
                    .setAutoWidth(true)
                    .setFlexGrow(0);
        }
        members.addThemeVariants(GridVariant.LUMO_COMPACT, GridVariant.LUMO_ROW_STRIPES);
        members.setEmptyStateText(getTranslation("protection.members.none"));
        members.setAllRowsVisible(true);
        candidates.setId("group-candidates");
        add.setId("group-add");
        capacity.setId("group-capacity");
        problem.setId("group-problem");
        members.setId("group-members");
        candidates.setItemLabelGenerator(VmContext::vmName);
        candidates.setPlaceholder(getTranslation("protection.members.search"));
        candidates.setWidthFull();
        add.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        add.setEnabled(false);
        problem.addClassName(LumoUtility.TextColor.ERROR);
        problem.setVisible(false);

        candidates.addValueChangeListener(e -> selectionChanged());
        add.addClickListener(e -> addChosen());

        var adder = new Div(candidates, add);
        adder.addClassNames(LumoUtility.Display.FLEX, LumoUtility.AlignItems.BASELINE, LumoUtility.Gap.SMALL);
        adder.setVisible(canChange);
        add(capacity, problem, members, adder);
        getFooter().add(new Button(getTranslation("protection.close"), e -> close()));
        setWidth("40rem");
        reload();
    }

    private void reload() {
        try {
            MachineGroup group = service.group(groupId).group();
            setHeaderTitle(getTranslation("protection.groups.membersOf", group.name()));
            maxVms = group.maxConcurrentVms();
            free = Math.max(0, maxVms - group.members().size());
            members.setItems(group.members()
                    .stream()
                    .sorted(Comparator.comparing(GroupMember::vmName, String.CASE_INSENSITIVE_ORDER))
                    .toList());
            capacity.setText(getTranslation(free == 0 && service.canChange()
                    ? "protection.members.capacityFull"
                    : "protection.members.capacity", maxVms, free));
            if (service.canChange()) {
                candidates.setItems(service.candidates(groupId));
                candidates.clear();
                candidates.setEnabled(free > 0);
            }
        } catch (HubException e) {
            showProblem(getTranslation("protection.members.unreadable", HubErrorMessages.explain(e)));
        }
        selectionChanged();
    }

    private void selectionChanged() {
        int chosen = candidates.getValue().size();
        boolean over = chosen > free;
        candidates.setInvalid(over);
        candidates.setErrorMessage(over ? getTranslation("protection.members.over", maxVms, free) : null);
        add.setEnabled(chosen > 0 && !over);
    }

    private void addChosen() {
        problem.setVisible(false);
        List<VmContext> chosen = new ArrayList<>(candidates.getValue());
        chosen.sort(Comparator.comparing(VmContext::vmName, String.CASE_INSENSITIVE_ORDER));
        try {
            GroupMemberAddition result = service.addMembers(groupId, chosen);
            report(result);
        } catch (GroupCapException e) {
            showProblem(Messages.get(getLocale(), e.text()));
        } catch (HubException e) {
            showProblem(HubErrorMessages.explain(e));
        }
        reload();
        onChange.run();
    }

    private void report(GroupMemberAddition result) {
        if (result.failed().isEmpty()) {
            Notifications.success(getTranslation("protection.members.addedNames", String.join(", ", result.added())));
            return;
        }
        String failures = result.failed()
                .stream()
                .map(f -> f.vmName() + ": " + HubErrorMessages.explain(f.error()))
                .collect(Collectors.joining(" "));
        showProblem(result.added().isEmpty()
                ? getTranslation("protection.members.noneAdded", failures)
                : getTranslation("protection.members.someAdded", String.join(", ", result.added()), failures));
    }

    private Component removeButton(GroupMember member) {
        var remove = new Button(VaadinIcon.CLOSE_SMALL.create(), e -> confirmRemove(member));
        remove.addThemeVariants(ButtonVariant.LUMO_TERTIARY, ButtonVariant.LUMO_ICON, ButtonVariant.LUMO_ERROR);
        remove.setAriaLabel(getTranslation("protection.members.removeNamed", member.vmName()));
        remove.setTooltipText(getTranslation("protection.members.remove"));
        return remove;
    }

    private void confirmRemove(GroupMember member) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(getTranslation("protection.members.removeQuestion", member.vmName()));
        dialog.setText(getTranslation("protection.members.removeText"));
        SafeChoice.focusCancel(dialog, getTranslation("protection.keepIt"));
        dialog.setConfirmText(getTranslation("protection.members.removeConfirm"));
        dialog.setConfirmButtonTheme("error primary");
        dialog.addConfirmListener(e -> remove(member));
        dialog.open();
    }

    private void remove(GroupMember member) {
        problem.setVisible(false);
        try {
            service.removeMember(groupId, member.vmContextId());
            Notifications.success(getTranslation("protection.members.removed", member.vmName()));
        } catch (HubException e) {
            showProblem(HubErrorMessages.explain(e));
        }
        reload();
        onChange.run();
    }

    private void showProblem(String text) {
        problem.setText(text);
        problem.setVisible(true);
    }
}
