package com.sendense.console.alerts;

import com.sendense.console.dashboard.Dashboard;
import com.sendense.console.dashboard.DashboardQuery;
import com.sendense.console.dashboard.DashboardService;
import com.sendense.console.hub.Backup;
import com.sendense.console.hub.BackupFilter;
import com.sendense.console.hub.BackupStatus;
import com.sendense.console.hub.HubClient;
import com.sendense.console.protection.ProtectionService;
import com.sendense.console.restore.MountService;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;
import org.jspecify.annotations.Nullable;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/** Reads one pass of facts; a source that fails is left out (null), with one log line. */
@Component
class FactsReader implements FactsSource {

    static final int RUNS = 200;
    private static final Logger log = LoggerFactory.getLogger(FactsReader.class);

    private final HubClient hub;
    private final DashboardService dashboard;
    private final ProtectionService protection;
    private final MountService mounts;
    private final SystemCaller system;

    FactsReader(HubClient hub, DashboardService dashboard, ProtectionService protection, MountService mounts,
            SystemCaller system) {
        this.hub = hub;
        this.dashboard = dashboard;
        this.protection = protection;
        this.mounts = mounts;
        this.system = system;
    }

    @Override
    public AlertFacts read() {
        return system.call(() -> {
            Dashboard board = read("dashboard", () -> dashboard.load(DashboardQuery.lastDays(dashboard.today())));
            return new AlertFacts(
                    read("failed backups", () -> hub.backups(BackupFilter.withStatus(BackupStatus.FAILED))),
                    read("running backups", this::active), read("protection runs", () -> protection.recentRuns(RUNS)),
                    board == null ? null : board.vms(), board == null ? null : board.repositories(),
                    read("mounts", mounts::activeMounts));
        });
    }

    private List<Backup> active() {
        List<Backup> all = new ArrayList<>();
        for (BackupStatus status : List.of(BackupStatus.STARTED, BackupStatus.PENDING, BackupStatus.RUNNING)) {
            all.addAll(hub.backups(BackupFilter.withStatus(status)));
        }
        return all;
    }

    private static <T> @Nullable T read(String what, Supplier<T> source) {
        try {
            return source.get();
        } catch (RuntimeException e) {
            log.warn("Alerts: cannot read {} now, its alerts wait for the next pass: {}", what, e.getMessage());
            return null;
        }
    }
}
