package com.sendense.console.dashboard;

import com.sendense.console.base.CsvWriter;
import com.sendense.console.base.i18n.Messages;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.jspecify.annotations.Nullable;

/**
 * The dashboard as CSV for spreadsheets, through {@link CsvWriter} (ISO dates; error messages
 * from the hub and VM names from vCenter are neutralised there). Figures the console computes are
 * passed as numbers so they stay numbers.
 */
public final class DashboardCsv {

    private DashboardCsv() {}

    /** One row per VM: posture, last error and what its backups wrote (see {@link VmStorage}). */
    public static String vms(Dashboard d, Locale locale) {
        Map<String, VmStorage> storage = d.storage()
                .stream()
                .collect(Collectors.toMap(VmStorage::vmName, Function.identity()));
        StringBuilder out = new StringBuilder();
        header(out, locale, "vm", "groups", "rpoHours", "lastGoodBackup", "ageHours", "status", "goodDays30",
                "failedDays30", "lastErrorAt", "lastError", "growthBytesInRange", "rangeChainBytes");
        for (VmPosture vm : d.vms()) {
            VmStorage s = storage.getOrDefault(vm.vmName(), new VmStorage(vm.vmName(), 0, 0, 0));
            line(out, vm.vmName(), String.join("; ", vm.groups()), vm.target().toHours(), iso(vm.lastGood()),
                    vm.age() == null ? "" : oneDecimal(vm.age().toSeconds() / 3600.0),
                    Messages.get(locale, vm.state().label()), vm.goodDays(), vm.failedDays(),
                    vm.lastFailure() == null ? "" : iso(vm.lastFailure().startedAt()),
                    vm.lastFailure() == null ? "" : vm.lastFailure().message(), s.growthBytes(), s.rangeChainBytes());
        }
        return out.toString();
    }

    /** One row per day of the range. */
    public static String days(Dashboard d, Locale locale) {
        StringBuilder out = new StringBuilder();
        header(out, locale, "day", "completed", "failed");
        d.days().forEach(c -> line(out, c.day(), c.completed(), c.failed()));
        return out.toString();
    }

    /** One row per repository: capacity now and the estimate. */
    public static String repositories(Dashboard d, Locale locale) {
        StringBuilder out = new StringBuilder();
        header(out, locale, "repository", "type", "totalBytes", "usedBytes", "usedPercent", "estimatedFull",
                "growthBytesPerDay");
        for (RepositoryStorage r : d.repositories()) {
            String full = switch (r.forecast()) {
                case StorageForecast.FullOn f -> iso(f.fullAt());
                case StorageForecast.NotGrowing n -> Messages.get(locale, "dashboard.csv.notGrowing");
                case StorageForecast.NotEnoughData n -> Messages.get(locale, "dashboard.csv.notEnoughData");
            };
            @Nullable
            Long perDay = switch (r.forecast()) {
                case StorageForecast.FullOn f -> Math.round(f.bytesPerDay());
                case StorageForecast.NotGrowing n -> Math.round(n.bytesPerDay());
                case StorageForecast.NotEnoughData n -> null;
            };
            line(out, r.name(), r.type().name().toLowerCase(Locale.ROOT),
                    r.current().map(i -> i.totalBytes()).orElse(null), r.current().map(i -> i.usedBytes()).orElse(null),
                    r.current().map(i -> oneDecimal(i.usedPercent())).orElse(null), full, perDay);
        }
        return out.toString();
    }

    /**
     * One row per failed backup in the range, newest first, as the failures list shows them (all, not the first few).
     */
    public static String failures(Dashboard d, Locale locale) {
        Map<String, String> names = d.repositories()
                .stream()
                .collect(Collectors.toMap(RepositoryStorage::id, RepositoryStorage::name, (a, b) -> a));
        StringBuilder out = new StringBuilder();
        header(out, locale, "startedAt", "vm", "type", "repositoryId", "repository", "error");
        d.failures()
                .forEach(f -> line(out, iso(f.startedAt()), f.vmName(), f.type().wireValue(), f.repositoryId(),
                        names.getOrDefault(f.repositoryId(), f.repositoryId()), f.message()));
        return out.toString();
    }

    /** One row per recorded capacity sample in the range, per repository by name, oldest first. */
    public static String storageSamples(Dashboard d, Locale locale) {
        StringBuilder out = new StringBuilder();
        header(out, locale, "time", "repository", "usedBytes", "capacityBytes", "estimated");
        for (RepositoryStorage r : d.repositories()) {
            r.samples().forEach(s -> line(out, iso(s.at()), r.name(), s.usedBytes(), s.totalBytes(), s.estimated()));
        }
        return out.toString();
    }

    private static String iso(@Nullable Instant t) {
        return t == null ? "" : t.toString();
    }

    private static BigDecimal oneDecimal(double value) {
        return BigDecimal.valueOf(value).setScale(1, RoundingMode.HALF_UP);
    }

    /** Column names from the bundle ({@code dashboard.csv.column.rpoHours}): spreadsheet users read them too. */
    private static void header(StringBuilder out, Locale locale, String... columns) {
        line(out,
                (Object[]) java.util.Arrays.stream(columns)
                        .map(c -> Messages.get(locale, "dashboard.csv.column." + c))
                        .toArray(String[]::new));
    }

    private static void line(StringBuilder out, @Nullable Object... cells) {
        CsvWriter.to(out).row(cells);
    }
}
