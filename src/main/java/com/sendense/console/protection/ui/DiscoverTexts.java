package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.DiscoveredVm;
import com.sendense.console.hub.HubErrorCode;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.sendense.console.protection.DiscoverAddResult;
import java.util.Locale;

/** The words of "Discover VMs": what happened and what to do next, for each way the hub's slow calls end. */
final class DiscoverTexts {

    private DiscoverTexts() {}

    /** A cut at the hub's 15 s write timeout looks like a dropped connection; an unreachable hub does not. */
    static boolean cutOff(HubException e) {
        return e instanceof HubUnavailableException && e.code() != HubErrorCode.UNREACHABLE;
    }

    static String asking(Locale locale) {
        return Messages.get(locale, "protection.discover.asking");
    }

    static String discoveryFailed(HubException e, Locale locale) {
        if (cutOff(e)) {
            return Messages.get(locale, "protection.discover.cutOff");
        }
        return Messages.get(locale, "protection.discover.failed", HubErrorMessages.explain(e));
    }

    static String addFailed(HubException e, Locale locale) {
        if (e instanceof HubUnavailableException u && u.outcomeUnknown()) {
            return Messages.get(locale, "protection.discover.addUnknown");
        }
        return Messages.get(locale, "protection.discover.addFailed", HubErrorMessages.explain(e));
    }

    static String line(DiscoverAddResult.Line line, Locale locale) {
        if (line.outcome() == DiscoverAddResult.Outcome.FAILED) {
            return Messages.get(locale, "protection.discover.line.FAILED",
                    line.detail().isBlank() ? Messages.get(locale, "protection.discover.noReason") : line.detail());
        }
        return Messages.get(locale, "protection.discover.line." + line.outcome().name());
    }

    static String summary(DiscoverAddResult r, Locale locale) {
        String counts = Messages.get(locale, "protection.discover.counts", r.count(DiscoverAddResult.Outcome.ADDED),
                r.count(DiscoverAddResult.Outcome.ALREADY_EXISTED), r.count(DiscoverAddResult.Outcome.FAILED),
                r.count(DiscoverAddResult.Outcome.NOT_REPORTED));
        if (r.answerLost()) {
            return Messages.get(locale, "protection.discover.summaryLost", counts,
                    r.count(DiscoverAddResult.Outcome.UNCONFIRMED));
        }
        return Messages.get(locale, "protection.discover.summary", counts);
    }

    static String power(DiscoveredVm vm, Locale locale) {
        return Messages.get(locale, "protection.discover.power." + vm.powerState().name());
    }

    /** vCenter's guest ids, such as {@code windows2019srv_64Guest}, a little shorter. */
    static String os(DiscoveredVm vm, Locale locale) {
        String id = vm.guestOs().replace("_64Guest", " (64-bit)").replace("Guest", "");
        return id.isBlank()
                ? Messages.get(locale, "protection.discover.power.UNKNOWN")
                : id.substring(0, 1).toUpperCase(Locale.ROOT) + id.substring(1);
    }
}
