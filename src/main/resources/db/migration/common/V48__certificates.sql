-- Certificates anyone can check (#14 item 8): each certificate issued, under a number with a random part, as
-- its paper states it, so the public page /certificates/{number} can say whether it is valid and what it says.
-- `reference` names what the certificate is for in the issuing module (an event's participant, an award's
-- winner), so printing it again gives the same number; a certificate whose statement changed is revoked,
-- loses its reference to its successor (`replaced_by`), and keeps its number for whoever checks the old paper.
CREATE TABLE certificate (
    number             VARCHAR(24)   NOT NULL PRIMARY KEY,
    reference          VARCHAR(200),
    kind               VARCHAR(20)   NOT NULL,
    language           VARCHAR(2)    NOT NULL,
    holder             VARCHAR(2000) NOT NULL,
    title              VARCHAR(1000) NOT NULL,
    issuer             VARCHAR(500)  NOT NULL,
    signatory_name     VARCHAR(200),
    signatory_position VARCHAR(300),
    issued_on          DATE          NOT NULL,
    issued_at          TIMESTAMP WITH TIME ZONE NOT NULL,
    revoked_at         TIMESTAMP WITH TIME ZONE,
    replaced_by        VARCHAR(24),
    CONSTRAINT certificate_reference_uk UNIQUE (reference),
    CONSTRAINT certificate_kind_ck CHECK (kind IN ('ATTENDANCE', 'AWARD', 'APPRECIATION')),
    CONSTRAINT certificate_language_ck CHECK (language IN ('th', 'en')),
    CONSTRAINT certificate_revoked_ck CHECK ((reference IS NULL) = (revoked_at IS NOT NULL))
);

-- Who signs the certificates issued for something (an event, an award round), in Thai and English: kept
-- here rather than on the event so any module that issues certificates names its signatory the same way.
CREATE TABLE certificate_signatory (
    scope       VARCHAR(200) NOT NULL PRIMARY KEY,
    name_th     VARCHAR(200) NOT NULL,
    position_th VARCHAR(300) NOT NULL,
    name_en     VARCHAR(200),
    position_en VARCHAR(300),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT       DEFAULT 0 NOT NULL
);
