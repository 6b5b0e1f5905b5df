-- Files attached to a case (PDF, JPEG, PNG up to 20 MB, the type read from the content). The name
-- is sealed (common.Sealed: it may hold the person's name); the bytes are sealed whole
-- (SecretBox.sealBytes: key id, IV, AES-GCM ciphertext) and kept apart, so a list never reads them.
CREATE TABLE nrm_case_attachment (
    id               UUID         NOT NULL PRIMARY KEY,
    case_id          UUID         NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    file_name        VARCHAR(1200) NOT NULL,
    content_type     VARCHAR(30)  NOT NULL,
    size_bytes       BIGINT       NOT NULL,
    sha256           VARCHAR(64)  NOT NULL,
    uploaded_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    uploaded_by      UUID,
    uploaded_by_name VARCHAR(100) NOT NULL,
    CONSTRAINT nrm_case_attachment_type_ck CHECK (content_type IN ('application/pdf', 'image/jpeg', 'image/png')),
    CONSTRAINT nrm_case_attachment_size_ck CHECK (size_bytes BETWEEN 1 AND 20971520)
);
CREATE INDEX nrm_case_attachment_case_idx ON nrm_case_attachment (case_id, uploaded_at);

CREATE TABLE nrm_case_attachment_content (
    attachment_id UUID  NOT NULL PRIMARY KEY REFERENCES nrm_case_attachment (id) ON DELETE CASCADE,
    content       BYTEA NOT NULL
);
