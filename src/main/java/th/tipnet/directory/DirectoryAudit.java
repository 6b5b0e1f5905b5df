package th.tipnet.directory;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about the directory of organisations and its search:
 * the records it names and the actions it records, each once. A constant's name is the code stored
 * in the log; its Thai and English labels are {@code audit.action.<code>} and {@code
 * audit.entityType.<type>} in the messages.
 */
enum DirectoryAudit implements AuditAction {

	ORGANISATIONS_IMPORTED,

	ORGANISATION_CREATED,

	ORGANISATION_DEACTIVATED,

	ORGANISATION_MERGED,

	ORGANISATION_REACTIVATED,

	ORGANISATION_UPDATED,

	ORGANISATION_VERIFIED,

	PUBLIC_CONTACTS_CONFIRMED,

	PUBLIC_CONTACT_CORRECTED,

	PUBLIC_CONTACT_REMOVED,

	SEARCH_SYNONYMS_ADDED,

	SEARCH_SYNONYMS_CHANGED,

	SEARCH_SYNONYMS_REMOVED,

	SERVICE_TYPE_ACTIVATED,

	SERVICE_TYPE_ADDED,

	SERVICE_TYPE_RETIRED;

	static final RecordType ORGANISATION = new RecordType("Organisation");

	static final RecordType SYNONYM_GROUP = new RecordType("SynonymGroup");

	static final RecordType SERVICE_TYPE = new RecordType("ServiceType");

}
