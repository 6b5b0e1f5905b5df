-- A person's place in a waiting list: with the sequence in the index, counting those ahead reads
-- index entries only.
CREATE INDEX registration_waitlist_idx ON registration (event_id, attendance_mode, group_code, status, waitlist_seq);

-- How many wait in each mode and group, kept with the other tallies under the event's lock: the
-- place of someone joining the end of a list is then known without counting the list.
ALTER TABLE event_tally ADD COLUMN waiting INT DEFAULT 0 NOT NULL;
UPDATE event_tally SET waiting = (
    SELECT COUNT(*) FROM registration r
    WHERE r.event_id = event_tally.event_id AND r.attendance_mode = event_tally.attendance_mode
      AND r.group_code = event_tally.group_code AND r.status = 'WAITLISTED')
WHERE group_code <> '*';
