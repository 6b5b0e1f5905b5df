package th.tipnet.awards;

import java.util.UUID;

/** An award round's identity: the awards of one Buddhist-Era year. */
public record RoundId(UUID value) {

	public RoundId {
		if (value == null) {
			throw new IllegalArgumentException("a round id needs a value");
		}
	}

	static RoundId next() {
		return new RoundId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
