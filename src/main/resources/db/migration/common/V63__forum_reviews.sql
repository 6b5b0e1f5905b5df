-- A later forum reviews a recommendation raised at an earlier one (issue 16 item 4): its chair or a recorder notes
-- the outcome, about the recommendation as a whole or one of its actions, closing the recommendation's timeline.

CREATE TABLE forum_review (
    id           UUID          NOT NULL PRIMARY KEY,
    input_id     UUID          NOT NULL REFERENCES forum_input (id),
    action_id    UUID          REFERENCES forum_action (id),
    forum_id     UUID          NOT NULL REFERENCES forum (id),
    outcome      VARCHAR(20)   NOT NULL,
    note         VARCHAR(2000) NOT NULL,
    reviewed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    reviewed_by  UUID,
    by_name      VARCHAR(200)  NOT NULL,
    version      BIGINT        NOT NULL,
    CONSTRAINT forum_review_outcome_ck CHECK (outcome IN ('ACHIEVED', 'PARTLY_ACHIEVED', 'NOT_ACHIEVED', 'CARRIED_OVER'))
);
CREATE INDEX forum_review_input_idx ON forum_review (input_id);
CREATE INDEX forum_review_forum_idx ON forum_review (forum_id);
-- The recurring-problem view reads what was raised by theme, the latest first.
CREATE INDEX forum_input_theme_raised_idx ON forum_input (theme, raised_at);
