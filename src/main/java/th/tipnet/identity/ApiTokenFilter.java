package th.tipnet.identity;

import java.io.IOException;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;

import th.tipnet.common.web.SecurityProblems;

/**
 * Authenticates API calls by their bearer token. A token of a disabled user, or an expired or revoked
 * one, is refused with 401; a call without a token goes on anonymously (public endpoints).
 */
class ApiTokenFilter extends OncePerRequestFilter {

	private final ApiTokens tokens;

	private final Users users;

	private final SecurityProblems problems;

	ApiTokenFilter(ApiTokens tokens, Users users, SecurityProblems problems) {
		this.tokens = tokens;
		this.users = users;
		this.problems = problems;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String header = request.getHeader(HttpHeaders.AUTHORIZATION);
		if (header == null || !header.regionMatches(true, 0, "Bearer ", 0, 7)) {
			chain.doFilter(request, response);
			return;
		}
		var user = tokens.userFor(header.substring(7).strip()).flatMap(users::findById).filter(User::enabled);
		if (user.isEmpty()) {
			problems.write(request, response, HttpStatus.UNAUTHORIZED, "error.tokenInvalid");
			return;
		}
		SignedInUser principal = new SignedInUser(user.get());
		principal.eraseCredentials();
		var context = SecurityContextHolder.createEmptyContext();
		context.setAuthentication(UsernamePasswordAuthenticationToken.authenticated(principal, null, principal.fullAuthorities()));
		SecurityContextHolder.setContext(context);
		try {
			chain.doFilter(request, response);
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}
}
