-- Screening by a multidisciplinary team: each member answers every indicator (act, means, purpose)
-- yes / no / unknown, so dissent is kept; the case worker records the outcome and a supervisor who
-- did not record it signs it off. Reasons may tell the person's story: sealed like circumstances.

CREATE TABLE nrm_screening (
    id                 UUID         NOT NULL PRIMARY KEY,
    case_id            UUID         NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    outcome            VARCHAR(20)  NOT NULL,
    route              VARCHAR(30),
    reasons            VARCHAR(20000),
    decided_at         TIMESTAMP WITH TIME ZONE NOT NULL,
    decided_by         UUID,
    decided_by_name    VARCHAR(100) NOT NULL,
    late               BOOLEAN      NOT NULL,
    signed_off_at      TIMESTAMP WITH TIME ZONE,
    signed_off_by      UUID,
    signed_off_by_name VARCHAR(100),
    CONSTRAINT nrm_screening_outcome_ck CHECK (outcome IN ('IDENTIFIED_VICTIM', 'NOT_A_VICTIM', 'UNDETERMINED')),
    CONSTRAINT nrm_screening_route_ck CHECK ((outcome = 'NOT_A_VICTIM') = (route IS NOT NULL))
);
CREATE UNIQUE INDEX nrm_screening_case_idx ON nrm_screening (case_id);

CREATE TABLE nrm_screening_member (
    screening_id UUID         NOT NULL REFERENCES nrm_screening (id) ON DELETE CASCADE,
    position     INT          NOT NULL,
    name         VARCHAR(200) NOT NULL,
    organisation VARCHAR(300),
    discipline   VARCHAR(20)  NOT NULL,
    PRIMARY KEY (screening_id, position)
);

CREATE TABLE nrm_screening_answer (
    screening_id UUID        NOT NULL REFERENCES nrm_screening (id) ON DELETE CASCADE,
    member       INT         NOT NULL,
    indicator    VARCHAR(60) NOT NULL,
    answer       VARCHAR(10) NOT NULL,
    PRIMARY KEY (screening_id, member, indicator),
    CONSTRAINT nrm_screening_answer_ck CHECK (answer IN ('YES', 'NO', 'UNKNOWN'))
);
