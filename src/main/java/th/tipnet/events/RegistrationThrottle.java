package th.tipnet.events;

import java.time.Clock;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tipnet.common.MinuteAllowance;
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

	private final Map<String, MinuteAllowance> addresses;

	private final Map<UUID, MinuteAllowance> events;

	RegistrationThrottle(Clock clock, @Value("${tipnet.events.registration-limit.per-address:10}") int perAddress,
			@Value("${tipnet.events.registration-limit.per-event:600}") int perEvent,
			@Value("${tipnet.events.registration-limit.tracked:10000}") int tracked) {
		if (perAddress < 1 || perEvent < 1 || tracked < 1) {
			throw new IllegalStateException("tipnet.events.registration-limit.* must be at least 1");
		}
		this.clock = clock;
		this.perAddress = perAddress;
		this.perEvent = perEvent;
		this.addresses = MinuteAllowance.tracked(tracked);
		this.events = MinuteAllowance.tracked(tracked);
	}

	/**
	 * Takes one registration from this address's and this event's allowance, or refuses with the
	 * seconds until both have one again (then neither allowance is touched).
	 */
	void admit(String address, UUID eventId) {
		long now = clock.millis();
		synchronized (this) {
			MinuteAllowance mine = addresses.computeIfAbsent(address == null ? "" : address,
					a -> new MinuteAllowance(perAddress, now));
			MinuteAllowance event = events.computeIfAbsent(eventId, e -> new MinuteAllowance(perEvent, now));
			long wait = Math.max(mine.millisUntilOne(now), event.millisUntilOne(now));
			if (wait > 0) {
				throw new TooManyRequests("events.registration.throttled", MinuteAllowance.seconds(wait));
			}
			mine.take();
			event.take();
		}
	}
}
