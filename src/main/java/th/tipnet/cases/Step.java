package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;

/** One step on a case's timeline: what happened, when (the application's clock) and who did it. */
@Embeddable
class Step {

	@Column(name = "step", nullable = false)
	private String what;

	@Column(name = "occurred_at", nullable = false)
	private Instant at;

	@Column(name = "actor_id")
	private UUID actorId;

	@Column(name = "actor_name", nullable = false)
	private String actorName;

	protected Step() {
	}

	Step(String what, Instant at, UUID actorId, String actorName) {
		this.what = what;
		this.at = at;
		this.actorId = actorId;
		this.actorName = actorName;
	}

	String what() {
		return what;
	}

	Instant at() {
		return at;
	}

	UUID actorId() {
		return actorId;
	}

	String actorName() {
		return actorName;
	}
}
