package com.sendense.console.protection.ui;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.hub.FlowTargetType;
import com.sendense.console.protection.FlowOverview;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.vaadin.flow.router.QueryParameters;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * The Protection list's filters, also as query parameters so that a link or reload reopens the same
 * list. A hand-edited value that does not parse is ignored, never an error page.
 *
 * @param text part of the flow's, target's or repository's name, any case
 * @param enabled only enabled ({@code true}) or only disabled ({@code false}) flows
 * @param result the last run's state, or {@link LastResult#NEVER_RUN}
 */
record FlowFilter(@Nullable String text, @Nullable Boolean enabled, @Nullable LastResult result,
        @Nullable FlowTargetType targetType) {

    static final FlowFilter ALL = new FlowFilter(null, null, null, null);

    static final String TEXT = "q";
    static final String ENABLED = "enabled";
    static final String RESULT = "result";
    static final String TARGET = "target";

    enum LastResult {

        SUCCEEDED(RunState.SUCCEEDED), PARTLY_FAILED(RunState.PARTLY_FAILED), FAILED(RunState.FAILED), STUCK(
                RunState.STUCK), SKIPPED(RunState.SKIPPED), RUNNING(RunState.RUNNING), NEVER_RUN(null);

        final @Nullable RunState state;

        LastResult(@Nullable RunState state) {
            this.state = state;
        }

        String label(Locale locale) {
            return state == null ? Messages.get(locale, "protection.filter.neverRun") : FlowTexts.state(state, locale);
        }
    }

    boolean matches(FlowOverview f) {
        if (text != null && !text.isBlank()) {
            String needle = text.strip().toLowerCase(Locale.ROOT);
            if (!contains(f.flow().name(), needle)
                    && !contains(f.targetName() == null ? f.flow().targetId() : f.targetName(), needle)
                    && !contains(f.repositoryName(), needle)) {
                return false;
            }
        }
        if (enabled != null && f.flow().enabled() != enabled) {
            return false;
        }
        if (targetType != null && f.flow().targetType() != targetType) {
            return false;
        }
        ProtectionRun last = f.lastRun();
        return result == null || (last == null ? result == LastResult.NEVER_RUN : last.state() == result.state);
    }

    private static boolean contains(@Nullable String value, String needle) {
        return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
    }

    QueryParameters toQuery() {
        Map<String, List<String>> p = new LinkedHashMap<>();
        if (text != null && !text.isBlank()) {
            p.put(TEXT, List.of(text));
        }
        if (enabled != null) {
            p.put(ENABLED, List.of(enabled ? "yes" : "no"));
        }
        if (result != null) {
            p.put(RESULT, List.of(result.name().toLowerCase(Locale.ROOT)));
        }
        if (targetType != null) {
            p.put(TARGET, List.of(targetType.name().toLowerCase(Locale.ROOT)));
        }
        return new QueryParameters(p);
    }

    static FlowFilter from(QueryParameters q) {
        return new FlowFilter(single(q, TEXT).orElse(null), single(q, ENABLED).flatMap(FlowFilter::yesNo).orElse(null),
                single(q, RESULT).flatMap(s -> named(LastResult.class, s)).orElse(null),
                single(q, TARGET).flatMap(s -> named(FlowTargetType.class, s))
                        .filter(t -> t != FlowTargetType.UNKNOWN)
                        .orElse(null));
    }

    private static Optional<String> single(QueryParameters q, String name) {
        return q.getSingleParameter(name).filter(s -> !s.isBlank());
    }

    private static Optional<Boolean> yesNo(String s) {
        return switch (s.toLowerCase(Locale.ROOT)) {
            case "yes", "true" -> Optional.of(true);
            case "no", "false" -> Optional.of(false);
            default -> Optional.empty();
        };
    }

    private static <E extends Enum<E>> Optional<E> named(Class<E> type, String s) {
        try {
            return Optional.of(Enum.valueOf(type, s.toUpperCase(Locale.ROOT).replace('-', '_')));
        } catch (IllegalArgumentException e) {
            return Optional.empty();
        }
    }
}
