-- Screening details (#13 item 4): the indicator checklist moves from code into this table so a network
-- coordinator can edit it. Indicators are retired, never deleted, so past screenings' answers (kept by
-- indicator key) stay readable; a screening answers the indicators active at the time. Seeded with the
-- checklist as it was: the Protocol's five acts, HTCDS 2.0's methods of control, its types of exploitation.
CREATE TABLE nrm_indicator (
    id            UUID         NOT NULL PRIMARY KEY,
    indicator_key VARCHAR(60)  NOT NULL,
    grp           VARCHAR(10)  NOT NULL,
    code          VARCHAR(40)  NOT NULL,
    text_th       VARCHAR(300) NOT NULL,
    text_en       VARCHAR(300) NOT NULL,
    position      INT          NOT NULL,
    required      BOOLEAN      DEFAULT FALSE NOT NULL,
    retired_at    TIMESTAMP WITH TIME ZONE,
    version       BIGINT       DEFAULT 0 NOT NULL,
    CONSTRAINT nrm_indicator_group_ck CHECK (grp IN ('ACT', 'MEANS', 'PURPOSE'))
);
CREATE UNIQUE INDEX nrm_indicator_key_idx ON nrm_indicator (indicator_key);

INSERT INTO nrm_indicator (id, indicator_key, grp, code, text_th, text_en, position) VALUES
    ('953372a0-bc47-5888-85ee-40c2f430f93b', 'ACT:Recruitment', 'ACT', 'Recruitment', 'จัดหา', 'Recruitment', 1),
    ('848e1cd5-fd18-567b-810d-b7a2f29caca7', 'ACT:Transport', 'ACT', 'Transport', 'ขนส่ง', 'Transport', 2),
    ('4738d3c7-c6f9-51d6-96ac-bed9bae01f29', 'ACT:Transfer', 'ACT', 'Transfer', 'ส่งต่อ', 'Transfer', 3),
    ('d665e936-de5b-517f-8c5a-8a2e4bfa666b', 'ACT:Harbouring', 'ACT', 'Harbouring', 'ให้ที่พักพิง', 'Harbouring', 4),
    ('da607e17-6728-5d7c-b330-d2eb44a0cfc3', 'ACT:Receipt', 'ACT', 'Receipt', 'รับไว้', 'Receipt', 5),
    ('08ff61f7-c8dd-59e2-9377-675a4d91106f', 'MEANS:PhysicalThreats', 'MEANS', 'PhysicalThreats', 'ขู่เข็ญทำร้ายร่างกาย', 'Physical threats', 6),
    ('c9c76152-c911-5b43-b2da-f5a414b29374', 'MEANS:ThreatsLawEnforcement', 'MEANS', 'ThreatsLawEnforcement', 'ขู่ว่าจะแจ้งเจ้าหน้าที่', 'Threats of law enforcement', 7),
    ('65353da4-ab3f-511a-9778-24cdb16a3065', 'MEANS:ThreatensChildrenFamily', 'MEANS', 'ThreatensChildrenFamily', 'ขู่ทำร้ายลูกหรือครอบครัว', 'Threatens children or family', 8),
    ('81a3f783-da39-506e-ac38-4e5d9824a086', 'MEANS:DebtBondage', 'MEANS', 'DebtBondage', 'พันธนาการด้วยหนี้', 'Debt bondage', 9),
    ('0287cb97-010c-5c62-b510-1ff7dc69a98d', 'MEANS:FalsePromises', 'MEANS', 'FalsePromises', 'หลอกลวงด้วยคำสัญญา', 'False promises', 10),
    ('98dde043-a27d-58dd-9565-49e5911478c8', 'MEANS:PhysicalAbuse', 'MEANS', 'PhysicalAbuse', 'ทำร้ายร่างกาย', 'Physical abuse', 11),
    ('335f09f2-b1c1-553e-af85-0c2f791c732e', 'MEANS:SexualAbuse', 'MEANS', 'SexualAbuse', 'ล่วงละเมิดทางเพศ', 'Sexual abuse', 12),
    ('ecb4c8e3-679c-5925-9a8f-59a67103793f', 'MEANS:TakesEarnings', 'MEANS', 'TakesEarnings', 'ยึดรายได้', 'Takes earnings', 13),
    ('4e987e36-8321-50a1-b07d-8d147463531b', 'MEANS:RestrictsFinancialAccess', 'MEANS', 'RestrictsFinancialAccess', 'จำกัดการเข้าถึงเงิน', 'Restricts financial access', 14),
    ('4562b24b-ef62-50ee-baac-b44718e9d1e8', 'MEANS:RestrictsMedicalCare', 'MEANS', 'RestrictsMedicalCare', 'จำกัดการรักษาพยาบาล', 'Restricts medical care', 15),
    ('5367656a-f056-5b26-8c4f-f175a74edcae', 'MEANS:WithholdsNecessities', 'MEANS', 'WithholdsNecessities', 'ไม่ให้สิ่งจำเป็นต่อการดำรงชีพ', 'Withholds necessities', 16),
    ('11ff210c-f249-53a5-9b50-b5f2bf232f1e', 'MEANS:PsychologicalAbuse', 'MEANS', 'PsychologicalAbuse', 'ทำร้ายจิตใจ', 'Psychological abuse', 17),
    ('7b145beb-4466-550f-9b2f-d0f876f70eeb', 'MEANS:PsychoactiveSubstance', 'MEANS', 'PsychoactiveSubstance', 'ใช้สารเสพติด', 'Psychoactive substance', 18),
    ('1e052df9-c82e-531a-9267-660ec6ad2814', 'MEANS:ExcessiveWorkingHours', 'MEANS', 'ExcessiveWorkingHours', 'ให้ทำงานเกินเวลาอย่างมาก', 'Excessive working hours', 19),
    ('e184e6c4-bd5f-5fc1-b7fb-d541f7733e3d', 'MEANS:WithholdsDocuments', 'MEANS', 'WithholdsDocuments', 'ยึดเอกสารประจำตัว', 'Withholds documents', 20),
    ('218c32fb-8953-53ac-a1d6-51dbe74f5d7c', 'MEANS:Other', 'MEANS', 'Other', 'วิธีอื่น', 'Other means', 21),
    ('e1fed121-9a56-5a61-a893-baf75068355a', 'PURPOSE:ForcedLabour', 'PURPOSE', 'ForcedLabour', 'บังคับใช้แรงงาน', 'Forced labour', 22),
    ('f11b9899-e2e3-5f3b-874b-01f625548b62', 'PURPOSE:SexualExploitation', 'PURPOSE', 'SexualExploitation', 'แสวงประโยชน์ทางเพศ', 'Sexual exploitation', 23),
    ('dc1458f8-5177-52d2-8f4f-5e7d502e5d00', 'PURPOSE:ChildLabour', 'PURPOSE', 'ChildLabour', 'แรงงานเด็ก', 'Child labour', 24),
    ('56227a1b-a309-5ec2-a10f-984dfdcf3ce1', 'PURPOSE:ForcedMarriage', 'PURPOSE', 'ForcedMarriage', 'บังคับแต่งงาน', 'Forced marriage', 25),
    ('8bec5fb5-e8ba-5051-b7de-e5138dcef896', 'PURPOSE:Servitude', 'PURPOSE', 'Servitude', 'เอาคนลงเป็นทาสหรือกึ่งทาส', 'Servitude', 26),
    ('82e0b623-89c0-5e68-b7c7-1ea7301d0c9b', 'PURPOSE:ForcedMilitaryByNonStateActors', 'PURPOSE', 'ForcedMilitaryByNonStateActors', 'บังคับเป็นทหารหรือกองกำลังนอกภาครัฐ', 'Forced military (non-state actors)', 27),
    ('3b1bac26-0aae-5539-9325-6563a70fb956', 'PURPOSE:OrganRemoval', 'PURPOSE', 'OrganRemoval', 'ตัดอวัยวะ', 'Organ removal', 28),
    ('cd4a3f3c-a353-50d9-8c4c-5d32a9dd9a69', 'PURPOSE:ForcedBegging', 'PURPOSE', 'ForcedBegging', 'บังคับขอทาน', 'Forced begging', 29),
    ('a2bf1fc4-67cc-5cd7-a392-fc5782308404', 'PURPOSE:ForcedAdoption', 'PURPOSE', 'ForcedAdoption', 'บังคับยกบุตรบุญธรรม', 'Forced adoption', 30),
    ('7869f1dd-e656-5c0c-b038-872ce2ba3174', 'PURPOSE:Surrogacy', 'PURPOSE', 'Surrogacy', 'บังคับรับตั้งครรภ์แทน', 'Surrogacy', 31),
    ('c5c867b1-8d96-5c9f-8ec5-1057ec6722b2', 'PURPOSE:ForcedCriminality', 'PURPOSE', 'ForcedCriminality', 'บังคับกระทำความผิด (รวมแก๊งคอลเซ็นเตอร์)', 'Forced criminality (incl. scam compounds)', 32),
    ('f08b5ac9-772c-569d-88fa-4d94a68d38f0', 'PURPOSE:Other', 'PURPOSE', 'Other', 'อื่น ๆ', 'Other', 33);

