-- When the day-before reminder was queued for a registration (once only, whichever instance runs the job).
ALTER TABLE registration ADD COLUMN reminder_sent_at TIMESTAMP WITH TIME ZONE;
