-- The audit log stays append-only; the one update allowed is sealing: filling seq, previous_hash
-- and hash of an entry that has none yet, leaving everything it says unchanged.
CREATE FUNCTION audit_entry_allow_sealing_only() RETURNS trigger AS $$
BEGIN
    IF TG_OP = 'UPDATE' AND OLD.hash IS NULL AND OLD.seq IS NULL AND OLD.previous_hash IS NULL
       AND NEW.hash IS NOT NULL AND NEW.seq IS NOT NULL AND NEW.previous_hash IS NOT NULL
       AND (NEW.id, NEW.occurred_at, NEW.actor_id, NEW.actor_name, NEW.actor_org_id, NEW.entity_type, NEW.entity_id,
            NEW.action, NEW.changes, NEW.request_id, NEW.client_address)
           IS NOT DISTINCT FROM
           (OLD.id, OLD.occurred_at, OLD.actor_id, OLD.actor_name, OLD.actor_org_id, OLD.entity_type, OLD.entity_id,
            OLD.action, OLD.changes, OLD.request_id, OLD.client_address) THEN
        RETURN NEW;
    END IF;
    RAISE EXCEPTION 'audit_entry is append-only: % refused', TG_OP USING ERRCODE = 'insufficient_privilege';
END;
$$ LANGUAGE plpgsql;

CREATE TRIGGER audit_entry_append_only
    BEFORE UPDATE OR DELETE ON audit_entry
    FOR EACH ROW EXECUTE FUNCTION audit_entry_allow_sealing_only();

CREATE TRIGGER audit_entry_no_truncate
    BEFORE TRUNCATE ON audit_entry
    FOR EACH STATEMENT EXECUTE FUNCTION audit_entry_refuse_change();
