package th.tipnet.identity;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about accounts and sign-in: the records it names and
 * the actions it records, each once. A constant's name is the code stored in the log; its Thai and
 * English labels are {@code audit.action.<code>} and {@code audit.entityType.<type>} in the
 * messages.
 */
enum IdentityAudit implements AuditAction {

	API_TOKEN_ISSUED,

	API_TOKEN_REVOKED,

	EMAIL_CHANGED,

	PASSWORD_CHANGED,

	PASSWORD_RESET,

	PASSWORD_RESET_COMPLETED,

	PASSWORD_RESET_HELD_BACK,

	PASSWORD_RESET_REQUESTED,

	POLICY_CHANGED,

	RECOVERY_CODE_USED,

	SECOND_FACTOR_FAILED,

	SIGNED_IN,

	SIGNED_OUT,

	SIGN_IN_FAILED,

	SIGN_IN_REFUSED_LOCKED,

	TOTP_ENROLLED,

	TOTP_REMOVED,

	USER_CREATED,

	USER_DISABLED,

	USER_ENABLED,

	USER_MOVED,

	USER_UPDATED;

	static final RecordType USER = new RecordType("User");

	static final RecordType ROLE_POLICY = new RecordType("RolePolicy");

}
