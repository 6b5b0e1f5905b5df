package th.tipnet.identity;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Base64;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * Self-service password resets. Asking always gets the same answer, whether or not the account
 * exists; a link goes out only to an active account's own address, and only so often per account
 * and per client address ({@link LoginThrottle}). The link carries a single-use token (256 random
 * bits, kept only as its SHA-256) that lapses after {@code tipnet.password-reset.link-lifetime}.
 * Using it sets a new password under the usual policy, voids the account's other links, ends all its
 * sessions and API tokens, and lifts any sign-in wait on its name.
 */
@Service
class PasswordResets {

	private static final SecureRandom RANDOM = new SecureRandom();

	private final Users users;

	private final JdbcTemplate jdbc;

	private final PasswordEncoder passwords;

	private final LoginThrottle throttle;

	private final AccessRevocation revocation;

	private final ApplicationEventPublisher events;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration lifetime;

	PasswordResets(Users users, JdbcTemplate jdbc, PasswordEncoder passwords, LoginThrottle throttle,
			AccessRevocation revocation, ApplicationEventPublisher events, AuditTrail audit, Clock clock,
			@Value("${tipnet.password-reset.link-lifetime:30m}") Duration lifetime) {
		this.users = users;
		this.jdbc = jdbc;
		this.passwords = passwords;
		this.throttle = throttle;
		this.revocation = revocation;
		this.events = events;
		this.audit = audit;
		this.clock = clock;
		this.lifetime = lifetime;
	}

	/** How long a link works, in minutes (the pages and the mail say so). */
	long linkMinutes() {
		return lifetime.toMinutes();
	}

	/** Asks for a link for the account with this user name or e-mail address. Says nothing back. */
	@Transactional
	void request(String nameOrEmail, String address, Locale language) {
		if (throttle.resetsHeldUntil(address) != null) {
			audit.record(IdentityAudit.USER, null, IdentityAudit.PASSWORD_RESET_HELD_BACK, Changes.none().note("per", "address"));
			return;
		}
		List<User> accounts = accountsFor(nameOrEmail);
		if (accounts.isEmpty()) {
			throttle.resetRequested(null, address);
			audit.record(IdentityAudit.USER, null, IdentityAudit.PASSWORD_RESET_REQUESTED, Changes.none().note("account", "none found"));
			return;
		}
		for (User user : accounts) {
			if (throttle.resetsHeldUntil(user.id()) != null) {
				audit.record(IdentityAudit.USER, user.id(), IdentityAudit.PASSWORD_RESET_HELD_BACK, Changes.none().note("per", "account"));
				continue;
			}
			throttle.resetRequested(user.id(), address);
			audit.record(IdentityAudit.USER, user.id(), IdentityAudit.PASSWORD_RESET_REQUESTED, Changes.none());
			events.publishEvent(new PasswordResetRequested(user.id(), language.getLanguage()));
		}
	}

	/**
	 * Makes a new link's token for an active account with an address, or nothing. Called by the mail,
	 * and committed before the mail leaves, so the link works the moment it arrives.
	 */
	@Transactional(propagation = Propagation.REQUIRES_NEW)
	Issued issue(UUID userId) {
		User user = users.findById(userId).filter(User::enabled).filter(u -> u.email() != null).orElse(null);
		if (user == null) {
			return null;
		}
		byte[] bytes = new byte[32];
		RANDOM.nextBytes(bytes);
		String token = Base64.getUrlEncoder().withoutPadding().encodeToString(bytes);
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		jdbc.update("INSERT INTO password_reset (id, user_id, token_hash, created_at, expires_at) VALUES (?, ?, ?, ?, ?)",
				UUID.randomUUID(), userId, RecoveryCodes.hash(token), now, now.plus(lifetime));
		return new Issued(user, token, now.plus(lifetime).toInstant());
	}

	/**
	 * Sets the new password with a link's token. A used, lapsed or unknown token is refused naming the
	 * {@code token} field; nothing changes then, nor when the password breaks the policy.
	 */
	@Transactional
	void complete(String token, String chosen, String confirmation) {
		OffsetDateTime now = OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC);
		String hash = token == null ? "" : RecoveryCodes.hash(token.strip());
		User user = jdbc
			.queryForList("SELECT user_id FROM password_reset WHERE token_hash = ? AND used_at IS NULL AND expires_at > ?",
					UUID.class, hash, now)
			.stream()
			.findFirst()
			.flatMap(users::findById)
			.filter(User::enabled)
			.orElseThrow(() -> DomainException.invalid("token", "identity.reset.invalid"));
		PasswordPolicy.check("newPassword", chosen, user.username());
		if (!chosen.equals(confirmation)) {
			throw DomainException.invalid("confirmPassword", "identity.password.mismatch");
		}
		// The conditional update makes the token single-use even when two tabs send it at once.
		if (jdbc.update("UPDATE password_reset SET used_at = ? WHERE token_hash = ? AND used_at IS NULL", now, hash) != 1) {
			throw DomainException.invalid("token", "identity.reset.invalid");
		}
		int voided = jdbc.update("UPDATE password_reset SET used_at = ? WHERE user_id = ? AND used_at IS NULL", now,
				user.id());
		user.changePassword(passwords.encode(chosen), now.toInstant());
		users.saveAndFlush(user);
		var revoked = revocation.everything(user);
		throttle.succeeded(user.username());
		audit.recordAs(new Actor(user.id(), user.username(), user.organisationId(), user.provinceCode()), IdentityAudit.USER,
				user.id(), IdentityAudit.PASSWORD_RESET_COMPLETED,
				revoked.notedIn(Changes.none().note("password", "changed").note("otherLinksVoided", voided)));
	}

	/** Forgets links that lapsed over a day ago (run by the scheduled clean-up). */
	@Transactional
	int forgetOld() {
		return jdbc.update("DELETE FROM password_reset WHERE expires_at < ?",
				OffsetDateTime.ofInstant(clock.instant(), ZoneOffset.UTC).minusDays(1));
	}

	private List<User> accountsFor(String nameOrEmail) {
		String given = nameOrEmail == null ? "" : nameOrEmail.strip().toLowerCase(Locale.ROOT);
		Map<UUID, User> found = new LinkedHashMap<>();
		if (given.contains("@")) {
			users.findByEmail(given).forEach(u -> found.put(u.id(), u));
		}
		else {
			users.findByUsername(given).ifPresent(u -> found.put(u.id(), u));
		}
		return found.values().stream().filter(User::enabled).filter(u -> u.email() != null).toList();
	}

	record Issued(User user, String token, java.time.Instant expiresAt) {
	}
}
