package th.tipnet.identity;

import java.time.Clock;
import java.util.List;
import java.util.OptionalLong;
import java.util.UUID;

import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;
import th.tipnet.common.SecretBox;

/** What a user does to their own account: change the password, enrol and remove a second factor. */
@Service
class Accounts {

	private final Users users;

	private final PasswordEncoder passwords;

	private final Totp totp;

	private final RecoveryCodes recoveryCodes;

	private final SecretBox secrets;

	private final RolePolicies policies;

	private final AccessRevocation revocation;

	private final AuditTrail audit;

	private final Clock clock;

	Accounts(Users users, PasswordEncoder passwords, Totp totp, RecoveryCodes recoveryCodes, SecretBox secrets,
			RolePolicies policies, AccessRevocation revocation, AuditTrail audit, Clock clock) {
		this.clock = clock;
		this.revocation = revocation;
		this.users = users;
		this.passwords = passwords;
		this.totp = totp;
		this.recoveryCodes = recoveryCodes;
		this.secrets = secrets;
		this.policies = policies;
		this.audit = audit;
	}

	@Transactional(readOnly = true)
	User get(UUID userId) {
		return users.findById(userId).orElseThrow(() -> DomainException.notFound("user"));
	}

	/**
	 * The owner changes their password: every other session and every API token of theirs ends; the
	 * session they use now goes on once the caller has re-stamped it with the returned account.
	 */
	@Transactional
	User changePassword(UUID userId, String current, String chosen, String confirmation, String currentSessionId) {
		User user = get(userId);
		if (current == null || !passwords.matches(current, user.passwordHash())) {
			throw DomainException.invalid("currentPassword", "identity.password.currentWrong");
		}
		PasswordPolicy.check("newPassword", chosen, user.username());
		if (!chosen.equals(confirmation)) {
			throw DomainException.invalid("confirmPassword", "identity.password.mismatch");
		}
		if (passwords.matches(chosen, user.passwordHash())) {
			throw DomainException.invalid("newPassword", "identity.password.sameAsCurrent");
		}
		user.changePassword(passwords.encode(chosen), clock.instant());
		users.saveAndFlush(user);
		audit.record(IdentityAudit.USER, user.id(), IdentityAudit.PASSWORD_CHANGED,
				revocation.everythingBut(user, currentSessionId).notedIn(Changes.none().note("password", "changed")));
		return user;
	}

	/** The owner's address for password-reset links; changing it needs the current password. */
	@Transactional
	void changeEmail(UUID userId, String currentPassword, String email) {
		User user = get(userId);
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw DomainException.invalid("currentPassword", "identity.password.currentWrong");
		}
		String chosen = email == null || email.isBlank() ? null : email.strip();
		Changes changes = Changes.none().field("email", user.email(), chosen);
		if (!changes.isEmpty()) {
			user.changeEmail(chosen, clock.instant());
			audit.record(IdentityAudit.USER, user.id(), IdentityAudit.EMAIL_CHANGED, changes);
		}
	}

	/** Checks a second-factor code (TOTP, or an unused recovery code) during sign-in. */
	@Transactional
	boolean verifySecondFactor(UUID userId, String code) {
		User user = get(userId);
		if (!user.totpEnabled()) {
			return false;
		}
		OptionalLong step = totp.matchingStep(secrets.open(user.totpSecret()), code, clock.instant());
		if (step.isPresent() && user.acceptTotpStep(step.getAsLong())) {
			return true;
		}
		if (recoveryCodes.use(userId, code)) {
			audit.record(IdentityAudit.USER, userId, IdentityAudit.RECOVERY_CODE_USED,
					Changes.none().note("remaining", recoveryCodes.remaining(userId)));
			return true;
		}
		return false;
	}

	/** Confirms an authenticator: the secret was shown on screen, the code proves it was scanned. */
	@Transactional
	List<String> enrolTotp(UUID userId, String secret, String code) {
		User user = get(userId);
		OptionalLong step = totp.matchingStep(secret, code, clock.instant());
		if (step.isEmpty()) {
			throw DomainException.invalid("code", "identity.totp.wrongCode");
		}
		user.enrolTotp(secrets.seal(secret), step.getAsLong(), clock.instant());
		List<String> codes = recoveryCodes.issue(userId);
		audit.record(IdentityAudit.USER, userId, IdentityAudit.TOTP_ENROLLED, Changes.none());
		return codes;
	}

	@Transactional
	void removeTotp(UUID userId, String currentPassword) {
		User user = get(userId);
		if (currentPassword == null || !passwords.matches(currentPassword, user.passwordHash())) {
			throw DomainException.invalid("currentPassword", "identity.password.currentWrong");
		}
		if (policies.requiresTotp(user.roles())) {
			throw DomainException.conflict("identity.totp.requiredByRole");
		}
		user.removeTotp(clock.instant());
		recoveryCodes.removeAll(userId);
		audit.record(IdentityAudit.USER, userId, IdentityAudit.TOTP_REMOVED, Changes.none());
	}

	@Transactional(readOnly = true)
	int recoveryCodesLeft(UUID userId) {
		return recoveryCodes.remaining(userId);
	}

	/** The sign-in step a user with a checked password still has to take, or none. */
	@Transactional(readOnly = true)
	SignInStep nextStep(UUID userId, boolean secondFactorDone) {
		User user = get(userId);
		if (user.totpEnabled() && !secondFactorDone) {
			return SignInStep.SECOND_FACTOR;
		}
		if (user.mustChangePassword()) {
			return SignInStep.CHANGE_PASSWORD;
		}
		if (!user.totpEnabled() && policies.requiresTotp(user.roles())) {
			return SignInStep.ENROL_SECOND_FACTOR;
		}
		return SignInStep.DONE;
	}
}
