package th.tipnet.audit.web;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about the audit log itself: the records it names and
 * the actions it records, each once. A constant's name is the code stored in the log; its Thai and
 * English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>} in the
 * messages.
 */
enum SelfAudit implements AuditAction {

	AUDIT_EXPORTED;

	static final RecordType AUDIT_LOG = new RecordType("AuditLog");

}
