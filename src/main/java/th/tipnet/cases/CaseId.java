package th.tipnet.cases;

import java.util.UUID;

/** A case's identity: a person's path through the NRM. */
public record CaseId(UUID value) {

	public CaseId {
		if (value == null) {
			throw new IllegalArgumentException("a case id needs a value");
		}
	}

	static CaseId next() {
		return new CaseId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
