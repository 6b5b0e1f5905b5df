package th.tipnet.awards;

import java.util.UUID;

/** A nomination's identity. */
public record NominationId(UUID value) {

	public NominationId {
		if (value == null) {
			throw new IllegalArgumentException("a nomination id needs a value");
		}
	}

	static NominationId next() {
		return new NominationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
