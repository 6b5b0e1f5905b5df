package th.tipnet.audit;

/**
 * What an audit entry says was done ({@code CASE_READ}), as its callers record it, and where its
 * name in the reader's language lives. Callers still pass the code as text to
 * {@link AuditTrail#record}; this is the one place that turns a code into a label.
 */
public record AuditAction(String code) {

	public AuditAction {
		if (code == null || code.isBlank()) {
			throw new IllegalArgumentException("Not an audit action: " + code);
		}
	}

	/** The message key of the action's Thai and English name. */
	public String messageKey() {
		return "audit.action." + code;
	}
}
