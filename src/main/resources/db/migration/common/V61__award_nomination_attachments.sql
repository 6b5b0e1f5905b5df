-- Files attached to a nomination (PDF, JPEG, PNG, the type read from the content), at most ten of
-- at most 10 MB each; the bytes live apart so a list never reads them.
CREATE TABLE award_nomination_attachment (
    id             UUID          NOT NULL PRIMARY KEY,
    nomination_id  UUID          NOT NULL REFERENCES award_nomination (id),
    file_name      VARCHAR(255)  NOT NULL,
    content_type   VARCHAR(30)   NOT NULL,
    size_bytes     BIGINT        NOT NULL,
    uploaded_at    TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by    UUID          NOT NULL,
    CONSTRAINT award_attachment_type_ck CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT award_attachment_size_ck CHECK (size_bytes BETWEEN 1 AND 10485760)
);
CREATE INDEX award_attachment_nomination_idx ON award_nomination_attachment (nomination_id, uploaded_at);

CREATE TABLE award_nomination_attachment_content (
    attachment_id  UUID   NOT NULL PRIMARY KEY REFERENCES award_nomination_attachment (id) ON DELETE CASCADE,
    content        BYTEA  NOT NULL
);
