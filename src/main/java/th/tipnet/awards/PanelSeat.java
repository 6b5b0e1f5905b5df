package th.tipnet.awards;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

/** A judge's seat on a category's panel, with the organisation they belonged to when seated. */
@Entity
@Table(name = "award_panel_seat")
class PanelSeat {

	@Id
	private UUID id;

	@Column(name = "category_id", nullable = false, updatable = false)
	private UUID categoryId;

	@Column(name = "judge_id", nullable = false, updatable = false)
	private UUID judgeId;

	@Column(name = "judge_name", nullable = false, updatable = false)
	private String judgeName;

	@Column(name = "judge_org_id", updatable = false)
	private UUID judgeOrganisationId;

	@Column(name = "seated_at", nullable = false, updatable = false)
	private Instant seatedAt;

	@Column(name = "seated_by", updatable = false)
	private UUID seatedBy;

	protected PanelSeat() {
	}

	static PanelSeat of(UUID categoryId, Judge judge, UUID seatedBy, Instant at) {
		PanelSeat s = new PanelSeat();
		s.id = UUID.randomUUID();
		s.categoryId = categoryId;
		s.judgeId = judge.id();
		s.judgeName = judge.name();
		s.judgeOrganisationId = judge.organisationId();
		s.seatedAt = at;
		s.seatedBy = seatedBy;
		return s;
	}

	UUID categoryId() {
		return categoryId;
	}

	UUID judgeId() {
		return judgeId;
	}

	String judgeName() {
		return judgeName;
	}

	UUID judgeOrganisationId() {
		return judgeOrganisationId;
	}

	Judge judge() {
		return new Judge(judgeId, judgeName, judgeOrganisationId);
	}
}
