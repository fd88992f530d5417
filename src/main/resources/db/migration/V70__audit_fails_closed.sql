-- The audit fails closed: a download's row is written (STARTED) before the first byte and
-- completed at its end, so finished_at is empty while it runs, or for good if the console stopped
-- during it. Refused attempts (manager, out of scope, symlink) are rows too (REFUSED).
-- CASE rather than IN (...): see V50.
ALTER TABLE restore_downloads ALTER COLUMN finished_at DROP NOT NULL;

ALTER TABLE restore_downloads DROP CONSTRAINT ck_restore_downloads_outcome;
ALTER TABLE restore_downloads ADD CONSTRAINT ck_restore_downloads_outcome CHECK (CASE outcome
    WHEN 'STARTED' THEN TRUE WHEN 'COMPLETE' THEN TRUE WHEN 'TRUNCATED' THEN TRUE WHEN 'ABORTED' THEN TRUE
    WHEN 'FAILED' THEN TRUE WHEN 'REFUSED' THEN TRUE ELSE FALSE END);
