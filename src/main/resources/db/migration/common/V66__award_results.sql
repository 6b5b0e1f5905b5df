-- The committee's confirmation of a category's winners (awards-results, issue #15 item 5): who
-- confirmed, when, on which ranking (normalised per judge or not), why fewer than the quota or why a
-- higher-ranked nomination was passed over, and whether the committee broke a tie across the quota
-- line (then its recorded order of the tied nominations). One confirmation per category, final.
CREATE TABLE award_category_result (
    id            UUID          NOT NULL PRIMARY KEY,
    round_id      UUID          NOT NULL REFERENCES award_round (id),
    category_id   UUID          NOT NULL REFERENCES award_category (id),
    normalised    BOOLEAN       NOT NULL,
    reason        VARCHAR(1000),
    tie_broken    BOOLEAN       NOT NULL,
    confirmed_by  UUID          NOT NULL,
    confirmed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version       BIGINT        NOT NULL
);
CREATE UNIQUE INDEX award_category_result_category_idx ON award_category_result (category_id);
CREATE INDEX award_category_result_round_idx ON award_category_result (round_id);

-- The confirmed winners, place 1 first, with the ranking's figures as they stood at confirmation.
CREATE TABLE award_winner (
    result_id       UUID          NOT NULL REFERENCES award_category_result (id),
    position        INT           NOT NULL,
    nomination_id   UUID          NOT NULL REFERENCES award_nomination (id),
    place           INT           NOT NULL,
    weighted_total  NUMERIC(8, 4) NOT NULL,
    median          NUMERIC(8, 4) NOT NULL,
    PRIMARY KEY (result_id, position),
    CONSTRAINT award_winner_place_ck CHECK (place >= 1)
);
CREATE UNIQUE INDEX award_winner_nomination_idx ON award_winner (nomination_id);

-- The committee's recorded order of nominations tied across the quota line, first = ranked higher.
CREATE TABLE award_committee_order (
    result_id       UUID          NOT NULL REFERENCES award_category_result (id),
    position        INT           NOT NULL,
    nomination_id   UUID          NOT NULL REFERENCES award_nomination (id),
    PRIMARY KEY (result_id, position)
);

-- A round's results made public: once, after every category is confirmed and the announcement is due.
CREATE TABLE award_results_publication (
    round_id           UUID          NOT NULL PRIMARY KEY REFERENCES award_round (id),
    ceremony_event_id  UUID,
    published_by       UUID          NOT NULL,
    published_at       TIMESTAMP WITH TIME ZONE NOT NULL
);
