package th.tipnet.identity;

import java.security.SecureRandom;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.common.Fingerprint;

/**
 * One-use codes for when the authenticator is lost. Shown once at enrolment; stored as SHA-256
 * hashes (they are long random strings, so a fast hash is enough).
 */
@Component
class RecoveryCodes {

	private static final int COUNT = 10;

	private static final char[] ALPHABET = "abcdefghjkmnpqrstuvwxyz23456789".toCharArray();

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	RecoveryCodes(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	/** Replaces any earlier codes with ten new ones and returns them in clear, once. */
	List<String> issue(UUID userId) {
		jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", userId);
		List<String> codes = new ArrayList<>();
		for (int i = 0; i < COUNT; i++) {
			String code = random(5) + "-" + random(5);
			codes.add(code);
			jdbc.update("INSERT INTO recovery_code (id, user_id, code_hash) VALUES (?, ?, ?)", UUID.randomUUID(), userId,
					hash(code));
		}
		return codes;
	}

	/** Uses a code if it is one of the user's unused ones. */
	boolean use(UUID userId, String code) {
		if (code == null || code.isBlank()) {
			return false;
		}
		return jdbc.update("UPDATE recovery_code SET used_at = ? WHERE user_id = ? AND code_hash = ? AND used_at IS NULL",
				OffsetDateTime.now(ZoneOffset.UTC), userId, hash(code.strip().toLowerCase(Locale.ROOT))) == 1;
	}

	int remaining(UUID userId) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM recovery_code WHERE user_id = ? AND used_at IS NULL", Integer.class,
				userId);
	}

	void removeAll(UUID userId) {
		jdbc.update("DELETE FROM recovery_code WHERE user_id = ?", userId);
	}

	private static String random(int length) {
		StringBuilder s = new StringBuilder();
		for (int i = 0; i < length; i++) {
			s.append(ALPHABET[RANDOM.nextInt(ALPHABET.length)]);
		}
		return s.toString();
	}

	static String hash(String s) {
		return Fingerprint.of(s);
	}
}
