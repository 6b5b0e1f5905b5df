package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.mock.env.MockEnvironment;

/** The console names the address a person at this machine would type, whatever the settings. */
class ListeningAddressTest {

	private static ListeningAddress with(MockEnvironment environment) {
		return new ListeningAddress(environment, new PublicUrl("https://tipnet.example.go.th"));
	}

	@Test
	void theBoundPortOnLocalhostWhenNoAddressIsSet() {
		assertThat(with(new MockEnvironment()).base(8081)).isEqualTo("http://localhost:8081");
	}

	@Test
	void theBindAddressTheContextPathAndHttpsWhenConfigured() {
		MockEnvironment env = new MockEnvironment().withProperty("server.address", "10.0.0.5")
			.withProperty("server.servlet.context-path", "/tipnet/")
			.withProperty("server.ssl.enabled", "true");
		assertThat(with(env).base(8443)).isEqualTo("https://10.0.0.5:8443/tipnet");
		assertThat(with(env).base(443)).isEqualTo("https://10.0.0.5/tipnet");
	}

	@Test
	void anIpv6AddressInBracketsAndTheWildcardAsLocalhost() {
		assertThat(with(new MockEnvironment().withProperty("server.address", "::1")).base(8080)).isEqualTo("http://[::1]:8080");
		assertThat(with(new MockEnvironment().withProperty("server.address", "0.0.0.0")).base(80)).isEqualTo("http://localhost");
	}

	@Test
	void thePublicAddressUntilTheServerHasStarted() {
		assertThat(with(new MockEnvironment()).of("/login")).isEqualTo("https://tipnet.example.go.th/login");
	}
}
