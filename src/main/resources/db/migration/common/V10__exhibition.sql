-- Exhibitions at campaign events: booths allocated to directory organisations, with a type, a
-- zone and an optional place on the booth map; survivors' products shown at showcase booths, each
-- with a photo kept apart so that lists never load the bytes.

CREATE TABLE exhibition_booth (
    id              UUID         NOT NULL PRIMARY KEY,
    event_id        UUID         NOT NULL REFERENCES event (id),
    booth_number    VARCHAR(12)  NOT NULL,
    zone            VARCHAR(100) NOT NULL,
    booth_type      VARCHAR(20)  NOT NULL,
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    label_th        VARCHAR(200),
    label_en        VARCHAR(200),
    grid_row        INT,
    grid_col        INT,
    created_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at      TIMESTAMP WITH TIME ZONE NOT NULL,
    version         BIGINT       NOT NULL,
    CONSTRAINT exhibition_booth_type_ck
        CHECK (booth_type IN ('AGENCY', 'AWARD_WINNER', 'MODEL_PROVINCE', 'SURVIVOR_SHOWCASE')),
    CONSTRAINT exhibition_booth_grid_ck
        CHECK ((grid_row IS NULL AND grid_col IS NULL)
            OR (grid_row BETWEEN 1 AND 20 AND grid_col BETWEEN 1 AND 30))
);
CREATE UNIQUE INDEX exhibition_booth_number_idx ON exhibition_booth (event_id, booth_number);
-- One booth per cell of the map (booths without a place are not constrained: NULLs are distinct).
CREATE UNIQUE INDEX exhibition_booth_cell_idx ON exhibition_booth (event_id, grid_row, grid_col);
CREATE INDEX exhibition_booth_organisation_idx ON exhibition_booth (organisation_id);

-- A personal maker name is stored only with the maker's consent; otherwise only the group shows.
CREATE TABLE exhibition_product (
    id                  UUID          NOT NULL PRIMARY KEY,
    booth_id            UUID          NOT NULL REFERENCES exhibition_booth (id) ON DELETE CASCADE,
    name_th             VARCHAR(200)  NOT NULL,
    name_en             VARCHAR(200),
    maker_group         VARCHAR(200)  NOT NULL,
    maker_name          VARCHAR(200),
    maker_consented     BOOLEAN       NOT NULL,
    price_baht          NUMERIC(12, 2),
    photo_content_type  VARCHAR(20),
    photo_digest        VARCHAR(64),
    created_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    updated_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    version             BIGINT        NOT NULL,
    CONSTRAINT exhibition_product_maker_ck CHECK (maker_name IS NULL OR maker_consented),
    CONSTRAINT exhibition_product_price_ck CHECK (price_baht IS NULL OR price_baht >= 0)
);
CREATE INDEX exhibition_product_booth_idx ON exhibition_product (booth_id);

CREATE TABLE exhibition_product_photo (
    product_id   UUID        NOT NULL PRIMARY KEY REFERENCES exhibition_product (id) ON DELETE CASCADE,
    content_type VARCHAR(20) NOT NULL,
    bytes        BYTEA       NOT NULL
);
