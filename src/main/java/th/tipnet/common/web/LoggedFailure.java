package th.tipnet.common.web;

import java.sql.SQLException;

/**
 * A failure as it may be logged: each exception of the chain by its class, with the SQL state and
 * constraint name of database errors, and the original stack frames, but never a message. Messages
 * carry what the failure was about: drivers print bound values ({@code Key (email)=(...)}), H2 echoes
 * the SQL with its parameters, parsers quote the input. The request id is in every log line already.
 * Public for what fails outside a request too (scheduled jobs).
 */
public final class LoggedFailure extends RuntimeException {

	private LoggedFailure(String description, StackTraceElement[] frames, LoggedFailure cause) {
		super(description, cause, false, true);
		setStackTrace(frames);
	}

	/** The failure with every message of its chain left out. */
	public static LoggedFailure of(Throwable failure) {
		return of(failure, 0);
	}

	private static LoggedFailure of(Throwable failure, int depth) {
		Throwable cause = failure.getCause();
		LoggedFailure loggedCause = cause == null || cause == failure || depth > 20 ? null : of(cause, depth + 1);
		return new LoggedFailure(describe(failure), failure.getStackTrace(), loggedCause);
	}

	/** The class and what is safe to know about it: SQL state, vendor code, constraint name. */
	static String describe(Throwable failure) {
		StringBuilder d = new StringBuilder(failure.getClass().getName());
		if (failure instanceof SQLException sql) {
			d.append(" [SQL state ").append(sql.getSQLState()).append(", code ").append(sql.getErrorCode()).append(']');
		}
		if (failure instanceof org.hibernate.exception.ConstraintViolationException violation
				&& violation.getConstraintName() != null) {
			d.append(" [constraint ").append(violation.getConstraintName()).append(']');
		}
		return d.toString();
	}

	@Override
	public String toString() {
		// The logger prints toString() for each cause: the description, without this class's name.
		return getMessage();
	}
}
