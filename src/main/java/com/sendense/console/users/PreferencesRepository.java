package com.sendense.console.users;

import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** SQL for {@code user_preferences}: one row per user who changed something. */
@Repository
class PreferencesRepository {

    private final JdbcClient jdbc;

    PreferencesRepository(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    Optional<UserPreferences> find(long userId) {
        return jdbc.sql("SELECT theme, language FROM user_preferences WHERE user_id = :id")
                .param("id", userId)
                .query((rs, n) -> new UserPreferences(ThemeMode.valueOf(rs.getString("theme")),
                        rs.getString("language")))
                .optional();
    }

    /** Insert or update; portable instead of MERGE / ON CONFLICT, which differ between H2 and PostgreSQL. */
    void save(long userId, UserPreferences preferences) {
        int updated = jdbc.sql("UPDATE user_preferences SET theme = :theme, language = :language WHERE user_id = :id")
                .param("theme", preferences.theme().name())
                .param("language", preferences.language())
                .param("id", userId)
                .update();
        if (updated == 0) {
            jdbc.sql("INSERT INTO user_preferences (user_id, theme, language) VALUES (:id, :theme, :language)")
                    .param("id", userId)
                    .param("theme", preferences.theme().name())
                    .param("language", preferences.language())
                    .update();
        }
    }
}
