-- Issue 14: every cause the detector raised (a failed backup, a VM past its RPO, ...), so that a cause is
-- raised once until it clears, across restarts and instances. cleared_at is set when the cause is no longer
-- seen; a cause seen again within the collapse window is reopened without a new alert (repeats counts it).
CREATE TABLE alert_cause (
    cause_key  VARCHAR(400) NOT NULL,
    kind       VARCHAR(24)  NOT NULL,
    raised_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    cleared_at TIMESTAMP WITH TIME ZONE,
    repeats    INTEGER      NOT NULL,
    CONSTRAINT pk_alert_cause PRIMARY KEY (cause_key)
);
