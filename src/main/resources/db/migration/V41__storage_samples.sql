-- Repository capacity over time. The hub measures storage only "now", so the console records a
-- sample per repository on a schedule. Rows with estimated = TRUE were reconstructed from backup
-- history when a repository was first seen (used now minus what later backups wrote).
CREATE TABLE storage_samples (
    repository_id VARCHAR(128) NOT NULL,
    sampled_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    total_bytes   BIGINT  NOT NULL,
    used_bytes    BIGINT  NOT NULL,
    estimated     BOOLEAN NOT NULL,
    CONSTRAINT pk_storage_samples PRIMARY KEY (repository_id, sampled_at),
    CONSTRAINT ck_storage_samples_bytes CHECK (total_bytes >= 0 AND used_bytes >= 0)
);
