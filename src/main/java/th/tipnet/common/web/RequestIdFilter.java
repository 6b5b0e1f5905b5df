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
		finally {
			MDC.remove(RequestIds.MDC_KEY);
		}
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}
}
