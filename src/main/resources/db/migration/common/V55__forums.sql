-- Forums (issue 16): the record of a meeting such as "Let's Talk TIP", held as an event of the events
-- module (linked by id, never copied), with its chair, the organisations present and the sector each
-- stood for, the agenda and the minutes; and the problems and recommendations each raised.

CREATE TABLE forum (
    id             UUID          NOT NULL PRIMARY KEY,
    event_id       UUID          NOT NULL REFERENCES event (id),
    chair_user_id  UUID,
    chair_name     VARCHAR(200),
    agenda         VARCHAR(4000),
    minutes        VARCHAR(20000),
    recorded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    recorded_by    UUID,
    version        BIGINT        NOT NULL,
    -- A forum recorded by a person names its chair; only the demo data, recorded by the system, may not yet.
    CONSTRAINT forum_chair_ck CHECK ((chair_user_id IS NULL) = (chair_name IS NULL))
);
-- One record per event: a second recording of the same meeting would split its inputs.
CREATE UNIQUE INDEX forum_event_idx ON forum (event_id);

-- The organisations present, each with the sector it stood for at that meeting.
CREATE TABLE forum_participant (
    forum_id        UUID        NOT NULL REFERENCES forum (id),
    organisation_id UUID        NOT NULL REFERENCES organisation (id),
    sector          VARCHAR(40) NOT NULL,
    PRIMARY KEY (forum_id, organisation_id)
);
CREATE INDEX forum_participant_organisation_idx ON forum_participant (organisation_id);

CREATE TABLE forum_input (
    id              UUID          NOT NULL PRIMARY KEY,
    forum_id        UUID          NOT NULL REFERENCES forum (id),
    organisation_id UUID          REFERENCES organisation (id),
    sector          VARCHAR(40)   NOT NULL,
    kind            VARCHAR(20)   NOT NULL,
    theme           VARCHAR(40)   NOT NULL,
    text            VARCHAR(2000) NOT NULL,
    shown_publicly  BOOLEAN       NOT NULL DEFAULT FALSE,
    raised_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    raised_by       UUID,
    version         BIGINT        NOT NULL,
    CONSTRAINT forum_input_kind_ck CHECK (kind IN ('PROBLEM', 'RECOMMENDATION')),
    CONSTRAINT forum_input_theme_ck CHECK (theme IN ('IDENTIFICATION_SCREENING', 'REFERRAL', 'SHELTERS_PROTECTION',
        'LEGAL_PROCESS', 'LABOUR', 'FISHERIES', 'ONLINE_CYBER', 'REPATRIATION', 'DATA_SHARING', 'FUNDING', 'OTHER'))
);
CREATE INDEX forum_input_forum_idx ON forum_input (forum_id);
CREATE INDEX forum_input_theme_idx ON forum_input (theme);

CREATE TABLE forum_input_province (
    input_id      UUID       NOT NULL REFERENCES forum_input (id),
    province_code VARCHAR(5) NOT NULL REFERENCES province (code),
    PRIMARY KEY (input_id, province_code)
);
