package th.tipnet.audit;

/**
 * What an audit entry says was done ({@code CASE_READ}). Each module declares the actions it records
 * as one enum implementing this, so a code is written once and a misspelt one does not compile; the
 * constant's name is the code stored in the log.
 */
public interface AuditAction {

	/** The code stored in the log: the enum constant's name. */
	String name();

	/** The message key of the action's Thai and English name. */
	default String messageKey() {
		return messageKey(name());
	}

	/** The message key of the Thai and English name of an action stored as {@code code}. */
	static String messageKey(String code) {
		return "audit.action." + code;
	}
}
