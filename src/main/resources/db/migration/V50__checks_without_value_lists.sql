-- H2 2.4.240 binds a CHECK that compares a column with a list of string literals ("x IN ('A', 'B')",
-- or "x = 'A' OR x = 'B'", which it rewrites to the same) to the session that created it. Once the
-- connection that ran the migration is closed (the pool retires it after its maximum lifetime),
-- every insert or update of the table fails with "Check constraint invalid" until the database is
-- reopened. A CASE expression states the same rule, is not rewritten that way, and reads the same on
-- PostgreSQL. Other CHECKs (numeric ranges, "x <> 'A' OR ...", "x = LOWER(x)") are not affected.

ALTER TABLE users DROP CONSTRAINT ck_users_role;
ALTER TABLE users ADD CONSTRAINT ck_users_role CHECK (CASE role
    WHEN 'OPERATOR' THEN TRUE WHEN 'HELPDESK' THEN TRUE WHEN 'MANAGER' THEN TRUE WHEN 'ADMIN' THEN TRUE
    ELSE FALSE END);

ALTER TABLE user_preferences DROP CONSTRAINT ck_user_preferences_theme;
ALTER TABLE user_preferences ADD CONSTRAINT ck_user_preferences_theme CHECK (CASE theme
    WHEN 'LIGHT' THEN TRUE WHEN 'DARK' THEN TRUE ELSE FALSE END);

ALTER TABLE restore_downloads DROP CONSTRAINT ck_restore_downloads_kind;
ALTER TABLE restore_downloads ADD CONSTRAINT ck_restore_downloads_kind CHECK (CASE kind
    WHEN 'FILE' THEN TRUE WHEN 'ZIP' THEN TRUE WHEN 'TAR_GZ' THEN TRUE ELSE FALSE END);

ALTER TABLE restore_downloads DROP CONSTRAINT ck_restore_downloads_outcome;
ALTER TABLE restore_downloads ADD CONSTRAINT ck_restore_downloads_outcome CHECK (CASE outcome
    WHEN 'COMPLETE' THEN TRUE WHEN 'TRUNCATED' THEN TRUE WHEN 'ABORTED' THEN TRUE WHEN 'FAILED' THEN TRUE
    ELSE FALSE END);

ALTER TABLE rpo_targets DROP CONSTRAINT ck_rpo_targets_scope;
ALTER TABLE rpo_targets ADD CONSTRAINT ck_rpo_targets_scope CHECK (CASE scope_type
    WHEN 'DEFAULT' THEN TRUE WHEN 'GROUP' THEN TRUE WHEN 'VM' THEN TRUE ELSE FALSE END);
