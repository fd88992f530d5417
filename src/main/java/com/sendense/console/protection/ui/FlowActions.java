package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.hub.HubException;
import com.sendense.console.protection.BulkOutcome;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.RunRefusedException;
import com.sendense.console.protection.ui.BulkConfirmDialog.Action;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Locale;
import java.util.Optional;

/** "Run now" and the bulk outcome, said the same way from the list and from a flow's page. */
final class FlowActions {

    private FlowActions() {}

    /** Starts a run and says so; the run's VMs start in the background and show on the flow's page. */
    static Optional<ProtectionRun> runNow(ProtectionService service, String flowId, String flowName) {
        try {
            ProtectionRun run = service.runNow(flowId);
            var open = new Button("Show progress", e -> ProtectionNavigation.showFlow(flowId));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Notifications.success("Run of \u201c" + flowName + "\u201d started: its backups are being started one VM "
                    + "after another.", open);
            return Optional.of(run);
        } catch (RunRefusedException e) {
            Notifications.warning(e.getMessage() == null ? "The flow cannot run now." : e.getMessage());
        } catch (HubException e) {
            Notifications.error("The run could not start. " + HubErrorMessages.explain(e));
        }
        return Optional.empty();
    }

    static void report(Action action, BulkOutcome outcome) {
        String verb = action.name().toLowerCase(Locale.ROOT) + "d";
        if (outcome.allSucceeded()) {
            Notifications
                    .success((outcome.succeeded() == 1 ? "1 flow " : outcome.succeeded() + " flows ") + verb + ".");
            return;
        }
        Notifications.warning(outcome.succeeded() + " of " + outcome.requested() + " flows " + verb + ". Not changed: "
                + String.join(" ", outcome.failures()));
    }
}