-- How the screening was held: the interpreter and the language spoken (ISO 639); the court's
-- extension of an undetermined screening; an identified victim's reflection and recovery period.
-- The note about the period may tell the person's story: sealed like the reasons.
ALTER TABLE nrm_screening ADD COLUMN interpreter VARCHAR(200);
ALTER TABLE nrm_screening ADD COLUMN language VARCHAR(3);
ALTER TABLE nrm_screening ADD COLUMN extended_until DATE;
ALTER TABLE nrm_screening ADD COLUMN court_reference VARCHAR(200);
ALTER TABLE nrm_screening ADD COLUMN reflection_from DATE;
ALTER TABLE nrm_screening ADD COLUMN reflection_until DATE;
ALTER TABLE nrm_screening ADD COLUMN reflection_granted_by VARCHAR(200);
ALTER TABLE nrm_screening ADD COLUMN reflection_note VARCHAR(20000);
ALTER TABLE nrm_screening ADD COLUMN reflection_recorded_at TIMESTAMP WITH TIME ZONE;
ALTER TABLE nrm_screening ADD COLUMN reflection_recorded_by VARCHAR(100);
ALTER TABLE nrm_screening ADD CONSTRAINT nrm_screening_extension_ck
    CHECK (outcome = 'UNDETERMINED' OR (extended_until IS NULL AND court_reference IS NULL));
ALTER TABLE nrm_screening ADD CONSTRAINT nrm_screening_reflection_ck
    CHECK (outcome = 'IDENTIFIED_VICTIM' OR reflection_from IS NULL);

-- A member picked from the lead organisation's users keeps their account; outsiders have none.
ALTER TABLE nrm_screening_member ADD COLUMN user_id UUID;

-- Each answer may carry the member's note (sealed: it tells what the person said), and the
-- indicator's place in the checklist the team answered, so a decision reads in that order.
ALTER TABLE nrm_screening_answer ADD COLUMN note VARCHAR(20000);
ALTER TABLE nrm_screening_answer ADD COLUMN position INT;
