package th.tipnet.identity;

import java.time.Instant;

import org.springframework.security.authentication.AuthenticationProvider;
import org.springframework.security.authentication.BadCredentialsException;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.authentication.dao.DaoAuthenticationProvider;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.AuthenticationException;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;

/**
 * The password check, behind the throttle: while a name or an address is locked the password is not
 * even looked at, and every failure counts. Failures are audited under the name that was typed.
 * Unknown names, wrong passwords and disabled accounts all fail the same way.
 */
class ThrottledPasswordCheck implements AuthenticationProvider {

	private final DaoAuthenticationProvider passwordCheck;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	ThrottledPasswordCheck(DaoAuthenticationProvider passwordCheck, LoginThrottle throttle, AuditTrail audit) {
		this.passwordCheck = passwordCheck;
		this.throttle = throttle;
		this.audit = audit;
	}

	@Override
	public Authentication authenticate(Authentication attempt) throws AuthenticationException {
		String name = attempt.getName();
		String address = ClientAddress.of(attempt.getDetails());
		Instant lockedUntil = throttle.lockedUntil(name, address);
		if (lockedUntil != null) {
			audit.recordAs(Actor.unverified(name), IdentityAudit.USER, null, IdentityAudit.SIGN_IN_REFUSED_LOCKED, Changes.none());
			throw new SignInLocked(lockedUntil);
		}
		try {
			return passwordCheck.authenticate(attempt);
		}
		catch (AuthenticationException failed) {
			throttle.failed(name, address);
			audit.recordAs(Actor.unverified(name), IdentityAudit.USER, null, IdentityAudit.SIGN_IN_FAILED, Changes.none());
			// One answer for every kind of failure: never tell which names exist or are disabled.
			throw new BadCredentialsException("sign-in failed");
		}
	}

	@Override
	public boolean supports(Class<?> authentication) {
		return UsernamePasswordAuthenticationToken.class.isAssignableFrom(authentication);
	}

	/** Refused without checking the password because of too many recent failures. */
	static class SignInLocked extends AuthenticationException {

		private final transient Instant until;

		SignInLocked(Instant until) {
			super("temporarily locked");
			this.until = until;
		}

		Instant until() {
			return until;
		}
	}
}
