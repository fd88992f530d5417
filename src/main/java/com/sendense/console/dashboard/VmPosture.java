package com.sendense.console.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * One VM against its RPO target.
 *
 * @param vmName the VM
 * @param groups its hub groups
 * @param target its RPO target
 * @param lastGood when its newest completed backup started (the recovery point), if any
 * @param age how old that recovery point is now
 * @param state within, at risk, overdue, unprotected or not visible
 * @param strip the 30 days up to the end of the range, oldest first
 * @param lastFailure its newest failed backup, if any
 */
public record VmPosture(
        String vmName,
        List<String> groups,
        Duration target,
        @Nullable Instant lastGood,
        @Nullable Duration age,
        PostureState state,
        List<DayMark> strip,
        @Nullable FailureEntry lastFailure) {

    public VmPosture {
        groups = List.copyOf(groups);
        strip = List.copyOf(strip);
    }

    public Optional<Instant> lastGoodBackup() {
        return Optional.ofNullable(lastGood);
    }

    /** The age as a share of the target (1.0 = exactly at the target), if there is a good backup. */
    public Optional<Double> ageShare() {
        return age == null ? Optional.empty() : Optional.of((double) age.toSeconds() / target.toSeconds());
    }

    /** Whether the newest attempt failed: a failure with no good backup since. */
    public boolean failingNow() {
        return lastFailure != null && (lastGood == null || lastFailure.startedAt().isAfter(lastGood));
    }

    public long failedDays() {
        return strip.stream().filter(m -> m.result() == DayResult.FAILED).count();
    }

    public long goodDays() {
        return strip.stream().filter(m -> m.result() == DayResult.GOOD).count();
    }
}
