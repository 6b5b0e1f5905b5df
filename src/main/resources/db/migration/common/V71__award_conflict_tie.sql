-- What a found conflict of interest runs through: the judge's organisation, its parents up to the
-- party (the nominee's or the nominator's organisation), or the judge's organisation and the
-- nominated province. When the directory changes and the conflicts are found again, a dismissed
-- conflict stays dismissed while its tie is the same, and stands again when the tie changed.
-- Empty for conflicts found before (the next check fills it in, keeping their dismissal).
ALTER TABLE award_conflict ADD COLUMN tie VARCHAR(800);
