package th.tipnet.audit;

/**
 * The type of record an audit entry is about ({@code NrmCase}, {@code User}), as its callers record
 * it, and where its name in the reader's language lives.
 */
public record RecordType(String name) {

	public RecordType {
		if (name == null || name.isBlank()) {
			throw new IllegalArgumentException("Not a record type: " + name);
		}
	}

	/** The message key of the type's Thai and English name. */
	public String messageKey() {
		return "audit.entityType." + name;
	}
}
