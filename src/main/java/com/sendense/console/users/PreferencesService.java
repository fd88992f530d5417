package com.sendense.console.users;

import com.sendense.console.base.i18n.Languages;
import org.jspecify.annotations.Nullable;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The signed-in user's own preferences. Anyone signed in may read and change their own; nobody
 * can touch anyone else's through this service.
 */
@Service
public class PreferencesService {

    private final CurrentUser currentUser;
    private final PreferencesRepository preferences;

    PreferencesService(CurrentUser currentUser, PreferencesRepository preferences) {
        this.currentUser = currentUser;
        this.preferences = preferences;
    }

    /** The signed-in user's preferences, or the defaults when nobody is signed in or nothing was saved. */
    @Transactional(readOnly = true)
    public UserPreferences current() {
        return currentUser.account()
                .flatMap(account -> preferences.find(account.id()))
                .orElse(UserPreferences.DEFAULTS);
    }

    public ThemeMode theme() {
        return current().theme();
    }

    /**
     * Stores the signed-in user's theme.
     *
     * @throws AccessDeniedException when nobody is signed in
     */
    @Transactional
    public void setTheme(ThemeMode theme) {
        save(current().withTheme(theme));
    }

    /**
     * Stores the signed-in user's language: a supported tag ({@code "de"}), or null to follow the browser.
     *
     * @throws IllegalArgumentException for a language the console does not speak
     * @throws AccessDeniedException when nobody is signed in
     */
    @Transactional
    public void setLanguage(@Nullable String language) {
        if (language != null && !Languages.isSupported(language)) {
            throw new IllegalArgumentException("Unsupported language: " + language);
        }
        save(current().withLanguage(language));
    }

    private void save(UserPreferences updated) {
        long userId = currentUser.account()
                .orElseThrow(() -> new AccessDeniedException("Sign in to save preferences"))
                .id();
        preferences.save(userId, updated);
    }
}
