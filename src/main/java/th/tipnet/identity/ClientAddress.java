package th.tipnet.identity;

import jakarta.servlet.http.HttpServletRequest;

import org.springframework.security.web.authentication.WebAuthenticationDetails;

/** The client's address as the container sees it (behind a trusted proxy, the forwarded one). */
final class ClientAddress {

	private ClientAddress() {
	}

	static String of(Object authenticationDetails) {
		return authenticationDetails instanceof WebAuthenticationDetails web ? web.getRemoteAddress() : null;
	}

	static String of(HttpServletRequest request) {
		return request.getRemoteAddr();
	}
}
