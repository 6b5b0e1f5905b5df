package th.tipnet.common.web;

import java.util.function.Predicate;

import org.springframework.security.core.Authentication;

/**
 * A feature a module offers on the home page: where it is, its name and summary (message keys), and
 * who may use it. The home page shows each user only the features they may open.
 */
public record Feature(int order, String path, String titleKey, String summaryKey, Predicate<Authentication> mayUse) {

	public static Predicate<Authentication> anyone() {
		return auth -> true;
	}

	public static Predicate<Authentication> signedIn() {
		return auth -> auth != null && auth.getAuthorities().stream().anyMatch(a -> "SIGNED_IN".equals(a.getAuthority()));
	}

	public static Predicate<Authentication> withRole(String... roles) {
		return auth -> signedIn().test(auth) && auth.getAuthorities()
			.stream()
			.anyMatch(a -> java.util.Arrays.stream(roles).anyMatch(r -> ("ROLE_" + r).equals(a.getAuthority())));
	}
}
