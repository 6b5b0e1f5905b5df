package th.tipnet.forums;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about forums, their recommendations and follow-up
 * actions: the records it names and the actions it records, each once. A constant's name is the
 * code stored in the log; its Thai and English labels are {@code audit.action.<code>} and {@code
 * audit.entityType.<type>} in the messages.
 */
enum ForumsAudit implements AuditAction {

	FORUM_ACTIONS_EXPORTED,

	FORUM_ACTION_AGREED,

	FORUM_ACTION_FILE_ADDED,

	FORUM_ACTION_FILE_DOWNLOADED,

	FORUM_ACTION_MOVED,

	FORUM_ACTION_REMINDED,

	FORUM_ACTION_REPORTED,

	FORUM_INPUT_RAISED,

	FORUM_ORGANISATION_MOVED,

	FORUM_MINUTES_PRINTED,

	FORUM_PUBLICITY_CHANGED,

	FORUM_RECOMMENDATION_REVIEWED,

	FORUM_RECORDED,

	FORUM_REVISED;

	static final RecordType FORUM = new RecordType("Forum");

	static final RecordType FORUM_ACTION = new RecordType("ForumAction");

	static final RecordType REVIEW = new RecordType("ForumReview");

}
