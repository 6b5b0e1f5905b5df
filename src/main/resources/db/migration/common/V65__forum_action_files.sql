-- Files as evidence on the updates of follow-up actions (issue 16 item 3): a PDF, JPEG or PNG up to 10 MB,
-- the type read from the content. The bytes are sealed whole (SecretBox.sealBytes), as case attachments are,
-- and kept apart, so a list never reads them. An update is named by its action and its position in the history (no foreign key to
-- forum_action_update: that table is the action's element collection, which Hibernate may rewrite).
CREATE TABLE forum_action_file (
    id               UUID          NOT NULL PRIMARY KEY,
    action_id        UUID          NOT NULL REFERENCES forum_action (id),
    update_position  INT           NOT NULL,
    file_name        VARCHAR(200)  NOT NULL,
    content_type     VARCHAR(30)   NOT NULL,
    size_bytes       BIGINT        NOT NULL,
    sha256           VARCHAR(64)   NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by      UUID,
    uploaded_by_name VARCHAR(200)  NOT NULL,
    CONSTRAINT forum_action_file_type_ck CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT forum_action_file_size_ck CHECK (size_bytes BETWEEN 1 AND 10485760)
);
CREATE INDEX forum_action_file_action_idx ON forum_action_file (action_id, update_position);

CREATE TABLE forum_action_file_content (
    file_id UUID  NOT NULL PRIMARY KEY REFERENCES forum_action_file (id),
    content BYTEA NOT NULL
);
