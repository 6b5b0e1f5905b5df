-- What is known of a case's person beyond the intake: sex (beside the HTCDS gender), languages
-- (ISO 639), identity documents (numbers sealed), contacts (sealed) and special needs (sealed).
ALTER TABLE nrm_case ADD COLUMN sex VARCHAR(10);
ALTER TABLE nrm_case ADD COLUMN special_needs VARCHAR(12000);
ALTER TABLE nrm_case ADD CONSTRAINT nrm_case_sex_ck CHECK (sex IS NULL OR sex IN ('FEMALE', 'MALE', 'INTERSEX', 'UNKNOWN'));

CREATE TABLE nrm_person_language (
    case_id UUID       NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    code    VARCHAR(3) NOT NULL,
    PRIMARY KEY (case_id, code)
);

CREATE TABLE nrm_person_document (
    case_id         UUID         NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    position        INT          NOT NULL,
    kind            VARCHAR(20)  NOT NULL,
    number          VARCHAR(400) NOT NULL,
    issuing_country VARCHAR(2),
    PRIMARY KEY (case_id, position),
    CONSTRAINT nrm_person_document_kind_ck CHECK (kind IN ('PASSPORT', 'NATIONAL_ID', 'PINK_CARD', 'WORK_PERMIT',
        'SEAMAN_BOOK', 'BIRTH_CERTIFICATE', 'OTHER'))
);

CREATE TABLE nrm_person_contact (
    case_id  UUID          NOT NULL REFERENCES nrm_case (id) ON DELETE CASCADE,
    position INT           NOT NULL,
    kind     VARCHAR(10)   NOT NULL,
    contact  VARCHAR(1600) NOT NULL,
    PRIMARY KEY (case_id, position),
    CONSTRAINT nrm_person_contact_kind_ck CHECK (kind IN ('PHONE', 'EMAIL', 'LINE', 'ADDRESS', 'OTHER'))
);
