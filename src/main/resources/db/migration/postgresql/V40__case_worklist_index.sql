-- A case worker's list (Worklist): the organisation's cases still to work first, the most urgent
-- screening first, then the others newest first. The index holds that order, its expressions exactly
-- those of the query's ORDER BY, so a page reads its twenty rows (after the ones it skips) instead of
-- sorting all of the organisation's cases on every read.
CREATE INDEX nrm_case_worklist_idx ON nrm_case (lead_org_id,
    (CASE WHEN status IN ('AWAITING_SCREENING', 'AWAITING_SIGN_OFF') THEN 0 ELSE 1 END),
    (CASE WHEN status IN ('AWAITING_SCREENING', 'AWAITING_SIGN_OFF') THEN screening_due_at END),
    opened_at DESC, id);
