package com.sendense.console.users;

import com.sendense.console.base.i18n.Languages;
import com.sendense.console.base.i18n.Messages;
import com.sendense.console.base.i18n.Text;

import java.io.Serializable;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Which VMs a user may see and restore from. {@link #ALL} for every role but
 * {@link Role#HELPDESK}; a help-desk user gets the patterns an administrator gave them, and with
 * no patterns sees nothing.
 *
 * <p>A pattern is a VM name or a glob: {@code *} matches any run of characters (also none),
 * {@code ?} exactly one, everything else itself. Matching ignores case, because VM names are
 * typed by people and {@code web-*} should cover {@code WEB-01} too.
 */
public final class VmScope implements Serializable {

    /** Longest pattern accepted; the database column is as wide. */
    public static final int MAX_PATTERN_LENGTH = 128;

    /** Every VM: administrators, operators and managers. */
    public static final VmScope ALL = new VmScope(true, List.of());

    /** No VM at all: a help-desk user without patterns, or nobody signed in. */
    public static final VmScope NONE = new VmScope(false, List.of());

    private final boolean unrestricted;
    private final List<String> patterns;

    private VmScope(boolean unrestricted, List<String> patterns) {
        this.unrestricted = unrestricted;
        this.patterns = patterns;
    }

    /**
     * A restricted scope of these patterns; duplicates and surrounding blanks are dropped.
     *
     * @throws IllegalArgumentException if a pattern is not valid (see {@link #checkPattern})
     */
    public static VmScope of(Collection<String> patterns) {
        List<String> clean = normalize(patterns);
        return clean.isEmpty() ? NONE : new VmScope(false, clean);
    }

    /** The scope a user with this role and these stored patterns has. */
    public static VmScope forRole(Role role, Collection<String> patterns) {
        return role.isScoped() ? of(patterns) : ALL;
    }

    /**
     * Trims, drops duplicates (ignoring case) and sorts patterns, rejecting invalid ones.
     *
     * @throws InvalidPattern with a text for the user if a pattern is not valid
     */
    public static List<String> normalize(Collection<String> patterns) {
        TreeSet<String> clean = new TreeSet<>();
        for (String pattern : patterns) {
            checkPattern(pattern).ifPresent(error -> {
                throw new InvalidPattern(error, pattern.strip());
            });
            clean.add(pattern.strip().toLowerCase(Locale.ROOT));
        }
        return List.copyOf(clean);
    }

    /** Why a pattern is not valid, or empty when it is. Surrounding blanks are ignored. */
    public static Optional<Text> checkPattern(String pattern) {
        String p = pattern.strip();
        if (p.isEmpty()) {
            return Optional.of(Text.of("users.scope.patternEmpty"));
        }
        if (p.length() > MAX_PATTERN_LENGTH) {
            return Optional.of(Text.of("users.scope.patternTooLong", MAX_PATTERN_LENGTH));
        }
        if (p.chars().anyMatch(Character::isISOControl)) {
            return Optional.of(Text.of("users.scope.patternControl"));
        }
        return Optional.empty();
    }

    /** Whether the user may see the VM with this name. */
    public boolean allows(String vmName) {
        if (unrestricted) {
            return true;
        }
        String name = vmName.toLowerCase(Locale.ROOT);
        for (String pattern : patterns) {
            if (globMatches(pattern, name)) {
                return true;
            }
        }
        return false;
    }

    /** True for {@link #ALL}. */
    public boolean isUnrestricted() {
        return unrestricted;
    }

    /** The patterns of a restricted scope, lower-cased and sorted; empty for {@link #ALL} and {@link #NONE}. */
    public List<String> patterns() {
        return patterns;
    }

    /** Short text for lists: "All VMs", "No VMs" or the patterns. */
    public Text summary() {
        if (unrestricted) {
            return Text.of("users.scope.all");
        }
        return patterns.isEmpty()
                ? Text.of("users.scope.none")
                : Text.of("users.scope.patterns", String.join(", ", patterns));
    }

    /** A pattern the rules refuse; {@link #text()} says why (in English in the message, for the log). */
    public static final class InvalidPattern extends IllegalArgumentException {

        private final Text text;

        InvalidPattern(Text why, String pattern) {
            super(Messages.get(Languages.DEFAULT, "users.scope.invalidPattern", Messages.get(Languages.DEFAULT, why),
                    pattern));
            this.text = Text.of("users.scope.invalidPattern", why, pattern);
        }

        public Text text() {
            return text;
        }
    }

    // Iterative wildcard match with backtracking to the last '*': linear for typical patterns
    // and, unlike a regex built from user input, no escaping mistakes or catastrophic cases.
    static boolean globMatches(String pattern, String text) {
        int p = 0;
        int t = 0;
        int star = -1;
        int afterStar = 0;
        while (t < text.length()) {
            if (p < pattern.length() && (pattern.charAt(p) == '?' || pattern.charAt(p) == text.charAt(t))) {
                p++;
                t++;
            } else if (p < pattern.length() && pattern.charAt(p) == '*') {
                star = p++;
                afterStar = t;
            } else if (star >= 0) {
                p = star + 1;
                t = ++afterStar;
            } else {
                return false;
            }
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof VmScope other && unrestricted == other.unrestricted && patterns.equals(other.patterns);
    }

    @Override
    public int hashCode() {
        return Boolean.hashCode(unrestricted) * 31 + patterns.hashCode();
    }

    @Override
    public String toString() {
        return "VmScope[" + (unrestricted ? "all" : String.join(", ", patterns)) + "]";
    }
}
