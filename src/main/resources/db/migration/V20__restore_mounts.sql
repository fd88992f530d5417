-- What each hub mount is. The hub's mount list reports every mount with backup_id "" and
-- disk_index 0, so the console remembers mount_id -> (VM, backup, disk, who, when) itself.
-- A row lives as long as the mount is listed by the hub; the hub never reuses a mount id (UUID).
-- Plain SQL for H2 2.x and PostgreSQL alike (see V1__users.sql).

CREATE TABLE restore_mount (
    mount_id          VARCHAR(64)  NOT NULL,
    vm_name           VARCHAR(255) NOT NULL,
    backup_id         VARCHAR(255) NOT NULL,
    disk_index        INTEGER      NOT NULL,
    disk_size_bytes   BIGINT,
    backup_type       VARCHAR(16),
    backup_created_at TIMESTAMP WITH TIME ZONE,
    backup_disk_id    BIGINT,
    created_by        VARCHAR(32),
    created_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at        TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT pk_restore_mount PRIMARY KEY (mount_id),
    CONSTRAINT ck_restore_mount_disk CHECK (disk_index >= 0)
);
-- backup_type ('FULL' or 'INCREMENTAL') is checked in Java, not by a CHECK: H2 2.4.240 fails a
-- CHECK with a string literal ("Check constraint invalid") once the connection that created it
-- is closed, e.g. when the pool retires Flyway's connection, until the database is reopened.

CREATE INDEX ix_restore_mount_backup ON restore_mount (backup_id, disk_index);
