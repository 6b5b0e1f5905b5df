package th.tipnet.common;

import java.util.UUID;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/** Who is acting: a signed-in user, a named caller that is not (yet) signed in, or the system. */
public record Actor(UUID userId, String name, UUID organisationId, String provinceCode) {

	public static final Actor SYSTEM = new Actor(null, "system", null, null);

	/** Implemented by the signed-in principal so modules can name the actor without knowing accounts. */
	public interface Source {

		UUID userId();

		String username();

		UUID organisationId();

		/** The province a provincial coordinator works in, or null. */
		String provinceCode();
	}

	/** A caller identified only by the name they gave (a failed sign-in): not verified, never trusted. */
	public static Actor unverified(String name) {
		String safe = name == null ? "" : name.strip();
		return new Actor(null, safe.length() > 64 ? safe.substring(0, 64) : safe, null, null);
	}

	public static Actor current() {
		Authentication auth = SecurityContextHolder.getContext().getAuthentication();
		if (auth == null || auth instanceof AnonymousAuthenticationToken) {
			return auth == null ? SYSTEM : new Actor(null, "anonymous", null, null);
		}
		if (auth.getPrincipal() instanceof Source s) {
			return new Actor(s.userId(), s.username(), s.organisationId(), s.provinceCode());
		}
		return new Actor(null, auth.getName(), null, null);
	}
}
