package th.tipnet.certificates;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tipnet.common.TooManyRequests;

/**
 * How many certificates one client address may check a minute ({@code tipnet.certificates.verify-limit}),
 * so the random part of the numbers cannot be searched through: each address has a minute's allowance
 * that refills over the minute; a refused check is answered 429 with the seconds to wait. The allowances
 * live in this instance's memory (n instances let n times through) and the least recently seen
 * addresses beyond {@code ...tracked} are forgotten: a limit against floods, not a count.
 */
@Component
class VerificationThrottle {

	private final Clock clock;

	private final int perMinute;

	private final Map<String, Allowance> addresses;

	VerificationThrottle(Clock clock, @Value("${tipnet.certificates.verify-limit:30}") int perMinute,
			@Value("${tipnet.certificates.verify-limit.tracked:10000}") int tracked) {
		if (perMinute < 1 || tracked < 1) {
			throw new IllegalStateException("tipnet.certificates.verify-limit and its .tracked must be at least 1");
		}
		this.clock = clock;
		this.perMinute = perMinute;
		this.addresses = new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<String, Allowance> eldest) {
				return size() > tracked;
			}
		};
	}

	void admit(String address) {
		long now = clock.millis();
		long wait;
		synchronized (this) {
			wait = addresses.computeIfAbsent(address == null ? "" : address, a -> new Allowance(perMinute, now)).take(perMinute, now);
		}
		if (wait > 0) {
			throw new TooManyRequests("certificates.throttled", Math.max(1, (wait + 999) / 1000));
		}
	}

	/** Checks left, refilled evenly: one every 60/limit seconds, at most a minute's worth. */
	private static final class Allowance {

		private double left;

		private long at;

		Allowance(int limit, long now) {
			this.left = limit;
			this.at = now;
		}

		/** Takes one check and answers 0, or the milliseconds until one is there (taking nothing). */
		long take(int limit, long now) {
			double perMilli = limit / 60_000.0;
			left = Math.min(limit, left + Math.max(0, now - at) * perMilli);
			at = Math.max(at, now);
			if (left >= 1) {
				left -= 1;
				return 0;
			}
			return (long) Math.ceil((1 - left) / perMilli);
		}
	}
}
