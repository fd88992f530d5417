package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
import com.sendense.console.base.ui.UiLocale;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.MachineGroup;
import com.sendense.console.protection.GroupFlow;
import com.sendense.console.protection.GroupOverview;
import com.sendense.console.protection.GroupService;
import com.vaadin.flow.component.confirmdialog.ConfirmDialog;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.function.SerializableRunnable;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Deleting a group, told truthfully: the hub refuses a group with members, and does not check the
 * flows that target it, which then fail on every run. A group with members is emptied first, after
 * a second confirmation.
 */
final class GroupDeletion {

    private GroupDeletion() {}

    static ConfirmDialog confirm(GroupService service, GroupOverview o, SerializableRunnable onDone) {
        MachineGroup g = o.group();
        int n = g.members().size();
        var dialog = dialog(Messages.get(UiLocale.current(), "protection.groupDelete.question", g.name()), text(o));
        if (n == 0) {
            dialog.setConfirmText(Messages.get(UiLocale.current(), "protection.groupDelete.confirm"));
            dialog.addConfirmListener(e -> run(() -> service.delete(g.id()),
                    Messages.get(UiLocale.current(), "protection.groupDelete.deleted", g.name()), onDone));
        } else {
            dialog.setConfirmText(Messages.get(UiLocale.current(), "protection.groupDelete.emptyFirst"));
            dialog.addConfirmListener(e -> confirmEmpty(service, g, onDone));
        }
        dialog.open();
        return dialog;
    }

    static List<String> text(GroupOverview o) {
        MachineGroup g = o.group();
        List<String> text = new ArrayList<>();
        if (!o.flowsKnown()) {
            text.add(Messages.get(UiLocale.current(), "protection.groupDelete.flowsUnknown"));
        } else if (o.flows().isEmpty()) {
            text.add(Messages.get(UiLocale.current(), "protection.groupDelete.noFlows"));
        } else {
            text.add(Messages.get(UiLocale.current(), "protection.groupDelete.flowsBreak", flowList(o.flows()),
                    o.flows().size()));
        }
        int n = g.members().size();
        if (n > 0) {
            text.add(Messages.get(UiLocale.current(), "protection.groupDelete.members", n));
        }
        return text;
    }

    private static void confirmEmpty(GroupService service, MachineGroup g, SerializableRunnable onDone) {
        int n = g.members().size();
        String names = g.members().stream().map(m -> m.vmName()).collect(Collectors.joining(", "));
        var second = dialog(Messages.get(UiLocale.current(), "protection.groupDelete.emptyQuestion", n, g.name()),
                List.of(Messages.get(UiLocale.current(), "protection.groupDelete.leave", names),
                        Messages.get(UiLocale.current(), "protection.groupDelete.thenDeleted")));
        second.setConfirmText(Messages.get(UiLocale.current(), "protection.groupDelete.emptyConfirm"));
        second.addConfirmListener(e -> run(() -> service.emptyAndDelete(g.id()),
                Messages.get(UiLocale.current(), "protection.groupDelete.emptied", g.name()), onDone));
        second.open();
    }

    private static ConfirmDialog dialog(String header, List<String> paragraphs) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        dialog.setText(body);
        SafeChoice.focusCancel(dialog, Messages.get(UiLocale.current(), "protection.keepIt"));
        dialog.setConfirmButtonTheme("error primary");
        return dialog;
    }

    private static void run(Runnable action, String success, SerializableRunnable onDone) {
        try {
            action.run();
            Notifications.success(success);
        } catch (HubException e) {
            Notifications.error(HubErrorMessages.explain(e));
        }
        onDone.run();
    }

    private static String flowList(List<GroupFlow> flows) {
        String names = flows.stream()
                .map(f -> Messages.get(UiLocale.current(),
                        f.enabled() ? "protection.groupDelete.flowName" : "protection.groupDelete.flowNameDisabled",
                        f.name()))
                .collect(Collectors.joining(", "));
        return Messages.get(UiLocale.current(), "protection.groupDelete.flowList", flows.size(), names);
    }
}
