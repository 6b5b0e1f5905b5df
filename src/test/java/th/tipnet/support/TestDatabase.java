package th.tipnet.support;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.atomic.AtomicBoolean;

import org.springframework.context.ApplicationContextInitializer;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.core.env.MapPropertySource;

/**
 * Points a test context at its database: an in-memory H2 by default, or the PostgreSQL named by
 * {@code TIPNET_TEST_POSTGRES_URL} (with {@code _USER} and {@code _PASSWORD}) when the build runs
 * the suite with {@code -Dtipnet.test.database=postgres}. The PostgreSQL schema is emptied once per
 * test JVM so every run starts from the migrations.
 */
public class TestDatabase implements ApplicationContextInitializer<ConfigurableApplicationContext> {

	private static final AtomicBoolean RESET = new AtomicBoolean();

	public static boolean postgres() {
		return "postgres".equals(System.getProperty("tipnet.test.database"));
	}

	/** The datasource properties for a context on the test database (H2 instances share one by name). */
	public static Map<String, Object> properties(String h2Name) {
		Map<String, Object> props = new HashMap<>();
		if (postgres()) {
			String url = required("TIPNET_TEST_POSTGRES_URL");
			String user = env("TIPNET_TEST_POSTGRES_USER", "tipnet");
			String password = env("TIPNET_TEST_POSTGRES_PASSWORD", "tipnet");
			if (RESET.compareAndSet(false, true)) {
				reset(url, user, password);
			}
			props.put("spring.datasource.url", url);
			props.put("spring.datasource.username", user);
			props.put("spring.datasource.password", password);
		}
		else {
			props.put("spring.datasource.url", h2Url(h2Name));
			props.put("spring.datasource.username", "sa");
			props.put("spring.datasource.password", "");
		}
		// Every context a run starts stays cached with its pool: idle connections beyond one go back after ten
		// seconds, so the contexts of a whole suite stay inside PostgreSQL's 100 connections.
		props.put("spring.datasource.hikari.minimum-idle", "1");
		props.put("spring.datasource.hikari.idle-timeout", "10000");
		return props;
	}

	@Override
	public void initialize(ConfigurableApplicationContext context) {
		Map<String, Object> props = new HashMap<>(properties("tipnet"));
		props.put("spring.mail.host", "127.0.0.1");
		props.put("spring.mail.port", TestMail.port());
		context.getEnvironment().getPropertySources().addFirst(new MapPropertySource("testDatabase", props));
	}

	private static String h2Url(String name) {
		return "jdbc:h2:mem:" + name + ";DB_CLOSE_DELAY=-1";
	}

	private static void reset(String url, String user, String password) {
		try (Connection c = DriverManager.getConnection(url, user, password); Statement s = c.createStatement()) {
			s.execute("DROP SCHEMA IF EXISTS public CASCADE");
			s.execute("CREATE SCHEMA public");
		}
		catch (SQLException e) {
			throw new IllegalStateException("Cannot reset the PostgreSQL test database at " + url, e);
		}
	}

	private static String required(String name) {
		String value = System.getenv(name);
		if (value == null || value.isBlank()) {
			throw new IllegalStateException(name + " must be set to run the suite on PostgreSQL");
		}
		return value;
	}

	private static String env(String name, String fallback) {
		String value = System.getenv(name);
		return value == null || value.isBlank() ? fallback : value;
	}
}
