package com.sendense.hubsim.world;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.jspecify.annotations.Nullable;

/**
 * Lays out the demo history on the virtual calendar: one run per flow firing and target VM, fulls first
 * then weekly, incrementals between, with the sizes, speeds, failures and stuck jobs a real site shows.
 */
final class HistoryGenerator {

    private static final long MIB = 1L << 20;

    private final Random random;
    private final IdFactory ids;
    private final VirtualTime time;
    private final int historyDays;
    private final Map<String, Repository> repositories;
    private final List<BackupRow> rows = new ArrayList<>();
    private final List<FlowExecution> executions = new ArrayList<>();
    private final Set<String> fullsDone = new HashSet<>();
    private long nextBackupDiskId = 40;

    HistoryGenerator(Random random, IdFactory ids, VirtualTime time, int historyDays,
            Map<String, Repository> repositories) {
        this.random = random;
        this.ids = ids;
        this.time = time;
        this.historyDays = historyDays;
        this.repositories = repositories;
    }

    List<BackupRow> rows() {
        return rows;
    }

    List<FlowExecution> executions() {
        return executions;
    }

    long nextBackupDiskId() {
        return nextBackupDiskId;
    }

    /** Every firing of {@code schedule} in the window that has finished by now. */
    void runFlow(ProtectionFlow flow, Schedule schedule, List<VmContext> targets) {
        LocalDate first = VirtualTime.ANCHOR.minusDays(historyDays - 1L);
        for (LocalDate date = first; !date.isAfter(VirtualTime.ANCHOR); date = date.plusDays(1)) {
            if (!schedule.firesOn(date)) {
                continue;
            }
            LocalDateTime fire = date.atTime(schedule.at());
            List<BackupRow> night = new ArrayList<>();
            LocalDateTime start = fire;
            for (VmContext vm : targets) {
                start = start.plusSeconds(2 + random.nextInt(6));
                night.add(run(vm, flow.repositoryId(), typeFor(vm, flow.repositoryId(), date, schedule), start,
                        failureFor(vm, date)));
            }
            if (night.stream().anyMatch(r -> r.completedAt() != null && r.completedAt().isAfter(time.real(time.now())))
                    || fire.isAfter(time.now())) {
                continue; // tonight's run has not finished yet in real time: it has not happened
            }
            night.forEach(this::record);
            executions.add(execution(flow, fire, night));
        }
    }

    /** A manual backup stuck {@code running} since {@code start}: the SBC never sent telemetry. */
    BackupRow stuck(VmContext vm, String repositoryId, LocalDateTime start) {
        BackupRow row = BackupRow.started("backup-" + vm.vmName() + "-" + time.idSeconds(start), vm, repositoryId,
                "full", "", Map.of(), time.real(start), disks(vm, repositoryId, start, null));
        record(row);
        return row;
    }

    /** A manual incremental that is transferring right now; the engine keeps it going. */
    BackupRow transferringNow(VmContext vm, String repositoryId) {
        LocalDateTime start = time.now().minusMinutes(3).withNano(0);
        long total = Math.max(vm.usedBytes() * 3 / 100, 1);
        long speed = (150 + random.nextInt(60)) * MIB;
        BackupRow row = BackupRow
                .started("backup-" + vm.vmName() + "-" + time.idSeconds(start), vm, repositoryId, "incremental", "",
                        Map.of(), time.real(start), disks(vm, repositoryId, start, null))
                .withTelemetry(total * 2 / 5, total, speed, time.real(time.now().minusSeconds(2).withNano(0)));
        record(row);
        return row;
    }

    private void record(BackupRow row) {
        rows.add(row);
        if (row.backupType().equals("full") && row.status().equals(BackupRow.COMPLETED)) {
            fullsDone.add(row.vmName() + "|" + row.repositoryId());
        }
    }

    private String typeFor(VmContext vm, String repositoryId, LocalDate date, Schedule schedule) {
        boolean hasFull = fullsDone.contains(vm.vmName() + "|" + repositoryId);
        boolean weeklyFullDay = schedule.dayOfWeek() == null && schedule.dayOfMonth() == 0
                ? date.getDayOfWeek() == DayOfWeek.SUNDAY
                : date.getDayOfMonth() <= 7;
        return !hasFull || weeklyFullDay ? "full" : "incremental";
    }

