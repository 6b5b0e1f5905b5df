package th.tipnet.identity;

import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * The steps after a correct password, in order. A user half-way through holds only the authority of
 * the step they are on, which opens that step's page and nothing else.
 */
enum SignInStep {

	SECOND_FACTOR("/login/totp"), CHANGE_PASSWORD("/account/password/required"),
	ENROL_SECOND_FACTOR("/account/totp/required"), DONE("/");

	/** Held during later steps by a user who has already given their second factor. */
	static final SimpleGrantedAuthority SECOND_FACTOR_DONE = new SimpleGrantedAuthority("SECOND_FACTOR_DONE");

	private final String page;

	SignInStep(String page) {
		this.page = page;
	}

	String page() {
		return page;
	}

	String authority() {
		return "PENDING_" + name();
	}

	SimpleGrantedAuthority grantedAuthority() {
		return new SimpleGrantedAuthority(authority());
	}

	static boolean secondFactorDone(java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
		return authorities.stream().anyMatch(a -> SECOND_FACTOR_DONE.getAuthority().equals(a.getAuthority()));
	}

	static SignInStep pendingIn(java.util.Collection<? extends org.springframework.security.core.GrantedAuthority> authorities) {
		for (var a : authorities) {
			for (SignInStep step : values()) {
				if (step != DONE && step.authority().equals(a.getAuthority())) {
					return step;
				}
			}
		}
		return null;
	}
}
