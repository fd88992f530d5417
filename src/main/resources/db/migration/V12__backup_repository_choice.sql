-- The repository each user chose last in the backup wizard (the hub has no default repository).
-- One row per user who started a backup; no row means "first repository by name".
-- Plain SQL that runs unchanged on H2 2.x and PostgreSQL.

CREATE TABLE backup_repository_choice (
    user_id       BIGINT       NOT NULL,
    repository_id VARCHAR(200) NOT NULL,
    chosen_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_backup_repository_choice PRIMARY KEY (user_id),
    CONSTRAINT fk_backup_repository_choice_user FOREIGN KEY (user_id) REFERENCES users (id) ON DELETE CASCADE
);
