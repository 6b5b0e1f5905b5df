-- (event_id, attendance_mode, group_code, status) is a prefix of registration_waitlist_idx, which
-- serves the same counts: one index fewer to maintain on every registration.
DROP INDEX registration_counts_idx;
