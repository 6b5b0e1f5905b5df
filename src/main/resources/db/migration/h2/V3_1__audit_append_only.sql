-- The same guarantee on H2: a Java trigger refuses UPDATE and DELETE on the audit log.
CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry
    FOR EACH ROW CALL 'th.tipnet.audit.AppendOnlyTrigger';
