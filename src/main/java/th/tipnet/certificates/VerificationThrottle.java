package th.tipnet.certificates;

import java.time.Clock;
import java.util.Map;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Component;

import th.tipnet.common.MinuteAllowance;
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

	private final Map<String, MinuteAllowance> addresses;

	VerificationThrottle(Clock clock, @Value("${tipnet.certificates.verify-limit:30}") int perMinute,
			@Value("${tipnet.certificates.verify-limit.tracked:10000}") int tracked) {
		if (perMinute < 1 || tracked < 1) {
			throw new IllegalStateException("tipnet.certificates.verify-limit and its .tracked must be at least 1");
		}
		this.clock = clock;
		this.perMinute = perMinute;
		this.addresses = MinuteAllowance.tracked(tracked);
	}

	void admit(String address) {
		long now = clock.millis();
		long wait;
		synchronized (this) {
			MinuteAllowance allowance = addresses.computeIfAbsent(address == null ? "" : address,
					a -> new MinuteAllowance(perMinute, now));
			wait = allowance.millisUntilOne(now);
			if (wait == 0) {
				allowance.take();
			}
		}
		if (wait > 0) {
			throw new TooManyRequests("certificates.throttled", MinuteAllowance.seconds(wait));
		}
	}
}
