-- Accounts, roles, second factors, API tokens and sign-in throttling.

CREATE TABLE app_user (
    id                   UUID         NOT NULL PRIMARY KEY,
    username             VARCHAR(64)  NOT NULL UNIQUE,
    display_name         VARCHAR(200) NOT NULL,
    email                VARCHAR(254),
    organisation_id      UUID         NOT NULL REFERENCES organisation (id),
    province_code        VARCHAR(5)   REFERENCES province (code),
    password_hash        VARCHAR(255) NOT NULL,
    must_change_password BOOLEAN      NOT NULL,
    enabled              BOOLEAN      NOT NULL,
    totp_secret          VARCHAR(255),
    totp_enabled         BOOLEAN      NOT NULL,
    totp_last_step       BIGINT       NOT NULL,
    password_changed_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    created_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at           TIMESTAMP WITH TIME ZONE NOT NULL,
    version              BIGINT       NOT NULL
);
CREATE INDEX app_user_organisation_idx ON app_user (organisation_id);

CREATE TABLE user_role (
    user_id UUID        NOT NULL REFERENCES app_user (id),
    role    VARCHAR(40) NOT NULL,
    PRIMARY KEY (user_id, role)
);

CREATE TABLE recovery_code (
    id        UUID        NOT NULL PRIMARY KEY,
    user_id   UUID        NOT NULL REFERENCES app_user (id),
    code_hash VARCHAR(64) NOT NULL,
    used_at   TIMESTAMP WITH TIME ZONE
);
CREATE INDEX recovery_code_user_idx ON recovery_code (user_id);

CREATE TABLE api_token (
    id         UUID        NOT NULL PRIMARY KEY,
    user_id    UUID        NOT NULL REFERENCES app_user (id),
    token_hash VARCHAR(64) NOT NULL UNIQUE,
    created_at TIMESTAMP WITH TIME ZONE NOT NULL,
    expires_at TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at TIMESTAMP WITH TIME ZONE
);
CREATE INDEX api_token_user_idx ON api_token (user_id);

-- Failed sign-ins per account (hashed name) and per client address; shared by all instances.
CREATE TABLE login_throttle (
    throttle_key    VARCHAR(100) NOT NULL PRIMARY KEY,
    failures        INT          NOT NULL,
    locked_until    TIMESTAMP WITH TIME ZONE,
    last_failure_at TIMESTAMP WITH TIME ZONE NOT NULL
);

-- Per-role security policy set by administrators (two-factor requirement).
CREATE TABLE role_policy (
    role          VARCHAR(40) NOT NULL PRIMARY KEY,
    totp_required BOOLEAN     NOT NULL,
    version       BIGINT      NOT NULL
);
