package th.tipnet.cases;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about cases, screening and referrals: the records it
 * names and the actions it records, each once. A constant's name is the code stored in the log;
 * its Thai and English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>}
 * in the messages.
 */
enum CasesAudit implements AuditAction {

	ATTACHMENT_ADDED,

	ATTACHMENT_DOWNLOADED,

	BREAK_GLASS_OPENED,

	CASES_LISTED,

	CASE_ESCALATED,

	CASE_MOVED,

	CASE_OPENED,

	CASE_READ,

	CASE_WORKER_ASSIGNED,

	INDICATOR_ADDED,

	INDICATOR_CHANGED,

	INDICATOR_MOVED,

	INDICATOR_RETIRED,

	INTAKE_DRAFTS_EXPIRED,

	INTAKE_DRAFTS_LISTED,

	INTAKE_DRAFT_DISCARDED,

	INTAKE_DRAFT_MOVED,

	INTAKE_DRAFT_READ,

	INTAKE_DRAFT_SAVED,

	INTAKE_DRAFT_SUBMITTED,

	OPERATION_MOVED,

	OPERATION_OPENED,

	OPERATION_READ,

	PERSON_DESCRIBED,

	POSSIBLE_MATCH_FLAGGED,

	REFERRALS_INCOMING_LISTED,

	REFERRALS_READ,

	REFERRAL_ACCEPTED,

	REFERRAL_COMPLETED,

	REFERRAL_CONSENT_REVOKED,

	REFERRAL_DECLINED,

	REFERRAL_MOVED,

	REFERRAL_READ,

	REFERRAL_SENT,

	REFERRAL_SENT_ONWARD,

	REFERRAL_WITHDRAWN,

	REFLECTION_RECORDED,

	SCREENING_DECIDED,

	SCREENING_SIGNED_OFF;

	static final RecordType CASE = new RecordType("NrmCase");

	static final RecordType REFERRAL = new RecordType("NrmReferral");

	static final RecordType INTAKE_DRAFT = new RecordType("NrmIntakeDraft");

	static final RecordType INDICATOR = new RecordType("NrmIndicator");

	static final RecordType OPERATION = new RecordType("NrmOperation");

}
