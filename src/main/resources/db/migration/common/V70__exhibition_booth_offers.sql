-- Booths offered to exhibitors before one is allocated (awards-ceremony): each winning organisation
-- of a published award round is offered an award-winner booth at the round's ceremony event. One
-- offer per event, organisation and type, so a round published again offers nothing twice; the
-- offer is taken up when the organisers allocate that organisation a booth of that type.
CREATE TABLE exhibition_booth_offer (
    id               UUID          NOT NULL PRIMARY KEY,
    event_id         UUID          NOT NULL REFERENCES event (id),
    organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    booth_type       VARCHAR(20)   NOT NULL,
    reason_th        VARCHAR(1000),
    reason_en        VARCHAR(1000),
    source_id        UUID          NOT NULL,
    offered_at       TIMESTAMP WITH TIME ZONE NOT NULL,
    CONSTRAINT exhibition_offer_type_ck
        CHECK (booth_type IN ('AGENCY', 'AWARD_WINNER', 'MODEL_PROVINCE', 'SURVIVOR_SHOWCASE'))
);
CREATE UNIQUE INDEX exhibition_offer_once_idx ON exhibition_booth_offer (event_id, organisation_id, booth_type);
