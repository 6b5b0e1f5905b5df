package th.tipnet.common.web;

import java.io.IOException;
import java.util.UUID;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.slf4j.MDC;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

import th.tipnet.common.RequestIds;

/**
 * Gives every request an id (a caller's well-formed {@code X-Request-Id} is kept), puts it in the log
 * context and the response, and restores it for the error dispatch so error pages can show it.
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class RequestIdFilter extends OncePerRequestFilter {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(RequestIdFilter.class);

	static final String ATTRIBUTE = RequestIdFilter.class.getName();

	private static final Pattern WELL_FORMED = Pattern.compile("[A-Za-z0-9._-]{8,64}");

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		String id = (String) request.getAttribute(ATTRIBUTE);
		if (id == null) {
			String offered = request.getHeader(RequestIds.HEADER);
			id = offered != null && WELL_FORMED.matcher(offered).matches() ? offered : UUID.randomUUID().toString();
			request.setAttribute(ATTRIBUTE, id);
			response.setHeader(RequestIds.HEADER, id);
		}
		MDC.put(RequestIds.MDC_KEY, id);
		try {
			chain.doFilter(request, response);
		}
		catch (IOException | ServletException | RuntimeException | Error e) {
			unexpected(e, request, response);
		}
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	/**
	 * What no handler dealt with (a template failing half-way, a filter, the container) is logged here,
	 * while the request id is still in the log context, without any message that could carry personal
	 * data; the person then gets the 500 page with that id. Left to the container, the same failure
	 * was logged after the id was gone, messages and all.
	 */
	private static void unexpected(Throwable e, HttpServletRequest request, HttpServletResponse response)
			throws IOException {
		if (e instanceof Error error && !(e instanceof StackOverflowError)) {
			throw error;
		}
		// The mapping's pattern, not the path: paths hold private links' tokens.
		Object pattern = request.getAttribute(org.springframework.web.servlet.HandlerMapping.BEST_MATCHING_PATTERN_ATTRIBUTE);
		log.error("Request failed: {} {}", request.getMethod(), pattern == null ? "" : pattern, LoggedFailure.of(e));
		if (!response.isCommitted()) {
			response.sendError(HttpServletResponse.SC_INTERNAL_SERVER_ERROR);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
