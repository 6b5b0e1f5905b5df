package th.tipnet.common;

import org.springframework.http.HttpStatus;

/**
 * 429: the caller has used up an allowance (registrations a minute from one address, for one event).
 * Answered with {@code Retry-After} in seconds, and a message in the user's language saying when to
 * try again; nothing was done.
 */
public class TooManyRequests extends DomainException {

	private final long retryAfterSeconds;

	public TooManyRequests(String messageKey, long retryAfterSeconds) {
		super(HttpStatus.TOO_MANY_REQUESTS, messageKey, null, retryAfterSeconds);
		this.retryAfterSeconds = retryAfterSeconds;
	}

	public long retryAfterSeconds() {
		return retryAfterSeconds;
	}
}
