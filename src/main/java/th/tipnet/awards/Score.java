package th.tipnet.awards;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A judge's score of one criterion of one nomination, on the rubric's scale, with an optional
 * comment. Changed only through {@link JudgeDesk}, which checks the window and audits each change.
 */
@Entity
@Table(name = "award_score")
class Score {

	@Id
	private UUID id;

	@Column(name = "nomination_id", nullable = false, updatable = false)
	private UUID nominationId;

	@Column(name = "judge_id", nullable = false, updatable = false)
	private UUID judgeId;

	@Column(name = "criterion_id", nullable = false, updatable = false)
	private UUID criterionId;

	@Column(nullable = false)
	private int score;

	@Column
	private String comment;

	@Column(name = "scored_at", nullable = false)
	private Instant scoredAt;

	@Version
	private long version;

	protected Score() {
	}

	static Score first(UUID nominationId, UUID judgeId, UUID criterionId) {
		Score s = new Score();
		s.id = UUID.randomUUID();
		s.nominationId = nominationId;
		s.judgeId = judgeId;
		s.criterionId = criterionId;
		return s;
	}

	/** Sets the score and comment; true when that changes anything. */
	boolean give(int value, String remark, Instant at) {
		String cleaned = remark == null || remark.isBlank() ? null : remark.strip();
		if (scoredAt != null && score == value && java.util.Objects.equals(comment, cleaned)) {
			return false;
		}
		score = value;
		comment = cleaned;
		scoredAt = at;
		return true;
	}

	boolean isNew() {
		return scoredAt == null;
	}

	UUID nominationId() {
		return nominationId;
	}

	UUID judgeId() {
		return judgeId;
	}

	UUID criterionId() {
		return criterionId;
	}

	int score() {
		return score;
	}

	String comment() {
		return comment;
	}

	Instant scoredAt() {
		return scoredAt;
	}
}
