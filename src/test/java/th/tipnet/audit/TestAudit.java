package th.tipnet.audit;

/**
 * Entries the audit tests write themselves: probes of the log's mechanics, and entries as another
 * module would write them (with that module's codes) about records that have since been deleted.
 */
enum TestAudit implements AuditAction {

	FIRST, INNER, SECOND, KEPT_1, KEPT_2, CONCURRENT_PROBE, USER_UPDATED, ORGANISATION_UPDATED, SIGN_IN_FAILED;

	static final RecordType TEST = new RecordType("Test");

	static final RecordType PROBE = new RecordType("Probe");

	static final RecordType USER = new RecordType("User");

	static final RecordType ORGANISATION = new RecordType("Organisation");
}
