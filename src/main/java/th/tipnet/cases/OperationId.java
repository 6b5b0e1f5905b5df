package th.tipnet.cases;

import java.util.UUID;

/** An operation's identity: the first contact with a group of people met together. */
record OperationId(UUID value) {

	OperationId {
		if (value == null) {
			throw new IllegalArgumentException("an operation id needs a value");
		}
	}

	static OperationId next() {
		return new OperationId(UUID.randomUUID());
	}

	@Override
	public String toString() {
		return value.toString();
	}
}
