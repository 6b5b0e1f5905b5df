package th.tipnet.common;

import java.time.Duration;

import org.springframework.http.HttpStatus;

/**
 * 503: a bounded resource is busy right now and the request was not queued (or waited too long).
 * The answer carries {@code Retry-After}, so a client knows when asking again makes sense.
 */
public class TryAgainLater extends DomainException {

	private final transient Duration retryAfter;

	public TryAgainLater(String messageKey, Duration retryAfter) {
		super(HttpStatus.SERVICE_UNAVAILABLE, messageKey, null, retryAfter.toSeconds());
		this.retryAfter = retryAfter;
	}

	/** Whole seconds, at least one (the unit of {@code Retry-After}). */
	public long retryAfterSeconds() {
		return Math.max(1, retryAfter.toSeconds());
	}
}
