package th.tipnet.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.security.web.authentication.AuthenticationSuccessHandler;
import org.springframework.security.web.context.SecurityContextRepository;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;

/**
 * Leads a user from a correct password through the remaining steps (second factor, a required
 * password change, a required enrolment) to a full session. Each step's page calls
 * {@link #advance} when it is done; the session holds only the current step's authority meanwhile.
 */
@Component
class SignInSteps implements AuthenticationSuccessHandler {

	private final Accounts accounts;

	private final LoginThrottle throttle;

	private final AuditTrail audit;

	private final SecurityContextRepository contexts;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SignInSteps(Accounts accounts, LoginThrottle throttle, AuditTrail audit, SecurityContextRepository contexts) {
		this.accounts = accounts;
		this.throttle = throttle;
		this.audit = audit;
		this.contexts = contexts;
	}

	@Override
	public void onAuthenticationSuccess(HttpServletRequest request, HttpServletResponse response,
			Authentication authentication) throws IOException {
		SignedInUser user = (SignedInUser) authentication.getPrincipal();
		throttle.succeeded(user.username());
		advance(request, response, user, false);
	}

	/** Moves the session to the next step (or a full sign-in) and sends the browser there. */
	void advance(HttpServletRequest request, HttpServletResponse response, SignedInUser user, boolean secondFactorDone)
			throws IOException {
		SignInStep next = complete(request, response, user, secondFactorDone);
		response.sendRedirect(request.getContextPath() + next.page());
	}

	/**
	 * Keeps the current session after its owner changed their password: the principal takes the new
	 * security stamp (else {@link SecurityStampFilter} would end this session too), with the same
	 * authorities, under a new session id.
	 */
	SignedInUser restamp(HttpServletRequest request, HttpServletResponse response, User changed, Authentication current) {
		SignedInUser fresh = new SignedInUser(changed);
		fresh.eraseCredentials();
		request.changeSessionId();
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(fresh, null, current.getAuthorities()));
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		return fresh;
	}

	/** Moves the session to the next step (or a full sign-in) without leaving the page. */
	SignInStep complete(HttpServletRequest request, HttpServletResponse response, SignedInUser user,
			boolean secondFactorDone) {
		SignInStep next = accounts.nextStep(user.userId(), secondFactorDone);
		Authentication auth;
		if (next == SignInStep.DONE) {
			auth = UsernamePasswordAuthenticationToken.authenticated(user, null, user.fullAuthorities());
		}
		else {
			auth = UsernamePasswordAuthenticationToken.authenticated(user, null,
					secondFactorDone ? List.of(next.grantedAuthority(), SignInStep.SECOND_FACTOR_DONE)
							: List.of(next.grantedAuthority()));
		}
		SecurityContext context = holder.createEmptyContext();
		context.setAuthentication(auth);
		holder.setContext(context);
		contexts.saveContext(context, request, response);
		if (next == SignInStep.DONE) {
			audit.record(IdentityAudit.USER, user.userId(), IdentityAudit.SIGNED_IN, Changes.none());
		}
		return next;
	}
}
