package com.sendense.console.restore.ui;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.HubErrorMessages;
import com.sendense.console.hub.HubException;
import com.sendense.console.hub.HubUnavailableException;
import com.vaadin.flow.component.UI;
import java.util.Locale;
import java.util.concurrent.CompletionException;
import org.jspecify.annotations.Nullable;

/** The hub reports nearly every restore failure as HTTP 500; the hub client has already told them apart by code. */
final class MountErrors {

    enum NextStep {
        SHOW_MOUNTS, RETRY,
        /** Ask the hub again for a mount it may have made; never mounts twice. */
        CHECK_AGAIN,
        /** Only an administrator can fix it on the hub; trying again helps once they have. */
        ADMINISTRATOR, CHOOSE_ANOTHER
    }

    record Explanation(String title, String text, NextStep next) {}

    private MountErrors() {}

    /** Without the future's {@link CompletionException} wrapper. */
    static @Nullable Throwable cause(@Nullable Throwable error) {
        return error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
    }

    /** In the current UI's language (English without one). */
    static String sentence(HubException e) {
        UI ui = UI.getCurrent();
        return sentence(e, ui == null || ui.getLocale() == null ? Languages.DEFAULT : ui.getLocale());
    }

    static String sentence(HubException e, Locale locale) {
        Explanation explanation = explain(e, locale);
        return Messages.get(locale, "restore.mountError.sentence", explanation.title(), explanation.text());
    }

    /** The fix only an administrator on the hub can make. */
    static String adminFix(Locale locale) {
        return Messages.get(locale, "restore.mountError.adminFix");
    }

    /** Before trying: the hub reports no free slot. */
    static Explanation explainSlotsFull(Locale locale) {
        return explanation("slotsFull", NextStep.SHOW_MOUNTS, locale);
    }

    static Explanation explain(HubException e, Locale locale) {
        return switch (e.code()) {
            case MOUNT_LIMIT_REACHED, NO_NBD_DEVICE -> explainSlotsFull(locale);
            case DISK_NOT_FOUND -> explanation("diskNotFound", NextStep.RETRY, locale);
            case QCOW2_MISSING -> explanation("qcow2Missing", NextStep.CHOOSE_ANOTHER, locale);
            case NO_MOUNTABLE_PARTITIONS -> explanation("noPartitions", NextStep.ADMINISTRATOR, locale);
            case MOUNT_BLOCKED_BY_FAILED_MOUNT -> explanation("blockedByFailed", NextStep.ADMINISTRATOR, locale);
            case MOUNT_NOT_READY -> explanation("notReady", NextStep.RETRY, locale);
            case TIMEOUT,
                    NO_RESPONSE ->
                e instanceof HubUnavailableException u && u.outcomeUnknown()
                        ? explanation("outcomeUnknown", NextStep.CHECK_AGAIN, locale)
                        : new Explanation(Messages.get(locale, "restore.mountError.noAnswer.title"),
                                HubErrorMessages.explain(e), NextStep.RETRY);
            case MOUNT_NOT_FOUND -> explanation("mountGone", NextStep.RETRY, locale);
            default -> new Explanation(Messages.get(locale, "restore.mountError.failed.title"),
                    HubErrorMessages.explain(e), NextStep.RETRY);
        };
    }

    private static Explanation explanation(String name, NextStep next, Locale locale) {
        String text = Messages.get(locale, "restore.mountError." + name + ".text");
        if (next == NextStep.ADMINISTRATOR) {
            text = text + " " + adminFix(locale);
        }
        return new Explanation(Messages.get(locale, "restore.mountError." + name + ".title"), text, next);
    }
}
