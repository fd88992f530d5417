package com.sendense.console.users;

import java.io.Serializable;
import org.jspecify.annotations.Nullable;

/**
 * Per-user settings, stored in the database so they follow the user across browsers.
 *
 * @param theme light or dark Lumo
 * @param language the console's language as a tag ({@code "de"}), or null to follow the browser
 */
public record UserPreferences(ThemeMode theme, @Nullable String language) implements Serializable {

    /** What a user who never changed anything gets. */
    public static final UserPreferences DEFAULTS = new UserPreferences(ThemeMode.LIGHT, null);

    public UserPreferences withTheme(ThemeMode newTheme) {
        return new UserPreferences(newTheme, language);
    }

    public UserPreferences withLanguage(@Nullable String newLanguage) {
        return new UserPreferences(theme, newLanguage);
    }
}
