package th.tipnet.identity;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.servlet.http.HttpSession;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.context.SecurityContextHolderStrategy;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * Ends a web session whose account changed since it signed in: the session's principal carries the
 * account's security stamp of that moment, and one read by primary key compares it with the current
 * one on every request (static files aside). A demoted administrator's open page thus loses its
 * rights on its next click, on whichever instance serves it; the request goes on as a visitor's
 * (a protected page sends to sign-in, a form post fails its CSRF check: nothing is done).
 */
class SecurityStampFilter extends OncePerRequestFilter {

	private static final List<String> STATIC = List.of("/css/", "/js/", "/images/", "/webjars/", "/favicon.ico");

	private final JdbcTemplate jdbc;

	private final SecurityContextHolderStrategy holder = SecurityContextHolder.getContextHolderStrategy();

	SecurityStampFilter(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	@Override
	protected boolean shouldNotFilter(HttpServletRequest request) {
		String path = request.getRequestURI().substring(request.getContextPath().length());
		return STATIC.stream().anyMatch(path::startsWith);
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		Authentication auth = holder.getContext().getAuthentication();
		if (auth != null && auth.getPrincipal() instanceof SignedInUser user && !current(user)) {
			HttpSession session = request.getSession(false);
			if (session != null) {
				session.invalidate();
			}
			holder.clearContext();
		}
		chain.doFilter(request, response);
	}

	/** The account still exists, is enabled, and has the stamp this session signed in with. */
	private boolean current(SignedInUser user) {
		List<Long> stamps = jdbc.queryForList("SELECT security_stamp FROM app_user WHERE id = ? AND enabled = TRUE",
				Long.class, user.userId());
		return !stamps.isEmpty() && stamps.get(0) == user.securityStamp();
	}
}
