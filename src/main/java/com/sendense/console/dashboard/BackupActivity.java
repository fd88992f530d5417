package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Pure, like {@link PostureCalculator}. */
final class BackupActivity {

    private final DashboardQuery query;
    private final ZoneId zone;

    BackupActivity(DashboardQuery query, ZoneId zone) {
        this.query = query;
        this.zone = zone;
    }

    /** Includes days without any backup. */
    List<DailyCount> daily(Collection<Backup> completed, Collection<Backup> failed) {
        Map<LocalDate, int[]> counts = new HashMap<>();
        completed.stream()
                .map(this::day)
                .filter(query::contains)
                .forEach(d -> counts.computeIfAbsent(d, k -> new int[2])[0]++);
        failed.stream()
                .map(this::day)
                .filter(query::contains)
                .forEach(d -> counts.computeIfAbsent(d, k -> new int[2])[1]++);
        List<DailyCount> days = new ArrayList<>(query.days());
        for (LocalDate d = query.from(); !d.isAfter(query.to()); d = d.plusDays(1)) {
            int[] c = counts.getOrDefault(d, new int[2]);
            days.add(new DailyCount(d, c[0], c[1]));
        }
        return days;
    }

    List<FailureEntry> failures(Collection<Backup> failed, PostureCalculator calculator) {
        return failed.stream()
                .filter(b -> query.contains(day(b)))
                .sorted(Comparator.comparing(Backup::createdAt).reversed())
                .map(calculator::failure)
                .toList();
    }

    /** Fastest-growing first. */
    List<VmStorage> storage(Collection<String> vmNames, Collection<Backup> completed) {
        Map<String, List<Backup>> byVm = PostureCalculator.byVm(completed);
        return vmNames.stream().map(name -> {
            List<Backup> chain = rangeChain(byVm.getOrDefault(name, List.of()));
            long growth = chain.stream().filter(b -> query.contains(day(b))).mapToLong(BackupActivity::size).sum();
            return new VmStorage(name, growth, chain.stream().mapToLong(BackupActivity::size).sum(), chain.size());
        })
                .sorted(Comparator.comparingLong(VmStorage::growthBytes)
                        .reversed()
                        .thenComparing(Comparator.comparingLong(VmStorage::rangeChainBytes).reversed())
                        .thenComparing(VmStorage::vmName))
                .toList();
    }

    /**
     * Per repository (a chain never crosses one): the last full that started before the range, whose
     * point is current when the range starts, and everything after it up to the range's end.
     */
    private List<Backup> rangeChain(List<Backup> backups) {
        Map<String, List<Backup>> byRepository = backups.stream()
                .filter(b -> !day(b).isAfter(query.to()))
                .collect(Collectors.groupingBy(Backup::repositoryId));
        List<Backup> chain = new ArrayList<>();
        for (List<Backup> inRepository : byRepository.values()) {
            // Without a listed full before the range, the oldest listed backup is as far back as the console can see.
            Instant start = inRepository.stream()
                    .filter(b -> b.type() == BackupType.FULL && day(b).isBefore(query.from()))
                    .map(Backup::createdAt)
                    .max(Comparator.naturalOrder())
                    .orElse(Instant.MIN);
            inRepository.stream().filter(b -> !b.createdAt().isBefore(start)).forEach(chain::add);
        }
        return chain;
    }

    private LocalDate day(Backup b) {
        return b.createdAt().atZone(zone).toLocalDate();
    }

    /** What it transferred, which is its total once done. */
    static long size(Backup b) {
        return Math.max(b.bytesTransferred(), 0);
    }
}
