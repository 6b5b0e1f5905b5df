-- Reminders of follow-up actions (issue 16 item 3): one row per action and kind (due soon, overdue), inserted
-- before the reminder is sent, so its primary key lets each reminder go out once, whatever instance or re-run.

CREATE TABLE forum_action_reminder (
    action_id UUID        NOT NULL REFERENCES forum_action (id),
    kind      VARCHAR(20) NOT NULL,
    sent_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (action_id, kind),
    CONSTRAINT forum_action_reminder_kind_ck CHECK (kind IN ('DUE_SOON', 'OVERDUE'))
);
