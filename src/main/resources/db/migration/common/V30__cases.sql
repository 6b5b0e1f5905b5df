-- The National Referral Mechanism: one case per person met by a first responder, led by the case
-- worker's organisation. Names and circumstances are sealed at rest (common.Sealed: AES-GCM, base64
-- with a key id; Thai text is 3 bytes a character, so a sealed value is about four times its
-- length); names are found by their blind index (HMAC-SHA256), never by their text.

CREATE TABLE nrm_case (
    id                 UUID         NOT NULL PRIMARY KEY,
    case_number        VARCHAR(24)  NOT NULL,
    lead_org_id        UUID         NOT NULL REFERENCES organisation (id),
    province_code      VARCHAR(6)   NOT NULL REFERENCES province (code),
    district           VARCHAR(100),
    channel            VARCHAR(30)  NOT NULL,
    first_contact_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    screening_due_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    circumstances      VARCHAR(20000),
    status             VARCHAR(30)  NOT NULL,
    child_procedure    BOOLEAN      NOT NULL,
    gender             VARCHAR(30)  NOT NULL,
    birth_precision    VARCHAR(12)  NOT NULL,
    birth_year         INT,
    birth_month        INT,
    birth_day          INT,
    estimated_age      INT,
    opened_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    opened_by          UUID,
    idempotency_key    VARCHAR(100),
    request_digest     VARCHAR(64),
    version            BIGINT       NOT NULL,
    CONSTRAINT nrm_case_channel_ck CHECK (channel IN ('HOTLINE_1300', 'POLICE_OPERATION', 'LABOUR_INSPECTION',
        'PIPO_FISHERIES_INSPECTION', 'NGO_OUTREACH', 'EMBASSY', 'SELF_REFERRAL', 'ONLINE_REPORT', 'OTHER')),
    CONSTRAINT nrm_case_birth_ck CHECK (birth_precision IN ('COMPLETE', 'YEAR_MONTH', 'YEAR', 'ESTIMATED', 'UNKNOWN')),
    CONSTRAINT nrm_case_age_ck CHECK (estimated_age IS NULL OR estimated_age BETWEEN 0 AND 120)
);
CREATE UNIQUE INDEX nrm_case_number_idx ON nrm_case (case_number);
-- Every list is one organisation's, in the order of the screening clock.
CREATE INDEX nrm_case_lead_idx ON nrm_case (lead_org_id, screening_due_at);
-- An API retry with the same Idempotency-Key by the same caller finds the case it opened.
CREATE UNIQUE INDEX nrm_case_idempotency_idx ON nrm_case (opened_by, idempotency_key);

CREATE TABLE nrm_case_exploitation (
    case_id UUID        NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    code    VARCHAR(40) NOT NULL,
    PRIMARY KEY (case_id, code)
);

CREATE TABLE nrm_person_name (
    case_id   UUID          NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    position  INT           NOT NULL,
    kind      VARCHAR(10)   NOT NULL,
    name      VARCHAR(1200) NOT NULL,
    name_key  VARCHAR(64)   NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT nrm_person_name_kind_ck CHECK (kind IN ('LEGAL', 'ALIAS', 'AS_TOLD'))
);
CREATE INDEX nrm_person_name_key_idx ON nrm_person_name (name_key);

CREATE TABLE nrm_person_nationality (
    case_id UUID       NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    code    VARCHAR(2) NOT NULL,
    PRIMARY KEY (case_id, code)
);

-- The case's timeline: every step, who took it and when (by the application's clock).
CREATE TABLE nrm_case_step (
    case_id     UUID         NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    position    INT          NOT NULL,
    step        VARCHAR(40)  NOT NULL,
    occurred_at TIMESTAMP WITH TIME ZONE NOT NULL,
    actor_id    UUID,
    actor_name  VARCHAR(100) NOT NULL,
    PRIMARY KEY (case_id, position)
);

-- Case numbers run gap-free per Buddhist-Era year and province: the intake takes this row's lock.
CREATE TABLE nrm_case_counter (
    year_be       INT        NOT NULL,
    province_code VARCHAR(6) NOT NULL,
    last_number   INT        NOT NULL,
    PRIMARY KEY (year_be, province_code)
);

-- Case roles reach victims' data: two-step sign-in by default (a system administrator may change it).
INSERT INTO role_policy (role, totp_required, version) VALUES ('CASE_WORKER', TRUE, 0);
INSERT INTO role_policy (role, totp_required, version) VALUES ('CASE_SUPERVISOR', TRUE, 0);
