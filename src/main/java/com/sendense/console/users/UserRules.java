package com.sendense.console.users;

import com.sendense.console.base.i18n.Text;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The rules for user names, display names and passwords, in one place so that the service
 * (which enforces them) and the forms (which show them early) say the same thing.
 */
public final class UserRules {

    /** Shortest password accepted. */
    public static final int PASSWORD_MIN_LENGTH = 10;

    /** BCrypt only looks at the first 72 bytes; Spring Security refuses longer input. */
    public static final int PASSWORD_MAX_BYTES = 72;

    public static final int DISPLAY_NAME_MAX_LENGTH = 100;

    private static final Pattern USERNAME = Pattern.compile("[a-z0-9][a-z0-9._-]{1,31}");

    private UserRules() {}

    /** User names are compared and stored lower-cased, so {@code Alice} and {@code alice} are one user. */
    public static String normalizeUsername(String username) {
        return username.strip().toLowerCase(Locale.ROOT);
    }

    /** Why the user name is not valid, or empty when it is. */
    public static Optional<Text> checkUsername(String username) {
        if (!USERNAME.matcher(normalizeUsername(username)).matches()) {
            return Optional.of(Text.of("users.rule.username"));
        }
        return Optional.empty();
    }

    /** Why the display name is not valid, or empty when it is. */
    public static Optional<Text> checkDisplayName(String displayName) {
        String name = displayName.strip();
        if (name.isEmpty()) {
            return Optional.of(Text.of("users.rule.displayNameEmpty"));
        }
        if (name.length() > DISPLAY_NAME_MAX_LENGTH) {
            return Optional.of(Text.of("users.rule.displayNameTooLong", DISPLAY_NAME_MAX_LENGTH));
        }
        return Optional.empty();
    }

    /** Why the password is not acceptable, or empty when it is. */
    public static Optional<Text> checkPassword(String password) {
        if (password.length() < PASSWORD_MIN_LENGTH) {
            return Optional.of(Text.of("users.rule.passwordTooShort", PASSWORD_MIN_LENGTH));
        }
        if (password.getBytes(StandardCharsets.UTF_8).length > PASSWORD_MAX_BYTES) {
            return Optional.of(Text.of("users.rule.passwordTooLong", PASSWORD_MAX_BYTES));
        }
        if (password.isBlank()) {
            return Optional.of(Text.of("users.rule.passwordBlank"));
        }
        return Optional.empty();
    }
}
