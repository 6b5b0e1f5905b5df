-- An event created in the browser starts as a draft (status DRAFT, already allowed); a cancelled
-- event keeps when and why it was cancelled, for its page and the registrants' e-mail.
ALTER TABLE event ADD COLUMN cancelled_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE event ADD COLUMN cancellation_reason VARCHAR(500);

-- When the registrant's confirmation e-mail (where they stand, with their ticket) went out: their
-- private page says whether it was sent. Written only by the mail listener, after the send.
ALTER TABLE registration ADD COLUMN confirmation_mailed_at TIMESTAMP WITH TIME ZONE;
