package com.sendense.console.protection.ui;

import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.protection.DiscoverAddResult;
import java.util.Locale;

/** The words of "Discover VMs": what happened and what to do next, for each way the hub's slow calls end. */
final class DiscoverTexts {

    static final String ASKING = "Asking vCenter through the hub… this can take up to a minute on large inventories.";

    private DiscoverTexts() {}

    /** A cut at the hub's 15 s write timeout looks like a dropped connection; an unreachable hub does not. */
    static boolean cutOff(HubException e) {
        return e instanceof HubUnavailableException && e.code() != HubErrorCode.UNREACHABLE;
    }

    static String discoveryFailed(HubException e) {
        if (cutOff(e)) {
            return "vCenter's answer did not arrive: the hub cuts every answer off after 15 seconds, and listing a "
                    + "large inventory takes longer. Nothing was changed. Narrow the name filter (for example a "
                    + "name prefix) and discover again, or try again when vCenter is less busy.";
        }
        return "Discovery failed. " + HubErrorMessages.explain(e);
    }

    static String addFailed(HubException e) {
        if (e instanceof HubUnavailableException u && u.outcomeUnknown()) {
            return "The hub's answer was cut off, and the VM list could not be read afterwards either, so the console "
                    + "cannot tell which VMs were added. It did not send the request again. Refresh the VM list in a "
                    + "minute; add any VM that is still missing.";
        }
        return "No VMs were added. " + HubErrorMessages.explain(e);
    }

    static String line(DiscoverAddResult.Line line) {
        return switch (line.outcome()) {
            case ADDED -> "added";
            case ALREADY_EXISTED -> "already in the VM list, so the hub skipped it";
            case FAILED -> "failed: " + (line.detail().isBlank() ? "the hub gave no reason" : line.detail());
            case NOT_REPORTED -> "not added: vCenter no longer reports a VM of this name (renamed or removed since "
                    + "discovery?). Discover again.";
            case UNCONFIRMED -> "not in the VM list yet: the hub may still be adding it. Refresh the VM list in a "
                    + "minute and add it again if it is missing.";
        };
    }

    static String summary(DiscoverAddResult r) {
        String counts = "%d added, %d already there, %d failed, %d not reported".formatted(
                r.count(DiscoverAddResult.Outcome.ADDED), r.count(DiscoverAddResult.Outcome.ALREADY_EXISTED),
                r.count(DiscoverAddResult.Outcome.FAILED), r.count(DiscoverAddResult.Outcome.NOT_REPORTED));
        if (r.answerLost()) {
            return "The hub's answer was cut off after 15 seconds. The console read the VM list again instead of "
                    + "guessing, and did not send the request twice: " + counts + ", "
                    + r.count(DiscoverAddResult.Outcome.UNCONFIRMED) + " not confirmed yet.";
        }
        return counts + ".";
    }

    static String power(DiscoveredVm vm) {
        return switch (vm.powerState()) {
            case ON -> "Powered on";
            case OFF -> "Powered off";
            case SUSPENDED -> "Suspended";
            case UNKNOWN -> "Unknown";
        };
    }

    /** vCenter's guest ids, such as {@code windows2019srv_64Guest}, a little shorter. */
    static String os(DiscoveredVm vm) {
        String id = vm.guestOs().replace("_64Guest", " (64-bit)").replace("Guest", "");
        return id.isBlank() ? "Unknown" : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
