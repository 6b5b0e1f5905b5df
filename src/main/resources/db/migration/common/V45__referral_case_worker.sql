-- The receiving organisation's case worker assigned to an accepted referral (chosen on accept, changed
-- later by the receiver's supervisor). The display name is kept beside the id, as for answered_by, so
-- the referral still names who worked it after the account is gone.
ALTER TABLE nrm_referral ADD COLUMN case_worker_id UUID;
ALTER TABLE nrm_referral ADD COLUMN case_worker_name VARCHAR(100);
