package com.sendense.console.alerts;

import com.sendense.console.dashboard.PostureState;
import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.StorageForecast;
import com.sendense.console.dashboard.VmPosture;
import com.sendense.console.hub.Backup;
import com.sendense.console.live.JobSnapshot;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.protection.RunState;
import com.sendense.console.restore.MountRecord;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** Facts → events, without side effects: what is wrong now, and which kinds were readable at all. */
final class AlertRules {

    record Detection(List<AlertEvent> events, Set<AlertKind> readKinds) {}

    private AlertRules() {}

    static Detection detect(AlertFacts facts, Instant now, AlertProperties p, Duration stallThreshold) {
        List<AlertEvent> events = new ArrayList<>();
        Set<AlertKind> read = EnumSet.noneOf(AlertKind.class);
        Instant since = now.minus(p.lookBack());
        if (facts.failedBackups() != null) {
            read.add(AlertKind.BACKUP_FAILED);
            for (Backup b : facts.failedBackups()) {
                Instant at = Objects.requireNonNullElse(b.completedAt(),
                        Objects.requireNonNullElse(b.startedAt(), b.createdAt()));
                if (at.isAfter(since)) {
                    events.add(AlertEvent.of(AlertKind.BACKUP_FAILED, b.id().value(), b.vmName(), b.vmName(),
                            Objects.requireNonNullElse(b.errorMessage(), ""), 0, at));
                }
            }
        }
        if (facts.activeBackups() != null) {
            read.add(AlertKind.BACKUP_STALLED);
            for (Backup b : facts.activeBackups()) {
                JobSnapshot job = JobSnapshot.of(b, now, stallThreshold);
                if (job.stalled()) {
                    long minutes = job.silence(now).orElse(Duration.ZERO).toMinutes();
                    events.add(AlertEvent.of(AlertKind.BACKUP_STALLED, b.id().value(), b.vmName(), b.vmName(), "",
                            minutes, now));
                }
            }
        }
        if (facts.runs() != null) {
            read.add(AlertKind.RUN_FAILED);
            read.add(AlertKind.RUN_MISSED);
            for (ProtectionRun run : facts.runs()) {
                Instant at = Objects.requireNonNullElse(run.endedAt(), run.startedAt());
                AlertKind kind = run.state() == RunState.SKIPPED
                        ? AlertKind.RUN_MISSED
                        : run.state() == RunState.FAILED || run.state() == RunState.PARTLY_FAILED
                                ? AlertKind.RUN_FAILED
                                : null;
                if (kind != null && at.isAfter(since)) {
                    events.add(AlertEvent.of(kind, Long.toString(run.id()), run.flowName(), null,
                            Objects.requireNonNullElse(run.message(), ""), run.id(), at));
                }
            }
        }
        if (facts.postures() != null) {
            read.add(AlertKind.RPO_EXCEEDED);
            for (VmPosture vm : facts.postures()) {
                if (vm.state() == PostureState.OVERDUE || vm.state() == PostureState.UNPROTECTED) {
                    events.add(AlertEvent.of(AlertKind.RPO_EXCEEDED, vm.vmName(), vm.vmName(), vm.vmName(), "",
                            vm.target().toHours(), now));
                }
            }
        }
        if (facts.repositories() != null) {
            read.add(AlertKind.REPOSITORY_FULL);
            read.add(AlertKind.REPOSITORY_FORECAST);
            for (RepositoryStorage repo : facts.repositories()) {
                repository(repo, now, p, events);
            }
        }
        if (facts.mounts() != null) {
            read.add(AlertKind.MOUNT_EXPIRING);
            for (MountRecord m : facts.mounts()) {
                Duration left = m.remaining(now);
                if (m.createdBy() != null && !m.expired(now) && left.compareTo(p.mountWarning()) <= 0) {
                    String vm = Objects.requireNonNullElse(m.vmName(), m.mountId().value());
                    events.add(
                            AlertEvent
                                    .of(AlertKind.MOUNT_EXPIRING, m.mountId().value(), vm, m.vmName(), "",
                                            left.toMinutes(), now)
                                    .ownedBy(m.createdBy()));
                }
            }
        }
        return new Detection(events, read);
    }

    private static void repository(RepositoryStorage repo, Instant now, AlertProperties p, List<AlertEvent> events) {
        repo.current().ifPresent(info -> {
            if (info.usedPercent() >= p.fillPercent()) {
                events.add(AlertEvent.of(AlertKind.REPOSITORY_FULL, repo.id(), repo.name(), null, "",
                        Math.round(info.usedPercent()), now));
            }
        });
        if (repo.forecast() instanceof StorageForecast.FullOn full
                && full.fullAt().isBefore(now.plus(Duration.ofDays(p.forecastDays())))) {
            long days = Math.max(0, Duration.between(now, full.fullAt()).toDays());
            events.add(AlertEvent.of(AlertKind.REPOSITORY_FORECAST, repo.id(), repo.name(), null, "", days, now));
        }
    }
}
