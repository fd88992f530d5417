package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/** Results per day, failures and storage per VM over a range. Pure, like {@link PostureCalculator}. */
final class BackupActivity {

    private final DashboardQuery query;
    private final ZoneId zone;

    BackupActivity(DashboardQuery query, ZoneId zone) {
        this.query = query;
        this.zone = zone;
    }

    /** One entry per day of the range, including days without any backup. */
    List<DailyCount> daily(Collection<Backup> completed, Collection<Backup> failed) {
        Map<LocalDate, int[]> counts = new HashMap<>();
        completed.stream().map(this::day).filter(query::contains).forEach(d -> counts.computeIfAbsent(d, k -> new int[2])[0]++);
        failed.stream().map(this::day).filter(query::contains).forEach(d -> counts.computeIfAbsent(d, k -> new int[2])[1]++);
        List<DailyCount> days = new ArrayList<>(query.days());
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            int[] c = counts.getOrDefault(d, new int[2]);
            days.add(new DailyCount(d, c[0], c[1]));
        }
        return days;
    }

    /** Failed backups that started within the range, newest first. */
    List<FailureEntry> failures(Collection<Backup> failed, PostureCalculator calculator) {
        return failed.stream().filter(b -> query.contains(day(b)))
                .sorted(Comparator.comparing(Backup::createdAt).reversed())
                .map(calculator::failure).toList();
    }

    /** Chain size and growth within the range per VM, fastest-growing first. */
    List<VmStorage> storage(Collection<String> vmNames, Collection<Backup> completed) {
        Map<String, List<Backup>> byVm = PostureCalculator.byVm(completed);
        return vmNames.stream().map(name -> {
            List<Backup> backups = byVm.getOrDefault(name, List.of());
            long chain = backups.stream().mapToLong(BackupActivity::size).sum();
            long growth = backups.stream().filter(b -> query.contains(day(b))).mapToLong(BackupActivity::size).sum();
            return new VmStorage(name, chain, growth, backups.size());
        }).sorted(Comparator.comparingLong(VmStorage::growthBytes).reversed()
                .thenComparing(Comparator.comparingLong(VmStorage::chainBytes).reversed())
                .thenComparing(VmStorage::vmName)).toList();
    }

    private LocalDate day(Backup b) {
        return b.createdAt().atZone(zone).toLocalDate();
    }

    /** A completed backup's size: what it transferred (its total once done). */
    static long size(Backup b) {
        return Math.max(b.bytesTransferred(), 0);
    }
}
