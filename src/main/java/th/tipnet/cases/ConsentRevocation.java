package th.tipnet.cases;

import java.time.Instant;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * A section of a referral whose sharing ended because the person revoked their consent: which, when,
 * and who recorded it. The section leaves the referral's shared sections at that moment.
 */
@Embeddable
class ConsentRevocation {

	@Enumerated(EnumType.STRING)
	@Column(name = "section", nullable = false)
	private Referral.Section section;

	@Column(name = "revoked_at", nullable = false)
	private Instant at;

	@Column(name = "revoked_by")
	private UUID byId;

	@Column(name = "revoked_by_name", nullable = false)
	private String byName;

	protected ConsentRevocation() {
	}

	ConsentRevocation(Referral.Section section, Instant at, UUID byId, String byName) {
		this.section = section;
		this.at = at;
		this.byId = byId;
		this.byName = byName;
	}

	Referral.Section section() {
		return section;
	}

	Instant at() {
		return at;
	}

	String byName() {
		return byName;
	}
}
