package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.ui.component.ClippedText;
import com.sendense.console.base.ui.component.Formatters;
import com.sendense.console.base.ui.component.StatusBadge;
import com.sendense.console.base.ui.component.StatusBadge.Tone;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.sendense.console.protection.RunTrigger;
import com.sendense.console.protection.VmOutcome;
import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.icon.VaadinIcon;
import com.vaadin.flow.theme.lumo.LumoUtility.AlignItems;
import com.vaadin.flow.theme.lumo.LumoUtility.Display;
import com.vaadin.flow.theme.lumo.LumoUtility.Gap;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZonedDateTime;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The words and badges the Protection pages share, so a state reads the same on the list and on a flow's
 * page; each in the reader's language.
 */
final class FlowTexts {

    private FlowTexts() {}

    static String state(RunState state, Locale locale) {
        return Messages.get(locale, "protection.runState." + state.name());
    }

    static StatusBadge badge(RunState state, Locale locale) {
        Tone tone = switch (state) {
            case RUNNING -> Tone.PRIMARY;
            case SUCCEEDED -> Tone.SUCCESS;
            case PARTLY_FAILED, SKIPPED -> Tone.WARNING;
            case FAILED, STUCK -> Tone.ERROR;
        };
        return new StatusBadge(state(state, locale), tone);
    }

    static String outcome(VmOutcome outcome, Locale locale) {
        return Messages.get(locale, "protection.vmOutcome." + outcome.name());
    }

    static StatusBadge badge(VmOutcome outcome, Locale locale) {
        Tone tone = switch (outcome) {
            case STARTING, RUNNING -> Tone.PRIMARY;
            case COMPLETED -> Tone.SUCCESS;
            case FAILED, START_FAILED -> Tone.ERROR;
            case SKIPPED_ALREADY_RUNNING, SKIPPED_NOT_FOUND -> Tone.WARNING;
        };
        return new StatusBadge(outcome(outcome, locale), tone);
    }

    static String trigger(RunTrigger trigger, Locale locale) {
        return Messages.get(locale, "protection.trigger." + trigger.name());
    }

    static String targetType(FlowTargetType type, Locale locale) {
        return Messages.get(locale, "protection.targetType." + type.name());
    }

    /** The target with an icon and a word, so the type is not told by colour or icon alone. */
    static Component target(FlowTargetType type, String name, Locale locale) {
        var icon = (type == FlowTargetType.GROUP ? VaadinIcon.CLUSTER : VaadinIcon.DESKTOP).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        var word = new Span(Messages.get(locale, "protection.flows.targetWord", targetType(type, locale)));
        word.addClassName("flow-target-type");
        var cell = new Span(icon, word, ClippedText.span(name));
        cell.addClassNames(Display.INLINE_FLEX, AlignItems.CENTER, Gap.XSMALL, "flow-target");
        return cell;
    }

    /** "3 backups started, 1 failed", from what the console recorded. */
    static String backups(ProtectionRun run, Locale locale) {
        long failed = run.count(VmOutcome.FAILED) + run.count(VmOutcome.START_FAILED);
        long skipped = run.count(VmOutcome.SKIPPED_ALREADY_RUNNING) + run.count(VmOutcome.SKIPPED_NOT_FOUND);
        return Messages.get(locale, "protection.runs.backups", run.backupsStarted(), failed, skipped);
    }

    /** "in 2 h 05 min (Mon 7 Dec, 01:00)" in the hub's zone; how long until and when. */
    static String nextRun(@Nullable ZonedDateTime next, Instant now, ZoneId zone, Locale locale) {
        if (next == null) {
            return "—";
        }
        Duration until = Duration.between(now, next.toInstant());
        String when = Formatters.dateTime(next.toInstant(), zone, locale);
        return until.isNegative() || until.isZero()
                ? Messages.get(locale, "protection.flows.dueNow", when)
                : Messages.get(locale, "protection.flows.dueIn", Formatters.duration(until, locale), when);
    }

    static String successRate(@Nullable Double rate, Locale locale) {
        return rate == null
                ? Messages.get(locale, "protection.flows.noFinishedRun")
                : String.format(locale, "%.0f %%", rate * 100);
    }
}
