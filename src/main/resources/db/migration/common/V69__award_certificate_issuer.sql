-- Who gives a round's certificates, as printed at their head (awards-ceremony): the issuing
-- organisation's name in Thai and, for English certificates, in English. Who signs them is kept by
-- the certificates module (certificate_signatory, scope 'award-round:<round id>').
CREATE TABLE award_round_issuer (
    round_id    UUID          NOT NULL PRIMARY KEY REFERENCES award_round (id),
    name_th     VARCHAR(300)  NOT NULL,
    name_en     VARCHAR(300),
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL
);
