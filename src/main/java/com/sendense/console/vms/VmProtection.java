package com.sendense.console.vms;

import com.sendense.console.base.i18n.Text;

import com.sendense.console.protection.VmCoverage;
import java.time.Instant;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * What the VM list says about a VM's backups: when its newest completed backup started (the recovery
 * point) and what protects it. A {@code null} value with a note means the console does not know, and
 * the note says why; {@code null} with no note is "never" or "not scheduled".
 */
public record VmProtection(@Nullable Instant lastGood, @Nullable Text lastGoodUnknown, @Nullable VmCoverage coverage,
        @Nullable Text coverageUnknown) {

    public Optional<Instant> lastGoodBackup() {
        return Optional.ofNullable(lastGood);
    }

    public Optional<VmCoverage> vmCoverage() {
        return Optional.ofNullable(coverage);
    }
}
