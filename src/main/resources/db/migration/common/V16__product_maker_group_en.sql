-- The maker group's name in English, for the exhibition's English pages (Thai when absent).
ALTER TABLE exhibition_product ADD COLUMN maker_group_en VARCHAR(200);