    private @Nullable Failure failureFor(VmContext vm, LocalDate date) {
        long daysAgo = VirtualTime.ANCHOR.toEpochDay() - date.toEpochDay();
        if (vm.vmName().equals(Roster.STALE_VM) && daysAgo < 5) {
            return new Failure(TelemetryErrors.MESSAGES.get((int) (daysAgo % TelemetryErrors.MESSAGES.size())), false);
        }
        if (vm.vmName().equals("pg-replica-01") && daysAgo == 12) {
            return new Failure("", true);
        }
        if (random.nextInt(100) < 3) {
            return new Failure(TelemetryErrors.MESSAGES.get(random.nextInt(TelemetryErrors.MESSAGES.size())),
                    random.nextBoolean());
        }
        return null;
    }

    /** How a run fails: an error in telemetry, or a crashed SBC found by the stale-job detector. */
    private record Failure(String message, boolean stalled) {}

    private BackupRow run(VmContext vm, String repositoryId, String type, LocalDateTime start,
            @Nullable Failure failure) {
        long daysAgo = VirtualTime.ANCHOR.toEpochDay() - start.toLocalDate().toEpochDay();
        double shrink = 1 - 0.0015 * daysAgo; // the VMs' data grew over the month
        long total = type.equals("full")
                ? (long) (vm.usedBytes() * shrink)
                : (long) (vm.usedBytes() * (0.005 + random.nextDouble() * 0.045));
        long speed = (type.equals("full") ? 120 + random.nextInt(140) : 25 + random.nextInt(65)) * MIB;
        long overheadSeconds = 15 + random.nextInt(30);
        String id = "backup-" + vm.vmName() + "-" + time.idSeconds(start);
        if (failure != null) {
            double fraction = 0.05 + random.nextDouble() * 0.85;
            long bytes = (long) (total * fraction);
            LocalDateTime lastTelemetry = start.plusSeconds(overheadSeconds + bytes / speed);
            Duration stale = Duration.ofSeconds(300 + random.nextInt(31));
            LocalDateTime failedAt = failure.stalled() ? lastTelemetry.plus(stale) : lastTelemetry.plusSeconds(1);
            String message = failure.stalled()
                    ? TelemetryErrors.stalled(com.sendense.hubsim.json.GoDuration.format(stale))
                    : failure.message();
            return BackupRow
                    .started(id, vm, repositoryId, type, "", Map.of(), time.real(start),
                            disks(vm, repositoryId, start, null))
                    .withTelemetry(bytes, total, speed, time.real(lastTelemetry))
                    .failed(message, time.real(failedAt));
        }
        LocalDateTime end = start.plusSeconds(overheadSeconds + total / speed);
        LocalDateTime disksDone = end.plusSeconds(2 + random.nextInt(6));
        return BackupRow
                .started(id, vm, repositoryId, type, "", Map.of(), time.real(start),
                        disks(vm, repositoryId, start, disksDone))
                .withTelemetry(total, total, speed, time.real(end.minusSeconds(1)))
                .completed(time.real(end), time.real(disksDone), d -> d);
    }

    private List<BackupDiskRow> disks(VmContext vm, String repositoryId, LocalDateTime start,
            @Nullable LocalDateTime completed) {
        String root = repositories.get(repositoryId).config().backupRoot();
        List<BackupDiskRow> disks = new ArrayList<>();
        for (int i = 0; i < vm.disks().size(); i++) {
            VmDisk disk = vm.disks().get(i);
            String perDiskId = "backup-" + vm.vmName() + "-disk" + i + "-" + time.idStamp(start.plusSeconds(i));
            String qcow2 = root + "/" + vm.contextId() + "/disk-" + i + "/" + perDiskId + ".qcow2";
            disks.add(new BackupDiskRow(nextBackupDiskId++, i, perDiskId, disk.capacityBytes(), disk.layout(), qcow2,
                    completed == null ? null : time.real(completed), completed == null ? null : ids.changeId(), false));
        }
        return disks;
    }

    private FlowExecution execution(ProtectionFlow flow, LocalDateTime fire, List<BackupRow> night) {
        int completed = (int) night.stream().filter(r -> r.status().equals(BackupRow.COMPLETED)).count();
        int failed = (int) night.stream().filter(r -> r.status().equals(BackupRow.FAILED)).count();
        boolean running = night.stream().anyMatch(BackupRow::running);
        String status = running ? "running" : failed == 0 ? "success" : completed == 0 ? "error" : "warning";
        String error = failed == 0 ? null : failed + " of " + night.size() + " backup jobs failed";
        var end = night.stream()
                .map(BackupRow::completedAt)
                .filter(java.util.Objects::nonNull)
                .max(java.time.Instant::compareTo);
        return new FlowExecution(ids.uuidV1(), flow.id(), status, time.real(fire), running ? null : end.orElse(null),
                night.size(), completed, failed, error, night.stream().map(BackupRow::id).toList());
    }
}
