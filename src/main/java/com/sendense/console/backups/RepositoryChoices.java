package com.sendense.console.backups;

import java.time.Clock;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Optional;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Repository;

/** The repository each user picked last: the hub has no default and lists repositories in random order. */
@Repository
class RepositoryChoices {

    private final JdbcClient jdbc;
    private final Clock clock;

    RepositoryChoices(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    Optional<String> find(long userId) {
        return jdbc.sql("SELECT repository_id FROM backup_repository_choice WHERE user_id = :id")
                .param("id", userId)
                .query(String.class)
                .optional();
    }

    /** Portable instead of MERGE / ON CONFLICT, which differ between H2 and PostgreSQL. */
    void save(long userId, String repositoryId) {
        OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
        int updated = jdbc
                .sql("UPDATE backup_repository_choice SET repository_id = :repo, chosen_at = :at WHERE user_id = :id")
                .param("repo", repositoryId)
                .param("at", now)
                .param("id", userId)
                .update();
        if (updated == 0) {
            jdbc.sql(
                    "INSERT INTO backup_repository_choice (user_id, repository_id, chosen_at) VALUES (:id, :repo, :at)")
                    .param("id", userId)
                    .param("repo", repositoryId)
                    .param("at", now)
                    .update();
        }
    }
}
