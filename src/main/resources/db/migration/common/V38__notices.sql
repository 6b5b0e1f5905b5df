-- In-app notices (notify): addressed to the holders of some roles in an organisation or a province,
-- or to one user; a message key with arguments (never personal data) and a link inside the site.
-- Read or unread is per reader (notice_read), since one notice reaches many people.
CREATE TABLE notice (
    id              UUID          NOT NULL PRIMARY KEY,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    organisation_id UUID,
    province_code   VARCHAR(5),
    user_id         UUID,
    message_key     VARCHAR(100)  NOT NULL,
    arguments       VARCHAR(1000) NOT NULL,
    link            VARCHAR(300)  NOT NULL,
    CONSTRAINT notice_audience_ck CHECK (
        (CASE WHEN organisation_id IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN province_code IS NULL THEN 0 ELSE 1 END)
      + (CASE WHEN user_id IS NULL THEN 0 ELSE 1 END) = 1)
);
CREATE INDEX notice_organisation_idx ON notice (organisation_id, created_at);
CREATE INDEX notice_province_idx ON notice (province_code, created_at);
CREATE INDEX notice_user_idx ON notice (user_id, created_at);

-- The roles a notice to an organisation or a province is for (a reader needs one of them).
CREATE TABLE notice_role (
    notice_id UUID        NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    role      VARCHAR(40) NOT NULL,
    PRIMARY KEY (notice_id, role)
);

CREATE TABLE notice_read (
    notice_id UUID NOT NULL REFERENCES notice (id) ON DELETE CASCADE,
    user_id   UUID NOT NULL,
    read_at   TIMESTAMP WITH TIME ZONE NOT NULL,
    PRIMARY KEY (notice_id, user_id)
);
