-- Issue 14: a user's language (a tag such as 'de'; NULL follows the browser).
ALTER TABLE user_preferences ADD COLUMN language VARCHAR(16);

-- Issue 13: previews and folder comparisons are audited in the restore log like downloads and searches.
-- Both kinds are added here at once so that the two features do not replace each other's constraint.
-- CASE rather than IN (...): see V50.
ALTER TABLE restore_downloads DROP CONSTRAINT ck_restore_downloads_kind;
ALTER TABLE restore_downloads ADD CONSTRAINT ck_restore_downloads_kind CHECK (CASE kind
    WHEN 'FILE' THEN TRUE WHEN 'ZIP' THEN TRUE WHEN 'TAR_GZ' THEN TRUE WHEN 'SEARCH' THEN TRUE
    WHEN 'PREVIEW' THEN TRUE WHEN 'COMPARE' THEN TRUE ELSE FALSE END);
