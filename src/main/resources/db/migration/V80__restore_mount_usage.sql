-- Who uses which mount right now: one row per holder (a file browser tab, a session's download
-- queue) and mount. In the database rather than in memory so that every console instance sharing
-- it sees the others' users, and a browser that crashed stops counting once its heartbeats stop.
-- A row is live while released_at is NULL and last_seen is recent (refreshed by the tab's
-- heartbeat); a released or stale row records when the mount fell idle, for the unmount sweep.
-- Plain SQL for H2 2.x and PostgreSQL alike (see V1__users.sql).

CREATE TABLE restore_mount_usage (
    mount_id    VARCHAR(64)  NOT NULL,
    holder_id   VARCHAR(255) NOT NULL,
    instance_id VARCHAR(64)  NOT NULL,
    username    VARCHAR(64)  NOT NULL,
    since       TIMESTAMP WITH TIME ZONE NOT NULL,
    last_seen   TIMESTAMP WITH TIME ZONE NOT NULL,
    released_at TIMESTAMP WITH TIME ZONE,
    CONSTRAINT pk_restore_mount_usage PRIMARY KEY (mount_id, holder_id)
);
