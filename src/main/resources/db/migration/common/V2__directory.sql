-- The network directory: provinces (ISO 3166-2:TH) and member organisations.

CREATE TABLE province (
    code    VARCHAR(5)   NOT NULL PRIMARY KEY,
    name_th VARCHAR(100) NOT NULL,
    name_en VARCHAR(100) NOT NULL
);

CREATE TABLE organisation (
    id              UUID         NOT NULL PRIMARY KEY,
    -- Stable key of reference-data rows, so a reload finds them and never duplicates them.
    reference_key   VARCHAR(64)  UNIQUE,
    name_th         VARCHAR(300) NOT NULL,
    name_en         VARCHAR(300) NOT NULL,
    abbreviation_th VARCHAR(60),
    abbreviation_en VARCHAR(60),
    sector          VARCHAR(40)  NOT NULL,
    parent_id       UUID         REFERENCES organisation (id),
    status          VARCHAR(20)  NOT NULL,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL
);
CREATE INDEX organisation_parent_idx ON organisation (parent_id);
CREATE INDEX organisation_sector_idx ON organisation (sector);

-- Provinces an organisation covers; none means nationwide.
CREATE TABLE organisation_province (
    organisation_id UUID       NOT NULL REFERENCES organisation (id),
    province_code   VARCHAR(5) NOT NULL REFERENCES province (code),
    PRIMARY KEY (organisation_id, province_code)
);
CREATE INDEX organisation_province_code_idx ON organisation_province (province_code);
