package com.sendense.console.dashboard;

import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;
import com.sendense.console.protection.VmCoverage;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A VM whose schedule cannot meet its RPO target: not scheduled at all, or with a longest gap
 * ({@code gap}, empty when the flows run less than twice in eight weeks) above the target.
 * {@code problem} and {@code fix} are sentences for the page; their arguments may be texts themselves (the
 * suggested schedule), which {@link #translate} puts into words first.
 */
public record ScheduleFinding(VmCoverage vm, Duration target, @Nullable Duration gap, Text problem, Text fix) {

    public String vmName() {
        return vm.vmName();
    }

    public Optional<Duration> longestGap() {
        return Optional.ofNullable(gap);
    }

    public boolean notScheduled() {
        return vm.notScheduled();
    }

    /** The problem and the fix in one line: "Web nightly runs every 24 h but its RPO is 4 h: schedule …". */
    public String text(Locale locale) {
        return Messages.get(locale, "dashboard.schedule.finding", translate(problem, locale), translate(fix, locale));
    }

    /** {@code text} in {@code locale}, with every argument that is a {@link Text} translated too. */
    public static String translate(Text text, Locale locale) {
        Object[] args = text.args().stream().map(a -> a instanceof Text t ? translate(t, locale) : a).toArray();
        return Messages.get(locale, text.key(), args);
    }
}
