package th.tipnet.common.web;

import java.io.IOException;
import java.util.List;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletRequestWrapper;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.security.web.util.matcher.IpAddressMatcher;
import org.springframework.stereotype.Component;
import org.springframework.web.filter.OncePerRequestFilter;

/**
 * The client's address, and whether it came over TLS, as every part of the application sees them
 * ({@code request.getRemoteAddr()}, {@code isSecure()}): the forwarded values only when the request
 * arrives from a configured proxy ({@code tipnet.trusted-proxies}: addresses or CIDR ranges, empty
 * by default), else the connection's own. An {@code X-Forwarded-For} sent by anyone else is ignored,
 * so a client cannot choose the address that sign-in throttling, registration limits and the audit
 * log see. (Tomcat's own handling, {@code server.forward-headers-strategy=native}, trusts every
 * private and loopback address by default; it is switched off in favour of this one list.)
 */
@Component
@Order(Ordered.HIGHEST_PRECEDENCE)
class TrustedProxies extends OncePerRequestFilter {

	private final List<IpAddressMatcher> proxies;

	TrustedProxies(@Value("${tipnet.trusted-proxies:}") List<String> configured) {
		this.proxies = configured.stream().map(String::strip).filter(s -> !s.isEmpty()).map(TrustedProxies::matcher).toList();
	}

	private static IpAddressMatcher matcher(String addressOrRange) {
		// Literal addresses only: a host name here would be looked up in DNS, and could change.
		if (!addressOrRange.matches("[0-9A-Fa-f:.]+(/[0-9]{1,3})?")) {
			throw new IllegalStateException("tipnet.trusted-proxies takes IP addresses or CIDR ranges, not " + addressOrRange);
		}
		return new IpAddressMatcher(addressOrRange);
	}

	boolean trusted(String address) {
		if (address == null || address.isEmpty()) {
			return false;
		}
		for (IpAddressMatcher proxy : proxies) {
			try {
				if (proxy.matches(address)) {
					return true;
				}
			}
			catch (IllegalArgumentException notAnAddress) {
				return false;
			}
		}
		return false;
	}

	@Override
	protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		if (proxies.isEmpty() || !trusted(request.getRemoteAddr())) {
			chain.doFilter(request, response);
			return;
		}
		chain.doFilter(new Forwarded(request, client(request), proto(request)), response);
	}

	/**
	 * Walks {@code X-Forwarded-For} from the right (the entries our proxies added) to the first
	 * address that is not a trusted proxy: that is the client. What is left of it the client wrote.
	 */
	String client(HttpServletRequest request) {
		String address = request.getRemoteAddr();
		String header = request.getHeader("X-Forwarded-For");
		if (header == null || header.isBlank()) {
			return address;
		}
		String[] hops = header.split(",");
		for (int i = hops.length - 1; i >= 0; i--) {
			String hop = hops[i].strip();
			if (!hop.matches("[0-9A-Fa-f:.]{2,45}")) {
				// Not an address: nothing further left can be trusted either.
				return address;
			}
			address = hop;
			if (!trusted(hop)) {
				return hop;
			}
		}
		return address;
	}

	/** The scheme the proxy next to us says the client used (the last value: the one our proxy wrote). */
	private static String proto(HttpServletRequest request) {
		String header = request.getHeader("X-Forwarded-Proto");
		if (header == null || header.isBlank()) {
			return null;
		}
		String last = header.substring(header.lastIndexOf(',') + 1).strip().toLowerCase(java.util.Locale.ROOT);
		return "https".equals(last) || "http".equals(last) ? last : null;
	}

	@Override
	protected boolean shouldNotFilterErrorDispatch() {
		return false;
	}

	/** The error page's dispatch gets the container's request again: the same address for it. */
	@Override
	protected void doFilterNestedErrorDispatch(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
			throws ServletException, IOException {
		doFilterInternal(request, response, chain);
	}

	private static final class Forwarded extends HttpServletRequestWrapper {

		private final String client;

		private final String scheme;

		Forwarded(HttpServletRequest request, String client, String scheme) {
			super(request);
			this.client = client;
			this.scheme = scheme;
		}

		@Override
		public String getRemoteAddr() {
			return client;
		}

		@Override
		public String getRemoteHost() {
			return client;
		}

		@Override
		public String getScheme() {
			return scheme == null ? super.getScheme() : scheme;
		}

		@Override
		public boolean isSecure() {
			return scheme == null ? super.isSecure() : "https".equals(scheme);
		}
	}
}
