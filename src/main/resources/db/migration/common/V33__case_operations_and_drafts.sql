-- A group met together at first contact (an inspection finds 40 workers on a boat): one operation
-- holds the facts they share, and each person still has a case of their own (own number, own clock).
CREATE TABLE nrm_operation (
    id              UUID         NOT NULL PRIMARY KEY,
    lead_org_id     UUID         NOT NULL REFERENCES organisation (id),
    persons         INT          NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by       UUID,
    idempotency_key VARCHAR(100),
    request_digest  VARCHAR(64),
    CONSTRAINT nrm_operation_persons_ck CHECK (persons BETWEEN 1 AND 200)
);
-- An API retry with the same Idempotency-Key by the same caller finds the operation it opened.
CREATE UNIQUE INDEX nrm_operation_idempotency_idx ON nrm_operation (opened_by, idempotency_key);

ALTER TABLE nrm_case ADD COLUMN operation_id UUID REFERENCES nrm_operation (id);
CREATE INDEX nrm_case_operation_idx ON nrm_case (operation_id);

-- An intake saved unfinished, to resume on another device: the whole form as JSON, sealed
-- (common.Sealed), owned by the organisation; it lapses at expires_at (a scheduled clean-up).
CREATE TABLE nrm_intake_draft (
    id           UUID          NOT NULL PRIMARY KEY,
    org_id       UUID          NOT NULL REFERENCES organisation (id),
    saved_by     UUID,
    saved_by_name VARCHAR(100) NOT NULL,
    created_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    saved_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    persons      INT           NOT NULL,
    missing      INT           NOT NULL,
    content      VARCHAR(4000000) NOT NULL,
    version      BIGINT        NOT NULL
);
CREATE INDEX nrm_intake_draft_org_idx ON nrm_intake_draft (org_id, saved_at);
CREATE INDEX nrm_intake_draft_expiry_idx ON nrm_intake_draft (expires_at);
