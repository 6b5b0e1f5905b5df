package th.tipnet.identity;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/**
 * Bearer tokens for integrations: 256 random bits, given to the caller once, stored only as a
 * SHA-256 hash. They expire, can be revoked one by one, and all of a user's are revoked when the
 * user is disabled or their password is reset.
 */
@Component
class ApiTokens {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final JdbcTemplate jdbc;

	private final Duration lifetime;

	ApiTokens(JdbcTemplate jdbc, @Value("${tipnet.api.token-lifetime:1h}") Duration lifetime) {
		this.jdbc = jdbc;
		this.lifetime = lifetime;
	}

	Issued issue(UUID userId) {
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = "tip_" + Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.now(ZoneOffset.UTC);
		jdbc.update("INSERT INTO api_token (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), userId, RecoveryCodes.hash(token), now, now.plus(lifetime));
		return new Issued(token, lifetime.toSeconds());
	}

	/** The user a live token belongs to. */
	Optional<UUID> userFor(String token) {
		var rows = jdbc.queryForList(
				"SELECT user_id FROM api_token WHERE token_hash = ? AND revoked_at IS NULL AND expires_at > ?", UUID.class,
				RecoveryCodes.hash(token), OffsetDateTime.now(ZoneOffset.UTC));
		return rows.stream().findFirst();
	}

	boolean revoke(String token) {
		return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE token_hash = ? AND revoked_at IS NULL",
				OffsetDateTime.now(ZoneOffset.UTC), RecoveryCodes.hash(token)) == 1;
	}

	int revokeAll(UUID userId) {
		return jdbc.update("UPDATE api_token SET revoked_at = ? WHERE user_id = ? AND revoked_at IS NULL",
				OffsetDateTime.now(ZoneOffset.UTC), userId);
	}

	int deleteExpired(Instant before) {
		return jdbc.update("DELETE FROM api_token WHERE expires_at < ?", before.atOffset(ZoneOffset.UTC));
	}

	record Issued(String token, long expiresInSeconds) {
	}
}
