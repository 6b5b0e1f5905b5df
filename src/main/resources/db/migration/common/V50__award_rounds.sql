-- The network's yearly awards: one round per Buddhist-Era year, its windows for nominations,
-- judging and the announcement, and its categories (the kind of nominee, the quota, the prize, the
-- criteria and the eligibility checklist the secretariat checks each nomination against).

CREATE TABLE award_round (
    id                    UUID         NOT NULL PRIMARY KEY,
    year_be               INT          NOT NULL,
    title_th              VARCHAR(200) NOT NULL,
    title_en              VARCHAR(200) NOT NULL,
    nominations_open_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    nominations_close_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    judging_open_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    judging_close_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    announce_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    blind_judging         BOOLEAN      NOT NULL,
    created_at            TIMESTAMP WITH TIME ZONE NOT NULL,
    version               BIGINT       NOT NULL,
    CONSTRAINT award_round_year_ck CHECK (year_be BETWEEN 2500 AND 2800),
    CONSTRAINT award_round_windows_ck CHECK (nominations_open_at < nominations_close_at
        AND nominations_close_at <= judging_open_at AND judging_open_at < judging_close_at
        AND judging_close_at <= announce_at)
);
CREATE UNIQUE INDEX award_round_year_idx ON award_round (year_be);

CREATE TABLE award_category (
    id            UUID          NOT NULL PRIMARY KEY,
    round_id      UUID          NOT NULL REFERENCES award_round (id),
    position      INT           NOT NULL,
    code          VARCHAR(40)   NOT NULL,
    name_th       VARCHAR(200)  NOT NULL,
    name_en       VARCHAR(200)  NOT NULL,
    nominee_kind  VARCHAR(12)   NOT NULL,
    quota         INT           NOT NULL,
    plaque        BOOLEAN       NOT NULL,
    prize_baht    NUMERIC(12, 2),
    criteria_th   VARCHAR(4000) NOT NULL,
    criteria_en   VARCHAR(4000) NOT NULL,
    CONSTRAINT award_category_kind_ck CHECK (nominee_kind IN ('PERSON', 'ORGANISATION', 'PROVINCE')),
    CONSTRAINT award_category_quota_ck CHECK (quota BETWEEN 1 AND 100),
    CONSTRAINT award_category_prize_ck CHECK (prize_baht IS NULL OR prize_baht >= 0)
);
CREATE UNIQUE INDEX award_category_code_idx ON award_category (round_id, code);

-- What a nomination must meet to go to the judges, in the order the secretariat checks it.
CREATE TABLE award_eligibility_item (
    category_id  UUID          NOT NULL REFERENCES award_category (id),
    position     INT           NOT NULL,
    text_th      VARCHAR(500)  NOT NULL,
    text_en      VARCHAR(500)  NOT NULL,
    PRIMARY KEY (category_id, position)
);
