package com.sendense.console.protection.ui;

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

/** The words and badges the Protection pages share, so a state reads the same on the list and on a flow's page. */
final class FlowTexts {

    private FlowTexts() {}

    static String state(RunState state) {
        return switch (state) {
            case RUNNING -> "Running";
            case SUCCEEDED -> "Succeeded";
            case PARTLY_FAILED -> "Partly failed";
            case FAILED -> "Failed";
            case SKIPPED -> "Skipped";
            case STUCK -> "Stuck";
        };
    }

    static StatusBadge badge(RunState state) {
        Tone tone = switch (state) {
            case RUNNING -> Tone.PRIMARY;
            case SUCCEEDED -> Tone.SUCCESS;
            case PARTLY_FAILED, SKIPPED -> Tone.WARNING;
            case FAILED, STUCK -> Tone.ERROR;
        };
        return new StatusBadge(state(state), tone);
    }

    static String outcome(VmOutcome outcome) {
        return switch (outcome) {
            case STARTING -> "Starting";
            case RUNNING -> "Running";
            case COMPLETED -> "Completed";
            case FAILED -> "Failed";
            case START_FAILED -> "Did not start";
            case SKIPPED_ALREADY_RUNNING -> "Skipped: already being backed up";
            case SKIPPED_NOT_FOUND -> "Skipped: VM no longer on the hub";
        };
    }

    static StatusBadge badge(VmOutcome outcome) {
        Tone tone = switch (outcome) {
            case STARTING, RUNNING -> Tone.PRIMARY;
            case COMPLETED -> Tone.SUCCESS;
            case FAILED, START_FAILED -> Tone.ERROR;
            case SKIPPED_ALREADY_RUNNING, SKIPPED_NOT_FOUND -> Tone.WARNING;
        };
        return new StatusBadge(outcome(outcome), tone);
    }

    static String trigger(RunTrigger trigger) {
        return switch (trigger) {
            case SCHEDULE -> "Schedule";
            case MANUAL -> "Run now";
            case CATCH_UP -> "Catch-up";
        };
    }

    static String targetType(FlowTargetType type) {
        return switch (type) {
            case VM -> "VM";
            case GROUP -> "Group";
            case UNKNOWN -> "Unknown target";
        };
    }

    /** The target with an icon and a word, so the type is not told by colour or icon alone. */
    static Component target(FlowTargetType type, String name) {
        var icon = (type == FlowTargetType.GROUP ? VaadinIcon.CLUSTER : VaadinIcon.DESKTOP).create();
        icon.setSize("var(--lumo-icon-size-s)");
        icon.getElement().setAttribute("aria-hidden", "true");
        var word = new Span(targetType(type) + ":");
        word.addClassName("flow-target-type");
        var cell = new Span(icon, word, com.sendense.console.base.ui.component.ClippedText.span(name));
        cell.addClassNames(Display.INLINE_FLEX, AlignItems.CENTER, Gap.XSMALL, "flow-target");
        return cell;
    }

    /** "3 backups started, 1 failed", from what the console recorded. */
    static String backups(ProtectionRun run) {
        long started = run.backupsStarted();
        long failed = run.count(VmOutcome.FAILED) + run.count(VmOutcome.START_FAILED);
        long skipped = run.count(VmOutcome.SKIPPED_ALREADY_RUNNING) + run.count(VmOutcome.SKIPPED_NOT_FOUND);
        String text = started + (started == 1 ? " backup started" : " backups started");
        if (failed > 0) {
            text += ", " + failed + " failed";
        }
        if (skipped > 0) {
            text += ", " + skipped + " skipped";
        }
        return text;
    }

    /** "in 2 h 05 min (Mon 7 Dec, 01:00)" in the hub's zone; how long until and when. */
    static String nextRun(@Nullable ZonedDateTime next, Instant now, ZoneId zone, Locale locale) {
        if (next == null) {
            return "—";
        }
        Duration until = Duration.between(now, next.toInstant());
        String relative = until.isNegative() || until.isZero() ? "due now" : "in " + Formatters.duration(until);
        return relative + " (" + Formatters.dateTime(next.toInstant(), zone, locale) + ")";
    }

    static String successRate(@Nullable Double rate, Locale locale) {
        return rate == null ? "no finished run yet" : String.format(locale, "%.0f %%", rate * 100);
    }
}
