package com.sendense.console.dashboard;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/** {@code lastGood} is when the newest completed backup started, the recovery point; {@code strip} is oldest first. */
public record VmPosture(String vmName, List<String> groups, Duration target, @Nullable Instant lastGood,
        @Nullable Duration age, PostureState state, List<DayMark> strip, @Nullable FailureEntry lastFailure) {

    public VmPosture {
        groups = List.copyOf(groups);
        strip = List.copyOf(strip);
    }

    public Optional<Instant> lastGoodBackup() {
        return Optional.ofNullable(lastGood);
    }

    /** 1.0 is exactly at the target. */
    public Optional<Double> ageShare() {
        return age == null ? Optional.empty() : Optional.of((double) age.toSeconds() / target.toSeconds());
    }

    /** A failure with no good backup since. */
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
