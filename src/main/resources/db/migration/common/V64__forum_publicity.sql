-- Forum outputs (issue 16 items 1 and 5): the chair marks follow-up actions public as well as inputs
-- (forum_input.shown_publicly exists since V55); the public summary of a forum names only what is marked.
ALTER TABLE forum_action ADD COLUMN shown_publicly BOOLEAN DEFAULT FALSE NOT NULL;
