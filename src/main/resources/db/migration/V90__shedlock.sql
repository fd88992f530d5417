-- ShedLock's lock table: jobs that must run once across all console instances sharing this
-- database (storage sampling, the unmount sweep, the protection scheduler and run tracker) take a
-- named lock here. Times are the database's (usingDbTime), so instance clocks need not agree.
-- Plain SQL for H2 2.x and PostgreSQL alike.
CREATE TABLE shedlock (
    name       VARCHAR(64)  NOT NULL,
    lock_until TIMESTAMP    NOT NULL,
    locked_at  TIMESTAMP    NOT NULL,
    locked_by  VARCHAR(255) NOT NULL,
    CONSTRAINT pk_shedlock PRIMARY KEY (name)
);
