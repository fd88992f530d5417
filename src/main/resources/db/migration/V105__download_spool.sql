-- Files the console pulled from the hub into its spool, to serve them to one user's browser with
-- ranges (the hub cuts every response at 15 s and supports none). In the database so that a restart
-- and a second instance sharing the spool directory know which files are whose, how much of the cap
-- is taken, and what has expired. size_bytes is the size reserved against the cap when the pull
-- starts (the hub's listing size); a row still FILLING that is older than its time to live was left
-- by a console that stopped mid-pull. Plain SQL for H2 2.x and PostgreSQL alike (see V1__users.sql).

CREATE TABLE download_spool (
    id           VARCHAR(36)   NOT NULL,
    username     VARCHAR(64)   NOT NULL,
    file_name    VARCHAR(1024) NOT NULL,
    content_type VARCHAR(255)  NOT NULL,
    size_bytes   BIGINT        NOT NULL,
    state        VARCHAR(16)   NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_download_spool PRIMARY KEY (id)
);

CREATE INDEX ix_download_spool_expires ON download_spool (expires_at);
