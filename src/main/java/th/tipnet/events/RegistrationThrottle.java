package th.tipnet.events;

import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tipnet.common.TooManyRequests;

/**
 * How many registrations the public forms take a minute: from one client address
 * ({@code tipnet.events.registration-limit.per-address}) and for one event ({@code ...per-event}),
 * each a token bucket that refills evenly over the minute and holds at most a minute's allowance.
 * A refused request is answered 429 with the seconds to wait and nothing is recorded or counted.
 *
 * <p>The buckets live in this instance's memory: with several instances behind a load balancer each
 * grants its own allowance (n instances let through up to n times the limit), which is acceptable
 * for a limit meant to stop floods, not to count exactly. Memory is bounded: the least recently seen
 * addresses and events are forgotten beyond {@code ...tracked} (a forgotten address starts afresh).
 */
@Component
class RegistrationThrottle {

	private final Clock clock;

	private final int perAddress;

	private final int perEvent;

	private final Map<String, Bucket> addresses;

	private final Map<UUID, Bucket> events;

	RegistrationThrottle(Clock clock, @Value("${tipnet.events.registration-limit.per-address:10}") int perAddress,
			@Value("${tipnet.events.registration-limit.per-event:600}") int perEvent,
			@Value("${tipnet.events.registration-limit.tracked:10000}") int tracked) {
		if (perAddress < 1 || perEvent < 1 || tracked < 1) {
			throw new IllegalStateException("tipnet.events.registration-limit.* must be at least 1");
		}
		this.clock = clock;
		this.perAddress = perAddress;
		this.perEvent = perEvent;
		this.addresses = bounded(tracked);
		this.events = bounded(tracked);
	}

	private static <K> Map<K, Bucket> bounded(int tracked) {
		return new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, Bucket> eldest) {
				return size() > tracked;
			}
		};
	}

	/**
	 * Takes one registration from this address's and this event's allowance, or refuses with the
	 * seconds until both have one again (then neither allowance is touched).
	 */
	void admit(String address, UUID eventId) {
		long now = clock.millis();
		synchronized (this) {
			Bucket mine = addresses.computeIfAbsent(address == null ? "" : address, a -> new Bucket(perAddress, now));
			Bucket event = events.computeIfAbsent(eventId, e -> new Bucket(perEvent, now));
			long wait = Math.max(mine.millisUntilOne(perAddress, now), event.millisUntilOne(perEvent, now));
			if (wait > 0) {
				throw new TooManyRequests("events.registration.throttled", Math.max(1, (wait + 999) / 1000));
			}
			mine.take();
			event.take();
		}
	}

	/** A minute's allowance that refills evenly: {@code limit} tokens at most, one every 60/limit seconds. */
	private static final class Bucket {

		private double tokens;

		private long at;

		Bucket(int limit, long now) {
			this.tokens = limit;
			this.at = now;
		}

		long millisUntilOne(int limit, long now) {
			double perMilli = limit / 60_000.0;
			tokens = Math.min(limit, tokens + Math.max(0, now - at) * perMilli);
			at = Math.max(at, now);
			return tokens >= 1 ? 0 : (long) Math.ceil((1 - tokens) / perMilli);
		}

		void take() {
			tokens -= 1;
		}
	}
}
