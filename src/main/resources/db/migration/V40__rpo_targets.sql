-- Recovery point objectives for the dashboard: one default, plus overrides per hub group and per VM.
-- A VM's target is its own override, else the strictest override of its groups, else the default.
-- Groups and VMs are keyed by name: that is what administrators see, and it survives the hub
-- re-creating a group with a new id.
CREATE TABLE rpo_targets (
    scope_type   VARCHAR(8)   NOT NULL,
    scope_name   VARCHAR(128) NOT NULL,
    target_hours INT          NOT NULL,
    updated_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by   VARCHAR(32)  NOT NULL,
    CONSTRAINT pk_rpo_targets PRIMARY KEY (scope_type, scope_name),
    CONSTRAINT ck_rpo_targets_scope CHECK (scope_type IN ('DEFAULT', 'GROUP', 'VM')),
    CONSTRAINT ck_rpo_targets_default_name CHECK (scope_type <> 'DEFAULT' OR scope_name = ''),
    CONSTRAINT ck_rpo_targets_hours CHECK (target_hours BETWEEN 1 AND 8784)
);

INSERT INTO rpo_targets (scope_type, scope_name, target_hours, updated_at, updated_by)
VALUES ('DEFAULT', '', 24, CURRENT_TIMESTAMP, 'system');
