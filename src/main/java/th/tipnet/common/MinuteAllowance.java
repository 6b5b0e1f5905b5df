package th.tipnet.common;

import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A minute's allowance against floods (a token bucket): at most {@code limit} requests, refilled evenly, one every
 * 60/limit seconds. The public forms' registrations and the certificates' checks each keep one per client address
 * (and per event), in this instance's memory. Not thread-safe: its owner synchronises.
 */
public final class MinuteAllowance {

	private final int limit;

	private double left;

	private long at;

	public MinuteAllowance(int limit, long nowMillis) {
		this.limit = limit;
		this.left = limit;
		this.at = nowMillis;
	}

	/**
	 * Allowances by key (a client address, an event) of which only the {@code tracked} most recently used are kept: a
	 * forgotten key starts afresh, so memory stays bounded.
	 */
	public static <K> Map<K, MinuteAllowance> tracked(int tracked) {
		return new LinkedHashMap<>(256, 0.75f, true) {
			@Override
			protected boolean removeEldestEntry(Map.Entry<K, MinuteAllowance> eldest) {
				return size() > tracked;
			}
		};
	}

	/** 0 when one request is left now, else the milliseconds until one is (what is left refilled to now). */
	public long millisUntilOne(long nowMillis) {
		double perMilli = limit / 60_000.0;
		left = Math.min(limit, left + Math.max(0, nowMillis - at) * perMilli);
		at = Math.max(at, nowMillis);
		return left >= 1 ? 0 : (long) Math.ceil((1 - left) / perMilli);
	}

	/** Takes the one request {@link #millisUntilOne} found left. */
	public void take() {
		left -= 1;
	}

	/** The whole seconds a refused request is told to wait (at least one). */
	public static long seconds(long millis) {
		return Math.max(1, (millis + 999) / 1000);
	}
}
