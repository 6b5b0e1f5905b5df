package th.tipnet.identity;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Locale;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Fingerprint;

/**
 * Slows down password guessing, per account name and per client address, with a wait that doubles
 * with each failure past a free allowance (30 s, 1 min, 2 min, 4 min) and never exceeds
 * {@code tipnet.login.max-lock} (5 minutes): a stranger typing someone's name can delay its owner a
 * little, never lock them out, and the owner can always reset the password by e-mail. It keys on
 * the name that was typed, whether or not such an account exists, so its answers never tell an
 * attacker which names are real. Password-reset requests are counted the same way, per account and
 * per address, so nobody can flood an inbox. State is in the database, so every instance sees the
 * same counts; time comes from the application's clock.
 */
@Component
class LoginThrottle {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	private final int freeFailuresPerAccount;

	private final int freeFailuresPerAddress;

	private final int freeResetsPerAccount;

	private final int freeResetsPerAddress;

	private final Duration firstLock;

	private final Duration maxLock;

	LoginThrottle(JdbcTemplate jdbc, Clock clock, @Value("${tipnet.login.free-failures-per-account:5}") int perAccount,
			@Value("${tipnet.login.free-failures-per-address:20}") int perAddress,
			@Value("${tipnet.password-reset.free-requests-per-account:3}") int resetsPerAccount,
			@Value("${tipnet.password-reset.free-requests-per-address:10}") int resetsPerAddress,
			@Value("${tipnet.login.first-lock:30s}") Duration firstLock,
			@Value("${tipnet.login.max-lock:5m}") Duration maxLock) {
		this.jdbc = jdbc;
		this.clock = clock;
		this.freeFailuresPerAccount = perAccount;
		this.freeFailuresPerAddress = perAddress;
		this.freeResetsPerAccount = resetsPerAccount;
		this.freeResetsPerAddress = resetsPerAddress;
		this.firstLock = firstLock;
		this.maxLock = maxLock;
	}

	/** When the caller may try again, if either the name or the address is held back now. */
	@Transactional(readOnly = true)
	public Instant lockedUntil(String username, String address) {
		return until(accountKey(username), addressKey(address));
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void failed(String username, String address) {
		bump(accountKey(username), freeFailuresPerAccount);
		bump(addressKey(address), freeFailuresPerAddress);
	}

	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void succeeded(String username) {
		jdbc.update("DELETE FROM login_throttle WHERE throttle_key = ?", accountKey(username));
	}

	/** When this address may ask for a reset link again, if it asked too often lately. */
	@Transactional(readOnly = true)
	public Instant resetsHeldUntil(String address) {
		return until("r:" + addressKey(address));
	}

	/** When this account may be sent a reset link again, if it was sent too many lately. */
	@Transactional(readOnly = true)
	public Instant resetsHeldUntil(UUID userId) {
		return until("r:u:" + userId);
	}

	/**
	 * Counts a reset request from this address (for this account, when one was found). The last free
	 * request starts the wait, so the next one is held back.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	public void resetRequested(UUID userIdOrNull, String address) {
		bump("r:" + addressKey(address), freeResetsPerAddress - 1);
		if (userIdOrNull != null) {
			bump("r:u:" + userIdOrNull, freeResetsPerAccount - 1);
		}
	}

	/** Forgets failures older than a day (run by the scheduled clean-up). */
	@Transactional
	public int forgetOld() {
		return jdbc.update("DELETE FROM login_throttle WHERE last_failure_at < ?", now().minusDays(1));
	}

	private Instant until(String... keys) {
		Instant now = clock.instant();
		Instant until = null;
		for (String key : keys) {
			var rows = jdbc.queryForList("SELECT locked_until FROM login_throttle WHERE throttle_key = ?",
					OffsetDateTime.class, key);
			if (!rows.isEmpty() && rows.get(0) != null && rows.get(0).toInstant().isAfter(now)) {
				Instant t = rows.get(0).toInstant();
				until = until == null || t.isAfter(until) ? t : until;
			}
		}
		return until;
	}

	private void bump(String key, int free) {
		OffsetDateTime now = now();
		var rows = jdbc.queryForList("SELECT failures, last_failure_at FROM login_throttle WHERE throttle_key = ? FOR UPDATE",
				key);
		int failures = 1;
		if (!rows.isEmpty()) {
			OffsetDateTime last = jdbc.queryForObject("SELECT last_failure_at FROM login_throttle WHERE throttle_key = ?",
					OffsetDateTime.class, key);
			// A quiet day forgives old failures.
			failures = last != null && last.isBefore(now.minusDays(1)) ? 1 : ((Number) rows.get(0).get("failures")).intValue() + 1;
		}
		OffsetDateTime lockedUntil = failures > free ? now.plus(lockFor(failures - free)) : null;
		if (rows.isEmpty()) {
			try {
				jdbc.update("INSERT INTO login_throttle (throttle_key, failures, locked_until, last_failure_at) VALUES (?, ?, ?, ?)",
						key, failures, lockedUntil, now);
			}
			catch (org.springframework.dao.DuplicateKeyException raced) {
				// Another failure for the same key was recorded at the same moment; that one counts.
			}
		}
		else {
			jdbc.update("UPDATE login_throttle SET failures = ?, locked_until = ?, last_failure_at = ? WHERE throttle_key = ?",
					failures, lockedUntil, now, key);
		}
	}

	/** 30 s, 1 min, 2 min, 4 min ... never more than the maximum. */
	Duration lockFor(int excess) {
		Duration lock = firstLock.multipliedBy(1L << Math.min(excess - 1, 20));
		return lock.compareTo(maxLock) > 0 ? maxLock : lock;
	}

	private OffsetDateTime now() {
		return OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
	}

	private static String accountKey(String username) {
		String normalised = username == null ? "" : username.strip().toLowerCase(Locale.ROOT);
		return "u:" + sha256(normalised);
	}

	private static String addressKey(String address) {
		return "a:" + (address == null ? "unknown" : address);
	}

	private static String sha256(String s) {
		return Fingerprint.of(s);
	}
}
