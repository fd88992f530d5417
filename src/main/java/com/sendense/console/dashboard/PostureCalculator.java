package com.sendense.console.dashboard;

import com.sendense.console.hub.Backup;
import com.sendense.console.hub.VmContext;
import com.sendense.console.hub.VmGroup;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/** Pure: the inputs are the hub's inventory and backup lists, so tests can check any history. */
final class PostureCalculator {

    static final int STRIP_DAYS = 30;

    private static final Comparator<VmPosture> WORST_FIRST = Comparator.comparing(VmPosture::state)
            .thenComparing(p -> p.ageShare().orElse(Double.MAX_VALUE), Comparator.reverseOrder())
            .thenComparing(VmPosture::vmName, String.CASE_INSENSITIVE_ORDER);

    private final DashboardProperties properties;
    private final ZoneId zone;
    private final Instant now;

    PostureCalculator(DashboardProperties properties, ZoneId zone, Instant now) {
        this.properties = properties;
        this.zone = zone;
        this.now = now;
    }

    /** Worst first, each with a strip of the 30 days ending on {@code stripEnd}. */
    List<VmPosture> postures(Collection<VmContext> vms, Collection<Backup> completed, Collection<Backup> failed,
            RpoPolicy policy, LocalDate stripEnd) {
        Map<String, List<Backup>> completedByVm = byVm(completed);
        Map<String, List<Backup>> failedByVm = byVm(failed);
        List<VmPosture> result = new ArrayList<>();
        for (VmContext vm : vms) {
            result.add(posture(vm, completedByVm.getOrDefault(vm.vmName(), List.of()),
                    failedByVm.getOrDefault(vm.vmName(), List.of()), policy.targetFor(vm), stripEnd));
        }
        result.sort(WORST_FIRST);
        return result;
    }

    private VmPosture posture(VmContext vm, List<Backup> completed, List<Backup> failed, Duration target,
            LocalDate stripEnd) {
        Instant lastGood = completed.stream().map(Backup::createdAt).max(Comparator.naturalOrder()).orElse(null);
        Duration age = lastGood == null ? null : nonNegative(Duration.between(lastGood, now));
        FailureEntry lastFailure = failed.stream()
                .max(Comparator.comparing(Backup::createdAt))
                .map(this::failure)
                .orElse(null);
        List<String> groups = vm.groups().stream().map(VmGroup::name).toList();
        return new VmPosture(vm.vmName(), groups, target, lastGood, age, state(vm, age, target),
                strip(completed, failed, stripEnd), lastFailure);
    }

    private PostureState state(VmContext vm, @Nullable Duration age, Duration target) {
        if (hiddenByHub(vm.vmName())) {
            return PostureState.HIDDEN;
        }
        if (age == null || age.compareTo(properties.unprotectedAfter()) > 0) {
            return PostureState.UNPROTECTED;
        }
        if (age.compareTo(target) > 0) {
            return PostureState.OVERDUE;
        }
        if (age.toSeconds() > target.toSeconds() * properties.atRiskFraction()) {
            return PostureState.AT_RISK;
        }
        return PostureState.WITHIN;
    }

    private List<DayMark> strip(List<Backup> completed, List<Backup> failed, LocalDate end) {
        Map<LocalDate, Set<DayResult>> seen = new HashMap<>();
        completed.forEach(b -> seen.computeIfAbsent(day(b), d -> EnumSet.noneOf(DayResult.class)).add(DayResult.GOOD));
        failed.forEach(b -> seen.computeIfAbsent(day(b), d -> EnumSet.noneOf(DayResult.class)).add(DayResult.FAILED));
        LocalDate today = now.atZone(zone).toLocalDate();
        List<DayMark> marks = new ArrayList<>(STRIP_DAYS);
        for (LocalDate d = end.minusDays(STRIP_DAYS - 1L); !d.isAfter(end); d = d.plusDays(1)) {
            Set<DayResult> results = seen.getOrDefault(d, Set.of());
            DayResult result = results.contains(DayResult.GOOD)
                    ? DayResult.GOOD
                    : results.contains(DayResult.FAILED)
                            ? DayResult.FAILED
                            : d.equals(today) ? DayResult.PENDING : DayResult.MISSED;
            marks.add(new DayMark(d, result));
        }
        return marks;
    }

    FailureEntry failure(Backup b) {
        String message = b.errorMessage() == null ? "" : b.errorMessage().strip();
        return new FailureEntry(b.id(), b.vmName(), b.createdAt(), day(b), b.type(), b.repositoryId(), message);
    }

    LocalDate day(Backup b) {
        return b.createdAt().atZone(zone).toLocalDate();
    }

    /** The hub drops every backup row whose id contains {@code -disk}, and ids embed the VM name. */
    static boolean hiddenByHub(String vmName) {
        return vmName.contains("-disk");
    }

    static Map<String, List<Backup>> byVm(Collection<Backup> backups) {
        Map<String, List<Backup>> map = new HashMap<>();
        backups.forEach(b -> map.computeIfAbsent(b.vmName(), n -> new ArrayList<>()).add(b));
        return map;
    }

    private static Duration nonNegative(Duration d) {
        return d.isNegative() ? Duration.ZERO : d;
    }
}
