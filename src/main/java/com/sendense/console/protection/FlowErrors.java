package com.sendense.console.protection;

import com.sendense.console.base.i18n.Text;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;

/** The hub's flow errors (mostly 500s told apart by message, contract P1) as sentences a user can act on. */
final class FlowErrors {

    private FlowErrors() {}

    static FlowValidationException words(HubException e, String flowName) {
        String hub = e.details().or(e::hubMessage).orElse(e.code().name()).replaceFirst("^validation failed: ", "");
        Text text = switch (e.code()) {
            case DUPLICATE_NAME -> Text.of("protection.flowError.duplicate", flowName);
            case REPLICATION_NOT_SUPPORTED -> Text.of("protection.flowError.replication");
            case REPOSITORY_IN_USE, GROUP_HAS_VMS, SCHEDULE_IN_USE -> Text.of("protection.flowError.refused", hub);
            case INVALID_REQUEST -> Text.of("protection.flowError.invalid", hub);
            case FLOW_NOT_FOUND -> Text.of("protection.flowError.flowGone");
            case REPOSITORY_NOT_FOUND -> Text.of("protection.flowError.repositoryGone");
            case GROUP_NOT_FOUND -> Text.of("protection.flowError.groupGone");
            case VM_NOT_FOUND -> Text.of("protection.flowError.vmGone");
            case SCHEDULE_NOT_FOUND -> Text.of("protection.flowError.scheduleGone");
            case TIMEOUT,
                    NO_RESPONSE ->
                e instanceof HubUnavailableException u && u.outcomeUnknown()
                        ? Text.of("protection.flowError.maybeSaved")
                        : Text.of("protection.flowError.noAnswer");
            case UNREACHABLE -> Text.of("protection.flowError.unreachable");
            default -> Text.of("protection.flowError.other", hub);
        };
        return new FlowValidationException(text, e);
    }
}
