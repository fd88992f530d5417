package com.sendense.console.alerts;

import com.sendense.console.dashboard.RepositoryStorage;
import com.sendense.console.dashboard.VmPosture;
import com.sendense.console.hub.Backup;
import com.sendense.console.protection.ProtectionRun;
import com.sendense.console.restore.MountRecord;
import java.util.List;
import org.jspecify.annotations.Nullable;

/**
 * What the detector read in one pass. A {@code null} list could not be read (hub down, a service failed):
 * causes of its kinds are then neither raised nor cleared, so an outage never looks like "all clear".
 */
record AlertFacts(@Nullable List<Backup> failedBackups, @Nullable List<Backup> activeBackups,
        @Nullable List<ProtectionRun> runs, @Nullable List<VmPosture> postures,
        @Nullable List<RepositoryStorage> repositories, @Nullable List<MountRecord> mounts) {}
