package th.tipnet.cases;

import java.time.Instant;
import java.time.ZoneOffset;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.common.Actor;

/**
 * Puts a step on a case's timeline without loading the case: a referral's answer and an escalation
 * change nothing else of it, and reading the whole aggregate (names, nationalities, every step, the
 * screening) for one row cost more than the rest of an accept. The step moves the case's version on,
 * as a step added through {@link Case} does, so a save of the case begun before it is refused as
 * stale (409) instead of taking the same timeline position. Never call it in a transaction that has
 * the case loaded: that copy's version would be behind.
 */
@Component
class CaseTimeline {

	private final JdbcTemplate jdbc;

	CaseTimeline(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/**
	 * Appends the step. The version's update takes the case's row lock first, the lock any save of
	 * the case takes, so the next position is ours until the transaction ends.
	 */
	void append(UUID caseId, String step, Actor actor, Instant at) {
		if (jdbc.update("UPDATE nrm_case SET version = version + 1 WHERE id = ?", caseId) != 1) {
			throw new IllegalStateException("No case " + caseId);
		}
		jdbc.update("INSERT INTO nrm_case_step (case_id, position, step, occurred_at, actor_id, actor_name) "
				+ "SELECT ?, COALESCE(MAX(position), -1) + 1, ?, ?, CAST(? AS UUID), ? FROM nrm_case_step WHERE case_id = ?", caseId, step,
				at.atOffset(ZoneOffset.UTC), actor.userId(), actor.name(), caseId);
	}
}
