-- An Idempotency-Key replays a registration only for the caller who sent it (a user id, or the
-- client's address, as an HMAC blind index) and only for the same request (SHA-256 of its fields):
-- the same key from another client, or with another body, never returns someone else's registration.
ALTER TABLE registration ADD COLUMN idempotency_caller VARCHAR(64);
ALTER TABLE registration ADD COLUMN idempotency_request VARCHAR(64);
DROP INDEX registration_idempotency_idx;
CREATE UNIQUE INDEX registration_idempotency_idx ON registration (event_id, idempotency_caller, idempotency_key);
