-- How each category's ranking is computed (awards-results): normalised per judge or not, chosen by
-- the secretariat before the committee confirms. A category without a row is not normalised.
CREATE TABLE award_ranking_option (
    category_id  UUID          NOT NULL PRIMARY KEY REFERENCES award_category (id),
    normalise    BOOLEAN       NOT NULL,
    chosen_by    UUID          NOT NULL,
    chosen_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    version      BIGINT        NOT NULL
);
