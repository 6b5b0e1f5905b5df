package th.tipnet.awards;

import th.tipnet.audit.AuditAction;
import th.tipnet.audit.RecordType;

/**
 * What this module writes to the audit log about award rounds, nominations, judging and results:
 * the records it names and the actions it records, each once. A constant's name is the code stored
 * in the log; its Thai and English labels are {@code audit.action.<code>} and {@code
 * audit.entityType.<type>} in the messages.
 */
enum AwardsAudit implements AuditAction {

	AWARD_CEREMONY_EVENT_NAMED,

	AWARD_CEREMONY_REORDERED,

	AWARD_CERTIFICATES_PRINTED,

	AWARD_CERTIFICATE_ISSUER_NAMED,

	AWARD_CONFLICT_DECLARED,

	AWARD_CONFLICT_DISMISSED,

	AWARD_CONFLICT_FOUND,

	AWARD_CONFLICT_LAPSED,

	AWARD_CONFLICT_REFOUND,

	AWARD_JUDGE_SEATED,

	AWARD_NOMINATION_DRAFTED,

	AWARD_NOMINATION_ELIGIBILITY_CHECKED,

	AWARD_NOMINATION_FILE_ATTACHED,

	AWARD_NOMINATION_FILE_REMOVED,

	AWARD_NOMINATION_MOVED,

	AWARD_NOMINATION_REVISED,

	AWARD_NOMINATION_SUBMITTED,

	AWARD_NOMINATION_WITHDRAWN,

	AWARD_PRIZE_LIST_DOWNLOADED,

	AWARD_RANKING_CHOSEN,

	AWARD_RESULTS_CONFIRMED,

	AWARD_RESULTS_PUBLISHED,

	AWARD_ROUND_OPENED,

	AWARD_ROUND_REVISED,

	AWARD_RUBRIC_REVISED,

	AWARD_SCORE_CHANGED,

	AWARD_SCORE_GIVEN;

	static final RecordType ROUND = new RecordType("AwardRound");

	static final RecordType NOMINATION = new RecordType("AwardNomination");

	static final RecordType CATEGORY = new RecordType("AwardCategory");

	static final RecordType CONFLICT = new RecordType("AwardConflict");

	static final RecordType SEAT = new RecordType("AwardPanelSeat");

	static final RecordType SCORE = new RecordType("AwardScore");

	static final RecordType RESULT = new RecordType("AwardCategoryResult");

	static final RecordType RANKING_OPTION = new RecordType("AwardRankingOption");

	static final RecordType CEREMONY = new RecordType("AwardCeremony");

}
