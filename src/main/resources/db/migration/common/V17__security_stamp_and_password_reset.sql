-- Each account carries a security stamp, raised by every change to what its sign-ins may do (roles,
-- organisation, province, password, disabling). A session remembers the stamp it signed in with and
-- ends as soon as it differs (identity.SecurityStampFilter), on every instance.
ALTER TABLE app_user ADD COLUMN security_stamp BIGINT DEFAULT 0 NOT NULL;

-- Self-service password resets by e-mail: only the SHA-256 of the token is kept; it is used once.
CREATE TABLE password_reset (
    id          UUID        NOT NULL PRIMARY KEY,
    user_id     UUID        NOT NULL REFERENCES app_user (id),
    token_hash  VARCHAR(64) NOT NULL UNIQUE,
    created_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    used_at     TIMESTAMP WITH TIME ZONE
);
CREATE INDEX password_reset_user_idx ON password_reset (user_id);
