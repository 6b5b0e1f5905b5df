package th.tipnet.cases;

import java.util.UUID;

/** A referral's identity: one case sent to one organisation for one service. */
public record ReferralId(UUID value) {

	public ReferralId {
		if (value == null) {
			throw new IllegalArgumentException("a referral id needs a value");
		}
	}

	static ReferralId next() {
		return new ReferralId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
