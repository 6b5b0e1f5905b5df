-- Tickets and check-in: a short code people can type, when and by whom a participant was checked
-- in, and each event's Ed25519 key pair (private key sealed with the platform key).

ALTER TABLE registration ADD COLUMN ticket_code VARCHAR(12);
ALTER TABLE registration ADD COLUMN checked_in_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE registration ADD COLUMN checked_in_by VARCHAR(100);
CREATE UNIQUE INDEX registration_ticket_code_idx ON registration (ticket_code);

CREATE TABLE event_key (
    event_id            UUID         NOT NULL PRIMARY KEY REFERENCES event (id),
    public_key          VARCHAR(100) NOT NULL,
    private_key_sealed  VARCHAR(300) NOT NULL,
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL
);

-- The private link's token, sealed, so the confirmation e-mail (sent after commit, retried until
-- it goes) can carry it; lookups use the hash.
ALTER TABLE registration ADD COLUMN manage_token_sealed VARCHAR(300);

-- Running tallies per event, mode and group ('*' = the whole mode), changed only under the
-- event's row lock: deciding a registration reads two rows instead of counting thousands.
CREATE TABLE event_tally (
    event_id        UUID        NOT NULL REFERENCES event (id),
    attendance_mode VARCHAR(10) NOT NULL,
    group_code      VARCHAR(40) NOT NULL,
    confirmed       INT         NOT NULL,
    last_waitlist   INT         NOT NULL,
    PRIMARY KEY (event_id, attendance_mode, group_code)
);
