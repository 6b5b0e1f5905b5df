package th.tipnet.forums;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A later forum's review of a recommendation raised at an earlier one, or of one of its actions: the outcome and a
 * note, recorded by that forum's chair or a recorder. Made by {@link Reviews}, which holds that the reviewing forum
 * met after the one that raised it.
 */
@Entity
@Table(name = "forum_review")
class ForumReview {

	@Id
	private UUID id;

	@Column(name = "input_id", nullable = false, updatable = false)
	private UUID inputId;

	@Column(name = "action_id", updatable = false)
	private UUID actionId;

	@Column(name = "forum_id", nullable = false, updatable = false)
	private UUID forumId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private ReviewOutcome outcome;

	@Column(nullable = false, updatable = false)
	private String note;

	@Column(name = "reviewed_at", nullable = false, updatable = false)
	private Instant reviewedAt;

	@Column(name = "reviewed_by", updatable = false)
	private UUID reviewedBy;

	@Column(name = "by_name", nullable = false, updatable = false)
	private String byName;

	@Version
	private long version;

	protected ForumReview() {
	}

	ForumReview(UUID inputId, UUID actionId, UUID forumId, ReviewOutcome outcome, String note, Instant at, UUID by,
			String byName) {
		this.id = UUID.randomUUID();
		this.inputId = inputId;
		this.actionId = actionId;
		this.forumId = forumId;
		this.outcome = outcome;
		this.note = note;
		this.reviewedAt = at;
		this.reviewedBy = by;
		this.byName = byName;
	}

	public UUID id() {
		return id;
	}

	public UUID inputId() {
		return inputId;
	}

	public UUID actionId() {
		return actionId;
	}

	public UUID forumId() {
		return forumId;
	}

	public ReviewOutcome outcome() {
		return outcome;
	}

	public String note() {
		return note;
	}

	public Instant reviewedAt() {
		return reviewedAt;
	}

	public String byName() {
		return byName;
	}
}
