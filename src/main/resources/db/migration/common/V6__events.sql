-- Campaign events: the event, its organisers, agenda and participant groups (with quotas per
-- mode), and registrations with their waiting-list positions.

CREATE TABLE event (
    id                     UUID          NOT NULL PRIMARY KEY,
    slug                   VARCHAR(80)   NOT NULL UNIQUE,
    event_type             VARCHAR(20)   NOT NULL,
    title_th               VARCHAR(300)  NOT NULL,
    title_en               VARCHAR(300)  NOT NULL,
    description_th         VARCHAR(4000),
    description_en         VARCHAR(4000),
    starts_at              TIMESTAMP WITH TIME ZONE NOT NULL,
    ends_at                TIMESTAMP WITH TIME ZONE NOT NULL,
    venue_name             VARCHAR(300),
    venue_room             VARCHAR(200),
    venue_address          VARCHAR(500),
    venue_map_url          VARCHAR(500),
    live_stream_url        VARCHAR(500),
    meeting_url            VARCHAR(500),
    onsite_capacity        INT           NOT NULL,
    online_capacity        INT           NOT NULL,
    registration_opens_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    registration_closes_at TIMESTAMP WITH TIME ZONE NOT NULL,
    owner_organisation_id  UUID          NOT NULL REFERENCES organisation (id),
    status                 VARCHAR(20)   NOT NULL,
    created_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at             TIMESTAMP WITH TIME ZONE NOT NULL,
    version                BIGINT        NOT NULL
);

CREATE TABLE event_organiser (
    event_id        UUID NOT NULL REFERENCES event (id),
    organisation_id UUID NOT NULL REFERENCES organisation (id),
    PRIMARY KEY (event_id, organisation_id)
);

CREATE TABLE event_agenda_item (
    event_id   UUID         NOT NULL REFERENCES event (id),
    list_order INT          NOT NULL,
    starts_at  VARCHAR(5)   NOT NULL,
    title_th   VARCHAR(300) NOT NULL,
    title_en   VARCHAR(300) NOT NULL,
    speakers   VARCHAR(500),
    PRIMARY KEY (event_id, list_order)
);

CREATE TABLE event_group (
    event_id        UUID         NOT NULL REFERENCES event (id),
    list_order      INT          NOT NULL,
    code            VARCHAR(40)  NOT NULL,
    name_th         VARCHAR(300) NOT NULL,
    name_en         VARCHAR(300) NOT NULL,
    onsite_quota    INT,
    online_quota    INT,
    invitation_only BOOLEAN      NOT NULL,
    PRIMARY KEY (event_id, list_order)
);
CREATE UNIQUE INDEX event_group_code_idx ON event_group (event_id, code);

CREATE TABLE registration (
    id                  UUID         NOT NULL PRIMARY KEY,
    event_id            UUID         NOT NULL REFERENCES event (id),
    group_code          VARCHAR(40)  NOT NULL,
    attendance_mode     VARCHAR(10)  NOT NULL,
    status              VARCHAR(20)  NOT NULL,
    -- Order in the waiting list of its mode and group, given once under the event's lock.
    waitlist_seq        INT,
    full_name           VARCHAR(200) NOT NULL,
    organisation_name   VARCHAR(300),
    job_title           VARCHAR(200),
    email               VARCHAR(254) NOT NULL,
    email_key           VARCHAR(254) NOT NULL,
    phone               VARCHAR(40),
    dietary_needs       VARCHAR(300),
    accessibility_needs VARCHAR(300),
    language            VARCHAR(2)   NOT NULL,
    consent_privacy     BOOLEAN      NOT NULL,
    consent_media       BOOLEAN      NOT NULL,
    consent_public_list BOOLEAN      NOT NULL,
    manage_token_hash   VARCHAR(64)  NOT NULL UNIQUE,
    idempotency_key     VARCHAR(100),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT       NOT NULL
);
CREATE INDEX registration_event_email_idx ON registration (event_id, email_key);
CREATE INDEX registration_counts_idx ON registration (event_id, attendance_mode, group_code, status);
CREATE UNIQUE INDEX registration_idempotency_idx ON registration (event_id, idempotency_key);
