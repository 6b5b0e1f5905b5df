-- Nominations to an award category by a member organisation or a provincial office: the nominee
-- (a person with position, organisation and province; an organisation of the directory; a
-- province), why and what they achieved, and whether the nominee consented. A nominee is named once
-- per category: active_key holds what makes two nominations the same nominee while the nomination
-- stands, and nothing once it is withdrawn (NULLs are distinct, so a withdrawn one blocks nobody).

CREATE TABLE award_nomination (
    id                    UUID          NOT NULL PRIMARY KEY,
    round_id              UUID          NOT NULL REFERENCES award_round (id),
    category_id           UUID          NOT NULL REFERENCES award_category (id),
    nominator_org_id      UUID          NOT NULL REFERENCES organisation (id),
    nominated_by          UUID          NOT NULL,
    nominee_kind          VARCHAR(12)   NOT NULL,
    active_key            VARCHAR(400),
    person_name           VARCHAR(200),
    person_position       VARCHAR(200),
    person_org_id         UUID          REFERENCES organisation (id),
    person_province       VARCHAR(5)    REFERENCES province (code),
    nominee_org_id        UUID          REFERENCES organisation (id),
    nominee_province      VARCHAR(5)    REFERENCES province (code),
    justification         VARCHAR(4000) NOT NULL,
    achievements          VARCHAR(8000) NOT NULL,
    nominee_consented     BOOLEAN       NOT NULL,
    status                VARCHAR(12)   NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    submitted_at          TIMESTAMP WITH TIME ZONE,
    withdrawn_at          TIMESTAMP WITH TIME ZONE,
    version               BIGINT        NOT NULL,
    CONSTRAINT award_nomination_kind_ck CHECK (nominee_kind IN ('PERSON', 'ORGANISATION', 'PROVINCE')),
    CONSTRAINT award_nomination_status_ck CHECK (status IN ('DRAFT', 'SUBMITTED', 'WITHDRAWN')),
    CONSTRAINT award_nomination_nominee_ck CHECK (
        (nominee_kind = 'PERSON' AND person_name IS NOT NULL AND person_org_id IS NOT NULL)
        OR (nominee_kind = 'ORGANISATION' AND nominee_org_id IS NOT NULL)
        OR (nominee_kind = 'PROVINCE' AND nominee_province IS NOT NULL))
);
CREATE UNIQUE INDEX award_nomination_nominee_idx ON award_nomination (category_id, active_key);
CREATE INDEX award_nomination_round_idx ON award_nomination (round_id, nominator_org_id);
