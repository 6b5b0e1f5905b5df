-- Idempotency-Key on POST /api/v1/intake-drafts, as on the other creates: the key is kept per caller
-- (created_by) with a digest of the body, so a retry finds the draft saved first and the same key with
-- another body is refused. The unique index makes two racing retries store one draft.
ALTER TABLE nrm_intake_draft ADD COLUMN created_by UUID;
ALTER TABLE nrm_intake_draft ADD COLUMN idempotency_key VARCHAR(100);
ALTER TABLE nrm_intake_draft ADD COLUMN request_digest VARCHAR(64);
CREATE UNIQUE INDEX nrm_intake_draft_idempotency_idx ON nrm_intake_draft (created_by, idempotency_key);
