package com.sendense.console.users;

import java.io.Serializable;

/**
 * Per-user settings, stored in the database so they follow the user across browsers.
 *
 * @param theme light or dark Lumo
 */
public record UserPreferences(ThemeMode theme) implements Serializable {

    /** What a user who never changed anything gets. */
    public static final UserPreferences DEFAULTS = new UserPreferences(ThemeMode.LIGHT);

    public UserPreferences withTheme(ThemeMode newTheme) {
        return new UserPreferences(newTheme);
    }
}
