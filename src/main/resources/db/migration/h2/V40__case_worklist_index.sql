-- A case worker's list (Worklist). H2 has no index on expressions (PostgreSQL's V40 holds the list's
-- whole order): the organisation's cases to work, by status and screening clock.
CREATE INDEX nrm_case_worklist_idx ON nrm_case (lead_org_id, status, screening_due_at);
