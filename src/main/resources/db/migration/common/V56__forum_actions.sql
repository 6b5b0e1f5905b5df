-- Follow-up actions agreed at forums (issue 16 item 3): what, the owner organisation, a due date not before
-- the forum, milestones, a status with a reason when dropped, a progress in per cent, and the updates with their
-- evidence (a note and a link), which are also the action's change history.

CREATE TABLE forum_action (
    id            UUID          NOT NULL PRIMARY KEY,
    forum_id      UUID          NOT NULL REFERENCES forum (id),
    input_id      UUID          NOT NULL REFERENCES forum_input (id),
    what          VARCHAR(1000) NOT NULL,
    owner_org_id  UUID          NOT NULL REFERENCES organisation (id),
    due_on        DATE          NOT NULL,
    status        VARCHAR(20)   NOT NULL,
    progress      INT           NOT NULL,
    drop_reason   VARCHAR(1000),
    agreed_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    agreed_by     UUID,
    version       BIGINT        NOT NULL,
    CONSTRAINT forum_action_status_ck CHECK (status IN ('OPEN', 'IN_PROGRESS', 'DONE', 'DROPPED')),
    CONSTRAINT forum_action_progress_ck CHECK (progress BETWEEN 0 AND 100),
    -- Dropping needs a reason, and only a dropped action has one.
    CONSTRAINT forum_action_drop_reason_ck CHECK ((status = 'DROPPED') = (drop_reason IS NOT NULL))
);
CREATE INDEX forum_action_owner_idx ON forum_action (owner_org_id, status);
CREATE INDEX forum_action_due_idx ON forum_action (status, due_on);
CREATE INDEX forum_action_input_idx ON forum_action (input_id);

CREATE TABLE forum_action_milestone (
    action_id UUID         NOT NULL REFERENCES forum_action (id),
    position  INT          NOT NULL,
    title     VARCHAR(300) NOT NULL,
    due_on    DATE,
    PRIMARY KEY (action_id, position)
);

CREATE TABLE forum_action_update (
    action_id  UUID          NOT NULL REFERENCES forum_action (id),
    position   INT           NOT NULL,
    updated_at TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_by UUID,
    by_name    VARCHAR(200)  NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    progress   INT           NOT NULL,
    note       VARCHAR(2000),
    link       VARCHAR(500),
    reason     VARCHAR(1000),
    PRIMARY KEY (action_id, position)
);
