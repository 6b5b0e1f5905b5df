-- Words the directory search treats as the same (สถานทูต = สถานเอกอัครราชทูต = embassy): one row per
-- group, its terms separated by ", ". Seeded from reference/search-synonyms.txt when empty; network
-- coordinators extend and edit it in the application, and a search uses the list as it is now.
CREATE TABLE search_synonym (
    id          UUID                     NOT NULL PRIMARY KEY,
    terms       VARCHAR(2100)            NOT NULL,
    updated_at  TIMESTAMP WITH TIME ZONE NOT NULL,
    version     BIGINT                   NOT NULL
);
