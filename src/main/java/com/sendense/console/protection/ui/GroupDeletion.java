package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.SafeChoice;
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
        var dialog = dialog("Delete group " + g.name() + "?", text(o));
        if (n == 0) {
            dialog.setConfirmText("Delete group");
            dialog.addConfirmListener(e -> run(() -> service.delete(g.id()), "Group " + g.name() + " deleted", onDone));
        } else {
            dialog.setConfirmText("Remove members first…");
            dialog.addConfirmListener(e -> confirmEmpty(service, g, onDone));
        }
        dialog.open();
        return dialog;
    }

    static List<String> text(GroupOverview o) {
        MachineGroup g = o.group();
        List<String> text = new ArrayList<>();
        if (!o.flowsKnown()) {
            text.add("The hub's flows could not be read, so the console cannot say which flows target this group. "
                    + "The hub does not check: a flow that targets a deleted group fails on every run.");
        } else if (o.flows().isEmpty()) {
            text.add("No protection flow targets this group.");
        } else {
            text.add(flowList(o.flows()) + " The hub deletes the group anyway and does not change "
                    + (o.flows().size() == 1 ? "it: its" : "them: their")
                    + " next run will fail (\"group not found\"). Point them at another target or delete them.");
        }
        int n = g.members().size();
        if (n > 0) {
            text.add("The group has " + (n == 1 ? "1 member" : n + " members")
                    + ", and the hub deletes only empty groups. The console can remove them first: the VMs and "
                    + "their backups stay, they are only no longer in this group.");
        }
        return text;
    }

    private static void confirmEmpty(GroupService service, MachineGroup g, SerializableRunnable onDone) {
        int n = g.members().size();
        String names = g.members().stream().map(m -> m.vmName()).collect(Collectors.joining(", "));
        var second = dialog("Remove " + (n == 1 ? "1 VM" : n + " VMs") + " and delete " + g.name() + "?",
                List.of("These VMs leave the group: " + names + ".",
                        "Then the group is deleted. This cannot be " + "undone from the console."));
        second.setConfirmText("Remove and delete");
        second.addConfirmListener(
                e -> run(() -> service.emptyAndDelete(g.id()), "Group " + g.name() + " emptied and deleted", onDone));
        second.open();
    }

    private static ConfirmDialog dialog(String header, List<String> paragraphs) {
        var dialog = new ConfirmDialog();
        dialog.setHeader(header);
        var body = new Div();
        paragraphs.forEach(p -> body.add(new Paragraph(p)));
        dialog.setText(body);
        SafeChoice.focusCancel(dialog, "Keep it");
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
                .map(f -> "\u201C" + f.name() + "\u201D" + (f.enabled() ? "" : " (disabled)"))
                .collect(Collectors.joining(", "));
        return flows.size() == 1
                ? "The flow " + names + " targets this group."
                : flows.size() + " flows target this group: " + names + ".";
    }
}
