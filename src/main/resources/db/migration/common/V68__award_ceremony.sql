-- A round's award ceremony (awards-results): the campaign day's event where the awards are handed
-- over (an event of the events module, by id), and the secretariat's order of presentation when it
-- differs from the usual one (categories in order, each from the last place to the first).
CREATE TABLE award_ceremony (
    round_id  UUID    NOT NULL PRIMARY KEY REFERENCES award_round (id),
    event_id  UUID    REFERENCES event (id),
    version   BIGINT  NOT NULL
);

CREATE TABLE award_presentation (
    round_id       UUID  NOT NULL REFERENCES award_ceremony (round_id),
    position       INT   NOT NULL,
    nomination_id  UUID  NOT NULL REFERENCES award_nomination (id),
    PRIMARY KEY (round_id, position)
);
