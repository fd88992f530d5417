package com.sendense.console.protection;

import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;

/** The hub's flow errors (mostly 500s told apart by message, contract P1) as sentences a user can act on. */
final class FlowErrors {

    private FlowErrors() {}

    static FlowValidationException words(HubException e, String flowName) {
        String hub = e.details().or(e::hubMessage).orElse(e.code().name()).replaceFirst("^validation failed: ", "");
        String text = switch (e.code()) {
            case DUPLICATE_NAME -> "A flow or schedule named \"" + flowName + "\" exists already: choose another name.";
            case REPLICATION_NOT_SUPPORTED -> "The hub cannot create or run replication flows; create a backup flow.";
            case REPOSITORY_IN_USE, GROUP_HAS_VMS, SCHEDULE_IN_USE -> "The hub refused: " + hub + ".";
            case INVALID_REQUEST -> "The hub refused the flow: " + hub + ". Correct it and save again.";
            case FLOW_NOT_FOUND -> "The flow is no longer on the hub (deleted elsewhere?): reload the list.";
            case REPOSITORY_NOT_FOUND -> "The repository is not on the hub any more: choose another one.";
            case GROUP_NOT_FOUND -> "The machine group is not on the hub any more: choose another target.";
            case VM_NOT_FOUND -> "The VM is not on the hub any more: choose another target.";
            case SCHEDULE_NOT_FOUND -> "The schedule is not on the hub any more: choose the schedule again and save.";
            case TIMEOUT, NO_RESPONSE -> e instanceof HubUnavailableException u && u.outcomeUnknown()
                    ? "The hub did not answer in time and may have saved the change: reload the list before trying again."
                    : "The hub did not answer: nothing was changed. Try again when it is back.";
            case UNREACHABLE -> "The hub cannot be reached: nothing was changed. Try again when it is back.";
            default -> "The hub refused the change: " + hub + ".";
        };
        return new FlowValidationException(text, e);
    }
}
