-- Stamped on every change that must end a user's sessions (disabled, role, VM scope, password).
-- Each session remembers the stamp it signed in with; every console instance on this database
-- ends a session whose stamp is stale at its next request. A deleted user has no stamp at all.
ALTER TABLE users ADD COLUMN security_version BIGINT DEFAULT 0 NOT NULL;
