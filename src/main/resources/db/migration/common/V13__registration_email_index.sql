-- Duplicate e-mails are looked up for a whole batch of registrations at once
-- (email_key IN (...) for one event): with the e-mail first, H2 and PostgreSQL both
-- seek each e-mail instead of reading all of the event's registrations.
DROP INDEX registration_event_email_idx;
CREATE INDEX registration_email_event_idx ON registration (email_key, event_id);
