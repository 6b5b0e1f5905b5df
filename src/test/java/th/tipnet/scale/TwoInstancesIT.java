package th.tipnet.scale;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.HttpCookie;
import java.net.URI;
import java.util.HashMap;
import java.util.Map;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.TipnetApplication;
import th.tipnet.support.PostgresOnly;
import th.tipnet.support.TestDatabase;
import th.tipnet.support.WebVisitor;

/**
 * Two TIPNet instances on one PostgreSQL behave as one: a user who signs in through one is
 * recognised by the other (sessions in the database), and both see the same audit chain.
 */
@PostgresOnly
class TwoInstancesIT {

	static final String PASSWORD = th.tipnet.support.IntegrationTest.ADMIN_PASSWORD;

	static ConfigurableApplicationContext first;

	static ConfigurableApplicationContext second;

	@BeforeAll
	static void startTwoInstances() {
		first = start();
		second = start();
	}

	@AfterAll
	static void stop() {
		if (second != null) {
			second.close();
		}
		if (first != null) {
			first.close();
		}
	}

	static ConfigurableApplicationContext start() {
		Map<String, Object> props = new HashMap<>(TestDatabase.properties("two-instances"));
		props.put("server.port", "0");
		props.put("tipnet.admin.password", PASSWORD);
		props.put("tipnet.crypto.key", "q83vEjRWeJDL3u3+hJ8qs8WTzMBkOMj6v0KfWhJ1sKg=");
		props.put("tipnet.crypto.index-key", th.tipnet.support.IntegrationTest.INDEX_KEY);
		props.put("tipnet.data-dir", "target/test-data");
		props.put("spring.jpa.properties.hibernate.search.backend.directory.type", "local-heap");
		props.put("logging.level.root", "WARN");
		// Earlier suites in this run failed sign-ins from 127.0.0.1 on purpose; same allowance as theirs.
		props.put("tipnet.login.free-failures-per-address", "1000");
		// As command-line arguments: they must win over application.properties, as a deployment's would.
		String[] args = props.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
		return new SpringApplicationBuilder(TipnetApplication.class).run(args);
	}

	static int port(ConfigurableApplicationContext context) {
		return ((WebServerApplicationContext) context).getWebServer().getPort();
	}

	@Test
	void aSessionStartedOnOneInstanceIsRecognisedByTheOther() {
		CookieManager cookies = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		WebVisitor throughFirst = new WebVisitor("http://localhost:" + port(first), cookies);
		String admin = passwordOfAdmin();
		var home = throughFirst.signIn("admin", admin);
		assertThat(home.uri().getPath()).isEqualTo("/");
		assertThat(home.statusCode()).isEqualTo(200);

		// Same browser, other instance: hand over the session cookie as a load balancer would.
		CookieManager handedOver = new CookieManager(null, CookiePolicy.ACCEPT_ALL);
		for (HttpCookie c : cookies.getCookieStore().getCookies()) {
			HttpCookie copy = (HttpCookie) c.clone();
			handedOver.getCookieStore().add(URI.create("http://localhost:" + port(second)), copy);
		}
		WebVisitor throughSecond = new WebVisitor("http://localhost:" + port(second), handedOver);
		var account = throughSecond.get("/account");
		assertThat(account.statusCode()).isEqualTo(200);
		assertThat(account.body()).contains("admin");

		// Signing out on the second ends the session for the first too.
		throughSecond.post("/logout", Map.of());
		assertThat(throughFirst.get("/account").statusCode()).isEqualTo(302);
	}

	@Test
	void bothInstancesAppendToOneUnbrokenAuditChain() {
		String admin = passwordOfAdmin();
		for (int i = 0; i < 5; i++) {
			assertThat(new WebVisitor(port(first)).signIn("admin", admin).uri().getPath()).isEqualTo("/");
			assertThat(new WebVisitor(port(second)).signIn("admin", admin).uri().getPath()).isEqualTo("/");
		}
		JdbcTemplate jdbc = first.getBean(JdbcTemplate.class);
		second.getBean(th.tipnet.audit.AuditSeal.class).sealCommitted();
		long entries = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry", Long.class);
		long last = jdbc.queryForObject("SELECT last_seq FROM audit_chain_head WHERE id = 1", Long.class);
		assertThat(last).isEqualTo(entries);
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT previous_hash) FROM audit_entry", Long.class)).isEqualTo(entries);
	}

	/** Every test context of a run shares one database, so they all configure the same administrator password. */
	private static String passwordOfAdmin() {
		return PASSWORD;
	}
}
