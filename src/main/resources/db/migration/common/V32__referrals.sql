-- Referrals of a case to another organisation of the directory, with the person's consent to share
-- exactly the sections named. The province, exploitation types and child flag are copied at sending:
-- they are all the receiver sees until it accepts (the decision view), so it never reads the case.

CREATE TABLE nrm_referral (
    id                 UUID          NOT NULL PRIMARY KEY,
    case_id            UUID          NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    sender_org_id      UUID          NOT NULL,
    receiver_org_id    UUID          NOT NULL,
    purpose            VARCHAR(40)   NOT NULL,
    urgency            VARCHAR(10)   NOT NULL,
    province_code      VARCHAR(5)    NOT NULL,
    exploitation_types VARCHAR(400)  NOT NULL,
    child_procedure    BOOLEAN       NOT NULL,
    consent            VARCHAR(20)   NOT NULL,
    consent_by         VARCHAR(200)  NOT NULL,
    consent_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    interpreter        VARCHAR(200),
    override_reason    VARCHAR(2000),
    state              VARCHAR(20)   NOT NULL,
    sent_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    sent_by            UUID,
    sent_by_name       VARCHAR(100)  NOT NULL,
    answer_due_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    answered_at        TIMESTAMP WITH TIME ZONE,
    answered_by        UUID,
    answered_by_name   VARCHAR(100),
    decline_reason     VARCHAR(20),
    decline_note       VARCHAR(1000),
    withdraw_note      VARCHAR(1000),
    completed_at       TIMESTAMP WITH TIME ZONE,
    successful         BOOLEAN,
    completion_note    VARCHAR(1000),
    idempotency_key    VARCHAR(100),
    request_digest     VARCHAR(64),
    version            BIGINT        NOT NULL,
    CONSTRAINT nrm_referral_state_ck CHECK (state IN ('IN_PROGRESS', 'ACCEPTED', 'DECLINED', 'WITHDRAWN', 'DONE')),
    CONSTRAINT nrm_referral_urgency_ck CHECK (urgency IN ('NORMAL', 'URGENT')),
    CONSTRAINT nrm_referral_consent_ck CHECK (consent IN ('GIVEN', 'REFUSED', 'COULD_NOT_ASK')),
    CONSTRAINT nrm_referral_override_ck CHECK (consent = 'GIVEN' OR override_reason IS NOT NULL),
    CONSTRAINT nrm_referral_other_org_ck CHECK (sender_org_id <> receiver_org_id)
);
CREATE INDEX nrm_referral_case_idx ON nrm_referral (case_id);
CREATE INDEX nrm_referral_receiver_idx ON nrm_referral (receiver_org_id, state);
CREATE UNIQUE INDEX nrm_referral_retry_idx ON nrm_referral (sent_by, idempotency_key);

CREATE TABLE nrm_referral_section (
    referral_id UUID        NOT NULL REFERENCES nrm_referral (id) ON DELETE CASCADE,
    section     VARCHAR(20) NOT NULL,
    PRIMARY KEY (referral_id, section),
    CONSTRAINT nrm_referral_section_ck CHECK (section IN ('PERSON', 'INTAKE', 'SCREENING'))
);
