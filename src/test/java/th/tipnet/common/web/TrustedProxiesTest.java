package th.tipnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import jakarta.servlet.ServletRequest;
import jakarta.servlet.ServletResponse;

import org.junit.jupiter.api.Test;
import org.springframework.mock.web.MockFilterChain;
import org.springframework.mock.web.MockHttpServletRequest;
import org.springframework.mock.web.MockHttpServletResponse;

/** Whose address a request is: the forwarded one only from a configured proxy. */
class TrustedProxiesTest {

	@Test
	void withNoProxyConfiguredForwardedForIsIgnoredEvenFromLoopback() throws Exception {
		Seen seen = through(new TrustedProxies(List.of()), "127.0.0.1", "203.0.113.9", "https");
		assertThat(seen.address).isEqualTo("127.0.0.1");
		assertThat(seen.secure).isFalse();
	}

	@Test
	void loopbackConfiguredAsAProxyPassesTheClientsAddressAndScheme() throws Exception {
		TrustedProxies proxies = new TrustedProxies(List.of("127.0.0.1", "10.0.0.0/8"));
		Seen seen = through(proxies, "127.0.0.1", "203.0.113.9", "https");
		assertThat(seen.address).isEqualTo("203.0.113.9");
		assertThat(seen.secure).isTrue();
		assertThat(through(proxies, "127.0.0.1", "203.0.113.10", null).address).isEqualTo("203.0.113.10");
	}

	@Test
	void onlyTheHopsOurProxiesAddedAreBelievedNotWhatTheClientWrote() throws Exception {
		TrustedProxies proxies = new TrustedProxies(List.of("10.0.0.0/8"));
		// The client wrote "1.2.3.4"; our edge proxy 10.1.1.1 saw it come from 198.51.100.7.
		assertThat(through(proxies, "10.2.2.2", "1.2.3.4, 198.51.100.7, 10.1.1.1", "http, https").address).isEqualTo("198.51.100.7");
		assertThat(through(proxies, "10.2.2.2", "not-an-address", null).address).isEqualTo("10.2.2.2");
		// From outside the configured range: the connection's own address.
		assertThat(through(proxies, "192.0.2.1", "198.51.100.7", null).address).isEqualTo("192.0.2.1");
	}

	@Test
	void hostNamesAreRefusedAsProxies() {
		assertThatThrownBy(() -> new TrustedProxies(List.of("proxy.example.org"))).isInstanceOf(IllegalStateException.class)
			.hasMessageContaining("tipnet.trusted-proxies");
	}

	private record Seen(String address, boolean secure) {
	}

	private static Seen through(TrustedProxies filter, String remote, String forwardedFor, String proto) throws Exception {
		MockHttpServletRequest request = new MockHttpServletRequest("GET", "/");
		request.setRemoteAddr(remote);
		if (forwardedFor != null) {
			request.addHeader("X-Forwarded-For", forwardedFor);
		}
		if (proto != null) {
			request.addHeader("X-Forwarded-Proto", proto);
		}
		AtomicReference<ServletRequest> passed = new AtomicReference<>();
		filter.doFilter(request, new MockHttpServletResponse(), new MockFilterChain() {
			@Override
			public void doFilter(ServletRequest req, ServletResponse res) {
				passed.set(req);
			}
		});
		return new Seen(passed.get().getRemoteAddr(), passed.get().isSecure());
	}
}
