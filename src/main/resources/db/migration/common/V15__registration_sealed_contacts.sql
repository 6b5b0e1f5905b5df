-- Contact details and needs are sealed at rest (AES-GCM, base64 with a key id): a sealed value is
-- about 4/3 of its UTF-8 bytes plus 40 characters, and Thai text is 3 bytes a character.
-- email_key now holds a blind index (HMAC-SHA256, 43 characters) instead of the e-mail itself.
-- Rows stored before this are sealed at start-up by events.SealingOfStoredContacts.
ALTER TABLE registration ALTER COLUMN email SET DATA TYPE VARCHAR(2000);
ALTER TABLE registration ALTER COLUMN phone SET DATA TYPE VARCHAR(400);
ALTER TABLE registration ALTER COLUMN dietary_needs SET DATA TYPE VARCHAR(2000);
ALTER TABLE registration ALTER COLUMN accessibility_needs SET DATA TYPE VARCHAR(2000);
