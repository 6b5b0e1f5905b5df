package th.tipnet.certificates;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about certificates and their signatories: the records
 * it names and the actions it records, each once. A constant's name is the code stored in the log;
 * its Thai and English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>}
 * in the messages.
 */
enum CertificatesAudit implements AuditAction {

	CERTIFICATE_ISSUED,

	CERTIFICATE_REVOKED,

	SIGNATORY_APPOINTED;

	static final RecordType CERTIFICATE = new RecordType("Certificate");

	static final RecordType SIGNATORY = new RecordType("CertificateSignatory");

}
