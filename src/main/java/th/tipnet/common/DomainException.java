package th.tipnet.common;

import org.springframework.http.HttpStatus;

/**
 * A refused domain operation. It carries a message key (resolved in the user's language where it is
 * shown), the field it concerns if any, and the HTTP status it maps to. Never carries personal data.
 */
public class DomainException extends RuntimeException {

	private final HttpStatus status;

	private final String messageKey;

	private final String field;

	private final transient Object[] arguments;

	public DomainException(HttpStatus status, String messageKey, String field, Object... arguments) {
		super(messageKey);
		this.status = status;
		this.messageKey = messageKey;
		this.field = field;
		this.arguments = arguments;
	}

	/** 404: the thing does not exist, or the caller may not know that it does. */
	public static DomainException notFound(String what) {
		return new DomainException(HttpStatus.NOT_FOUND, "error.notFound", null, what);
	}

	/** 409: someone else changed the record since the caller read it. */
	public static DomainException staleVersion() {
		return new DomainException(HttpStatus.CONFLICT, "error.staleVersion", "version");
	}

	/**
	 * The one check of a stale version: {@link #staleVersion} unless the record is still at the version the caller
	 * read ({@code expected}).
	 */
	public static void requireVersion(long current, long expected) {
		if (current != expected) {
			throw staleVersion();
		}
	}

	/** 422 on a field: the value is well-formed but not acceptable. */
	public static DomainException invalid(String field, String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.UNPROCESSABLE_ENTITY, messageKey, field, arguments);
	}

	/** 409: the operation does not fit the record's current state. */
	public static DomainException conflict(String messageKey, Object... arguments) {
		return new DomainException(HttpStatus.CONFLICT, messageKey, null, arguments);
	}

	/** 403: the caller may not do this to this record. */
	public static DomainException forbidden() {
		return new DomainException(HttpStatus.FORBIDDEN, "error.forbidden", null);
	}

	public HttpStatus status() {
		return status;
	}

	public String messageKey() {
		return messageKey;
	}

	public String field() {
		return field;
	}

	public Object[] arguments() {
		return arguments;
	}
}
