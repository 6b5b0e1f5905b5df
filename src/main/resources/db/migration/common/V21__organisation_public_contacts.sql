-- Contacts the network's reference file took from public sources (a phone, a hotline, a website,
-- an address per organisation), shown to everyone with their source and date until the
-- organisation's own administrator confirms or corrects them. One row per organisation and kind,
-- kept even when removed, so that loading the reference file again never brings one back.
CREATE TABLE organisation_public_contact (
    id              UUID          NOT NULL PRIMARY KEY,
    organisation_id UUID          NOT NULL REFERENCES organisation (id),
    kind            VARCHAR(20)   NOT NULL CHECK (kind IN ('PHONE', 'HOTLINE', 'WEBSITE', 'ADDRESS')),
    contact_value   VARCHAR(500)  NOT NULL,
    source_urls     VARCHAR(2000) NOT NULL,
    as_of           DATE          NOT NULL,
    state           VARCHAR(20)   NOT NULL CHECK (state IN ('FROM_PUBLIC_SOURCE', 'CONFIRMED', 'REMOVED')),
    confirmed_at    TIMESTAMP WITH TIME ZONE,
    confirmed_by    VARCHAR(200),
    version         BIGINT        NOT NULL,
    CONSTRAINT organisation_public_contact_once UNIQUE (organisation_id, kind),
    CONSTRAINT organisation_public_contact_confirmed CHECK ((state = 'FROM_PUBLIC_SOURCE') = (confirmed_at IS NULL))
);
