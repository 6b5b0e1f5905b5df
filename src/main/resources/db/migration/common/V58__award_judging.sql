-- Judging the awards: the secretariat's eligibility check of each submitted nomination (item by
-- item, with a reason for an item not met), the rubric of each category (weighted criteria scored
-- 1 to 10), the judges on each category's panel, the conflicts of interest a judge declares or the
-- system finds (a found one may be dismissed, with a reason), and the judges' scores.

ALTER TABLE award_nomination ADD COLUMN eligibility VARCHAR(12);
ALTER TABLE award_nomination ADD COLUMN eligibility_checked_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE award_nomination ADD COLUMN eligibility_checked_by UUID;
ALTER TABLE award_nomination ADD CONSTRAINT award_nomination_eligibility_ck
    CHECK ((eligibility IS NULL AND eligibility_checked_at IS NULL)
        OR (eligibility IN ('ELIGIBLE', 'INELIGIBLE') AND eligibility_checked_at IS NOT NULL));

-- One row per item of the category's checklist, in its order; an item not met says why.
CREATE TABLE award_eligibility_check (
    nomination_id  UUID          NOT NULL REFERENCES award_nomination (id),
    position       INT           NOT NULL,
    met            BOOLEAN       NOT NULL,
    reason         VARCHAR(1000),
    PRIMARY KEY (nomination_id, position),
    CONSTRAINT award_eligibility_check_reason_ck CHECK (met OR reason IS NOT NULL)
);

CREATE TABLE award_criterion (
    id           UUID          NOT NULL PRIMARY KEY,
    category_id  UUID          NOT NULL REFERENCES award_category (id),
    position     INT           NOT NULL,
    name_th      VARCHAR(200)  NOT NULL,
    name_en      VARCHAR(200)  NOT NULL,
    weight       INT           NOT NULL,
    CONSTRAINT award_criterion_weight_ck CHECK (weight BETWEEN 1 AND 100)
);
CREATE UNIQUE INDEX award_criterion_position_idx ON award_criterion (category_id, position);

-- A judge on a category's panel; the judge's organisation as it was when they were seated.
CREATE TABLE award_panel_seat (
    id            UUID          NOT NULL PRIMARY KEY,
    category_id   UUID          NOT NULL REFERENCES award_category (id),
    judge_id      UUID          NOT NULL,
    judge_name    VARCHAR(200)  NOT NULL,
    judge_org_id  UUID,
    seated_at     TIMESTAMP WITH TIME ZONE NOT NULL,
    seated_by     UUID
);
CREATE UNIQUE INDEX award_panel_seat_judge_idx ON award_panel_seat (category_id, judge_id);
CREATE INDEX award_panel_seat_by_judge_idx ON award_panel_seat (judge_id);

-- Why a judge may not see a nomination: declared by the judge (with their reason), or found by the
-- system (basis = which tie, party = the organisation or province that ties them). While a conflict
-- stands (not dismissed) the judge's queries leave the nomination out.
CREATE TABLE award_conflict (
    id                UUID          NOT NULL PRIMARY KEY,
    nomination_id     UUID          NOT NULL REFERENCES award_nomination (id),
    judge_id          UUID          NOT NULL,
    source            VARCHAR(8)    NOT NULL,
    basis             VARCHAR(24)   NOT NULL,
    party_org_id      UUID,
    party_province    VARCHAR(5),
    reason            VARCHAR(1000),
    recorded_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    dismissed_at      TIMESTAMP WITH TIME ZONE,
    dismissed_by      UUID,
    dismissal_reason  VARCHAR(1000),
    version           BIGINT        NOT NULL,
    CONSTRAINT award_conflict_source_ck CHECK (source IN ('DECLARED', 'FOUND')),
    CONSTRAINT award_conflict_basis_ck CHECK (basis IN ('DECLARED', 'NOMINEE_ORGANISATION', 'NOMINATOR_ORGANISATION',
        'NOMINATED_PROVINCE')),
    CONSTRAINT award_conflict_declared_ck CHECK (source = 'FOUND' OR (reason IS NOT NULL AND dismissed_at IS NULL)),
    CONSTRAINT award_conflict_dismissal_ck CHECK ((dismissed_at IS NULL AND dismissal_reason IS NULL)
        OR (dismissed_at IS NOT NULL AND dismissal_reason IS NOT NULL))
);
CREATE UNIQUE INDEX award_conflict_basis_idx ON award_conflict (nomination_id, judge_id, basis);
CREATE INDEX award_conflict_judge_idx ON award_conflict (judge_id, nomination_id);

-- A judge's score of one criterion of one nomination, 1 to 10, with an optional comment.
CREATE TABLE award_score (
    id             UUID          NOT NULL PRIMARY KEY,
    nomination_id  UUID          NOT NULL REFERENCES award_nomination (id),
    judge_id       UUID          NOT NULL,
    criterion_id   UUID          NOT NULL REFERENCES award_criterion (id),
    score          INT           NOT NULL,
    comment        VARCHAR(2000),
    scored_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version        BIGINT        NOT NULL,
    CONSTRAINT award_score_scale_ck CHECK (score BETWEEN 1 AND 10)
);
CREATE UNIQUE INDEX award_score_criterion_idx ON award_score (nomination_id, judge_id, criterion_id);
CREATE INDEX award_score_judge_idx ON award_score (judge_id);
