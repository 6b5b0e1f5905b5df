-- Waiting-list offers, organiser edits and tickets reissued when a participant changes mode.

-- A freed seat is held for the first in line (status OFFERED) until this moment; then it lapses
-- (status OFFER_EXPIRED) and passes on. Found by the expiry job through the index below.
ALTER TABLE registration ADD COLUMN offer_expires_at TIMESTAMP WITH TIME ZONE;
CREATE INDEX registration_offer_expiry_idx ON registration (status, offer_expires_at);

-- Signed tickets carry this serial; moving a participant to the other mode issues serial + 1 and a
-- new typed code, and the old ones are refused at the door.
ALTER TABLE registration ADD COLUMN ticket_serial INT DEFAULT 1 NOT NULL;

-- Seats held by open offers count against capacity and quotas like confirmed ones.
ALTER TABLE event_tally ADD COLUMN offered INT DEFAULT 0 NOT NULL;

-- Tickets replaced by a newer one (the registration itself stays valid): scanners refuse them offline.
CREATE TABLE revoked_ticket (
    registration_id UUID        NOT NULL REFERENCES registration (id),
    serial          INT         NOT NULL,
    event_id        UUID        NOT NULL REFERENCES event (id),
    ticket_code     VARCHAR(12) NOT NULL,
    reason          VARCHAR(20) NOT NULL,
    revoked_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (registration_id, serial)
);
CREATE INDEX revoked_ticket_event_idx ON revoked_ticket (event_id);
CREATE INDEX revoked_ticket_code_idx ON revoked_ticket (ticket_code);
