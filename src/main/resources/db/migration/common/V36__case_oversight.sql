-- Oversight of cases beyond the lead organisation (issue 13, items 5 and 6): break glass, consent
-- revocation and onward referral.

-- A coordinator's break glass: full (read-only) access to one case for a limited time, after a
-- written reason. The reason may tell something of the person: sealed like circumstances.
CREATE TABLE nrm_break_glass (
    id              UUID          NOT NULL PRIMARY KEY,
    case_id         UUID          NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    user_id         UUID          NOT NULL,
    user_name       VARCHAR(100)  NOT NULL,
    organisation_id UUID,
    reason          VARCHAR(20000) NOT NULL,
    opened_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT nrm_break_glass_expiry_ck CHECK (expires_at > opened_at)
);
CREATE INDEX nrm_break_glass_case_idx ON nrm_break_glass (case_id, expires_at);
CREATE INDEX nrm_break_glass_user_idx ON nrm_break_glass (user_id, case_id, expires_at);

-- An onward referral: the organisation that accepted parent_referral_id refers the case on.
ALTER TABLE nrm_referral ADD COLUMN parent_referral_id UUID REFERENCES nrm_referral (id);
CREATE INDEX nrm_referral_parent_idx ON nrm_referral (parent_referral_id);

-- Sections whose sharing the person's revoked consent ended: moved here from nrm_referral_section,
-- so every query that reads a referral's sections stops sharing them at once.
CREATE TABLE nrm_referral_revoked_section (
    referral_id     UUID          NOT NULL REFERENCES nrm_referral (id) ON DELETE CASCADE,
    section         VARCHAR(20)   NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_by      UUID,
    revoked_by_name VARCHAR(100)  NOT NULL,
    PRIMARY KEY (referral_id, section),
    CONSTRAINT nrm_referral_revoked_section_ck CHECK (section IN ('PERSON', 'INTAKE', 'SCREENING'))
);
