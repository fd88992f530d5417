package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.base.ui.Notifications;
import com.sendense.console.base.ui.UiLocale;
import com.sendense.console.hub.HubException;
import com.sendense.console.protection.BulkOutcome;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.protection.RunRefusedException;
import com.sendense.console.protection.ui.BulkConfirmDialog.Action;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import java.util.Optional;

/** "Run now" and the bulk outcome, said the same way from the list and from a flow's page. */
final class FlowActions {

    private FlowActions() {}

    /** Starts a run and says so; the run's VMs start in the background and show on the flow's page. */
    static Optional<ProtectionRun> runNow(ProtectionService service, String flowId, String flowName) {
        try {
            ProtectionRun run = service.runNow(flowId);
            var open = new Button(Messages.get(UiLocale.current(), "protection.flows.showProgress"),
                    e -> ProtectionNavigation.showFlow(flowId));
            open.addThemeVariants(ButtonVariant.LUMO_TERTIARY_INLINE);
            Notifications.success(Messages.get(UiLocale.current(), "protection.flows.runStarted", flowName), open);
            return Optional.of(run);
        } catch (RunRefusedException e) {
            Notifications.warning(Messages.get(UiLocale.current(), e.text()));
        } catch (HubException e) {
            Notifications.error(
                    Messages.get(UiLocale.current(), "protection.flows.runNotStarted", HubErrorMessages.explain(e)));
        }
        return Optional.empty();
    }

    static void report(Action action, BulkOutcome outcome) {
        String done = "protection.bulk.done." + action.name();
        if (outcome.allSucceeded()) {
            Notifications.success(Messages.get(UiLocale.current(), done, outcome.succeeded()));
            return;
        }
        String failures = String.join(" ",
                outcome.failures().stream().map(t -> Messages.get(UiLocale.current(), t)).toList());
        Notifications.warning(Messages.get(
                UiLocale.current(), "protection.bulk.partly", Messages.get(UiLocale.current(),
                        "protection.bulk.doneOf." + action.name(), outcome.succeeded(), outcome.requested()),
                failures));
    }
}
