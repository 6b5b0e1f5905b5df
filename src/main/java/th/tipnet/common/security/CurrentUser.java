package th.tipnet.common.security;

import org.springframework.security.core.Authentication;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.common.DomainException;

/** Role checks for service methods: defence in depth behind the URL rules. */
public final class CurrentUser {

	/** Granted to a fully signed-in user (all sign-in steps done), never to one half-way. */
	public static final String SIGNED_IN = "SIGNED_IN";

	private CurrentUser() {
	}

	/** Fully signed in (a member of the network), as opposed to a visitor. */
	public static boolean signedIn() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		return auth != null && auth.getAuthorities().stream().anyMatch(a -> SIGNED_IN.equals(a.getAuthority()));
	}

	public static boolean hasRole(String role) {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null) {
			return false;
		}
		boolean signedIn = false;
		boolean hasRole = false;
		for (GrantedAuthority a : auth.getAuthorities()) {
			signedIn |= SIGNED_IN.equals(a.getAuthority());
			hasRole |= ("ROLE_" + role).equals(a.getAuthority());
		}
		return signedIn && hasRole;
	}

	public static void requireRole(String role) {
		if (!hasRole(role)) {
			throw DomainException.forbidden();
		}
	}
}
