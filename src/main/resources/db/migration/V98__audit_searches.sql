-- A file search is audited in the restore log too (who, pattern and filters in detail, mount, folder).
-- CASE rather than IN (...): see V50.
ALTER TABLE restore_downloads DROP CONSTRAINT ck_restore_downloads_kind;
ALTER TABLE restore_downloads ADD CONSTRAINT ck_restore_downloads_kind CHECK (CASE kind
    WHEN 'FILE' THEN TRUE WHEN 'ZIP' THEN TRUE WHEN 'TAR_GZ' THEN TRUE WHEN 'SEARCH' THEN TRUE ELSE FALSE END);
