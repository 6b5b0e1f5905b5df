-- The directory's full organisation profile: description, address, links, verification (as
-- Open Referral's HSDS records it), languages served, services offered, and contacts.

ALTER TABLE organisation ADD COLUMN description_th VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN description_en VARCHAR(2000);
ALTER TABLE organisation ADD COLUMN address VARCHAR(500);
ALTER TABLE organisation ADD COLUMN map_url VARCHAR(500);
ALTER TABLE organisation ADD COLUMN website VARCHAR(500);
ALTER TABLE organisation ADD COLUMN verified_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE organisation ADD COLUMN verified_by VARCHAR(100);
-- A duplicate merged into another keeps its row (references and audit stay valid) and points here.
ALTER TABLE organisation ADD COLUMN merged_into UUID REFERENCES organisation (id);

-- The controlled list of services; administrators add to it.
CREATE TABLE service_type (
    code       VARCHAR(40)  NOT NULL PRIMARY KEY,
    name_th    VARCHAR(200) NOT NULL,
    name_en    VARCHAR(200) NOT NULL,
    sort_order INT          NOT NULL,
    active     BOOLEAN      NOT NULL
);
INSERT INTO service_type (code, name_th, name_en, sort_order, active) VALUES
  ('HOTLINE',              'สายด่วน',                                'Hotline',                               10, TRUE),
  ('OUTREACH_RESCUE',      'ค้นหาและช่วยเหลือ',                        'Outreach and rescue',                   20, TRUE),
  ('SCREENING',            'คัดแยกผู้เสียหาย',                          'Victim screening',                      30, TRUE),
  ('SHELTER',              'สถานคุ้มครองและที่พักพิง',                    'Shelter',                               40, TRUE),
  ('MEDICAL',              'การรักษาพยาบาล',                          'Medical care',                          50, TRUE),
  ('PSYCHOSOCIAL',         'ฟื้นฟูจิตใจและสังคม',                        'Psychosocial support',                  60, TRUE),
  ('LEGAL_AID',            'ความช่วยเหลือทางกฎหมาย',                   'Legal aid',                             70, TRUE),
  ('INTERPRETATION',       'ล่ามและการแปล',                            'Interpretation',                        80, TRUE),
  ('INVESTIGATION',        'สืบสวนสอบสวน',                             'Investigation',                         90, TRUE),
  ('PROSECUTION',          'ดำเนินคดี',                                'Prosecution',                          100, TRUE),
  ('LABOUR_INSPECTION',    'ตรวจแรงงาน',                              'Labour inspection',                    110, TRUE),
  ('FISHERIES_INSPECTION', 'ตรวจเรือประมง',                            'Fisheries inspection',                 120, TRUE),
  ('REPATRIATION',         'ส่งกลับภูมิลำเนา',                           'Repatriation',                         130, TRUE),
  ('REINTEGRATION',        'คืนสู่สังคมและฝึกอาชีพ',                      'Reintegration and vocational training', 140, TRUE),
  ('COMPENSATION',         'เรียกร้องค่าสินไหมทดแทน',                    'Compensation claims',                  150, TRUE),
  ('STAY_WORK_PERMIT',     'อนุญาตให้อยู่และทำงานชั่วคราว',                 'Temporary stay and work permits',      160, TRUE),
  ('FAMILY_TRACING',       'ติดตามครอบครัว',                            'Family tracing',                       170, TRUE);

-- Languages an organisation serves (ISO 639-1).
CREATE TABLE organisation_language (
    organisation_id UUID       NOT NULL REFERENCES organisation (id),
    language_code   VARCHAR(3) NOT NULL,
    PRIMARY KEY (organisation_id, language_code)
);

-- A service an organisation offers; its own provinces, languages and hours when they differ.
CREATE TABLE organisation_service (
    id                UUID        NOT NULL PRIMARY KEY,
    organisation_id   UUID        NOT NULL REFERENCES organisation (id),
    service_code      VARCHAR(40) NOT NULL REFERENCES service_type (code),
    hours             VARCHAR(200),
    twenty_four_seven BOOLEAN     NOT NULL,
    list_order        INT         NOT NULL
);
CREATE INDEX organisation_service_org_idx ON organisation_service (organisation_id);
CREATE INDEX organisation_service_code_idx ON organisation_service (service_code);

CREATE TABLE organisation_service_province (
    service_id    UUID       NOT NULL REFERENCES organisation_service (id) ON DELETE CASCADE,
    province_code VARCHAR(5) NOT NULL REFERENCES province (code),
    PRIMARY KEY (service_id, province_code)
);

CREATE TABLE organisation_service_language (
    service_id    UUID       NOT NULL REFERENCES organisation_service (id) ON DELETE CASCADE,
    language_code VARCHAR(3) NOT NULL,
    PRIMARY KEY (service_id, language_code)
);

-- Whom to call; each contact public or for signed-in members only.
CREATE TABLE organisation_contact (
    organisation_id UUID         NOT NULL REFERENCES organisation (id),
    list_order      INT          NOT NULL,
    name            VARCHAR(200) NOT NULL,
    position        VARCHAR(200),
    phone           VARCHAR(40),
    email           VARCHAR(254),
    line_id         VARCHAR(60),
    members_only    BOOLEAN      NOT NULL,
    PRIMARY KEY (organisation_id, list_order)
);
