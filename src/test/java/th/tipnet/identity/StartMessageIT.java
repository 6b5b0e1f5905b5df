package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tipnet.common.ListeningAddress;
import th.tipnet.support.IntegrationTest;

/**
 * The first start's console message sends the administrator to the address the instance really
 * listens on (here a random port), not to a fixed localhost:8080.
 */
@IntegrationTest
class StartMessageIT {

	@LocalServerPort
	int port;

	@Autowired
	ListeningAddress address;

	@Test
	void theGeneratedPasswordMessageNamesTheRealPort() {
		String message = AdministratorBootstrap.announcement("Secret-1", address.of("/login"));
		assertThat(message).contains("Sign in at http://localhost:" + port + "/login").contains("Password: Secret-1");
		if (port != 8080) {
			assertThat(message).doesNotContain("localhost:8080");
		}
	}
}
