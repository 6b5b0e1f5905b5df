package th.tipnet.notify;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about notices and the mail outbox: the records it names
 * and the actions it records, each once. A constant's name is the code stored in the log; its Thai
 * and English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>} in the
 * messages.
 */
enum NotifyAudit implements AuditAction {

	NOTICES_READ,

	NOTICE_POSTED,

	OUTBOX_LISTED,

	OUTBOX_MAIL_READ;

	static final RecordType NOTICE = new RecordType("Notice");

	static final RecordType OUTBOX = new RecordType("Outbox");

	static final RecordType OUTBOX_MAIL = new RecordType("OutboxMail");

}
