package com.sendense.console.backups.ui;

import com.sendense.console.backups.HistoryColumn;
import com.sendense.console.backups.HistoryFilter;
import com.sendense.console.backups.HistoryOrder;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.BackupType;
import com.vaadin.flow.router.QueryParameters;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * History filters and sort order as query parameters, so that a link reopens the same list.
 * Values that do not parse (a hand-edited URL) are ignored rather than failing the view.
 */
final class HistoryUrl {

    static final String VM = "vm";
    static final String STATUS = "status";
    static final String TYPE = "type";
    static final String FROM = "from";
    static final String TO = "to";
    static final String REPOSITORY = "repo";
    static final String GROUP = "group";
    static final String SORT = "sort";

    private HistoryUrl() {}

    static QueryParameters toQuery(HistoryFilter f, List<HistoryOrder> sort) {
        Map<String, List<String>> p = new LinkedHashMap<>();
        put(p, VM, f.vmName());
        put(p, STATUS, f.status() == null ? null : f.status().wireValue());
        put(p, TYPE, f.type() == null ? null : f.type().wireValue());
        put(p, FROM, f.from() == null ? null : f.from().toString());
        put(p, TO, f.to() == null ? null : f.to().toString());
        put(p, REPOSITORY, f.repositoryId());
        put(p, GROUP, f.group());
        List<String> sortValues = sortValues(sort);
        if (!sortValues.isEmpty()) {
            p.put(SORT, sortValues);
        }
        return new QueryParameters(p);
    }

    /** The {@code sort} parameter's values, e.g. {@code vm.asc}, {@code date.desc}; none for the default order. */
    static List<String> sortValues(List<HistoryOrder> sort) {
        if (sort.isEmpty() || sort.equals(HistoryOrder.NEWEST_FIRST)) {
            return List.of();
        }
        return sort.stream().map(o -> o.column().key() + (o.descending() ? ".desc" : ".asc")).toList();
    }

    static HistoryFilter filter(QueryParameters q) {
        return new HistoryFilter(single(q, VM).orElse(null), single(q, STATUS).flatMap(HistoryUrl::status).orElse(null),
                single(q, TYPE).flatMap(HistoryUrl::type).orElse(null),
                single(q, FROM).flatMap(HistoryUrl::date).orElse(null),
                single(q, TO).flatMap(HistoryUrl::date).orElse(null), single(q, REPOSITORY).orElse(null),
                single(q, GROUP).orElse(null));
    }

    static List<HistoryOrder> sort(QueryParameters q) {
        List<HistoryOrder> orders = new ArrayList<>();
        for (String part : q.getParameters()
                .getOrDefault(SORT, List.of())
                .stream()
                .flatMap(v -> Arrays.stream(v.split(",")))
                .toList()) {
            String[] kv = part.trim().split("\\.");
            HistoryColumn.fromKey(kv[0])
                    .ifPresent(c -> orders.add(new HistoryOrder(c, kv.length > 1 && kv[1].equals("desc"))));
        }
        return orders.isEmpty() ? HistoryOrder.NEWEST_FIRST : List.copyOf(orders);
    }

    private static Optional<String> single(QueryParameters q, String name) {
        return q.getSingleParameter(name).filter(s -> !s.isBlank());
    }

    private static void put(Map<String, List<String>> p, String name, @Nullable String value) {
        if (value != null) {
            p.put(name, List.of(value));
        }
    }

    private static Optional<BackupStatus> status(String s) {
        for (BackupStatus st : BackupStatus.values()) {
            if (st != BackupStatus.UNKNOWN && st.wireValue().equals(s.toLowerCase(Locale.ROOT))) {
                return Optional.of(st);
            }
        }
        return Optional.empty();
    }

    private static Optional<BackupType> type(String s) {
        for (BackupType t : BackupType.values()) {
            if (t.wireValue().equals(s.toLowerCase(Locale.ROOT))) {
                return Optional.of(t);
            }
        }
        return Optional.empty();
    }

    private static Optional<LocalDate> date(String s) {
        try {
            return Optional.of(LocalDate.parse(s));
        } catch (DateTimeParseException e) {
            return Optional.empty();
        }
    }
}
