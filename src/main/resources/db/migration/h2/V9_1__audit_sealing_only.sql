-- H2's counterpart: the audit log refuses DELETE and every UPDATE but sealing.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'th.tipnet.audit.AppendOnlyTrigger';
