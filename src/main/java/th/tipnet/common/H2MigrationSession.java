package th.tipnet.common;

import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import javax.sql.DataSource;

import org.springframework.boot.flyway.autoconfigure.FlywayConfigurationCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.env.Environment;
import org.springframework.jdbc.datasource.SingleConnectionDataSource;

/**
 * H2 2.4.240 (the version Spring Boot 4.0 manages) ties a {@code CHECK (… IN (…))} constraint to the
 * session that created it (h2database issues 4302 and 4342, fixed in 2.5.250): once that connection
 * closes, every insert or update of the table fails with "Check constraint invalid … The database has
 * been closed". The pool retires the connection Flyway migrated with after its 30-minute lifetime, so
 * an application started on H2 (the default) stopped taking registrations, referrals or nominations
 * half an hour after a start that ran migrations. On H2, the migrations therefore run on a connection
 * of their own that stays open as long as the JVM, one per database URL (test contexts share them).
 * PostgreSQL is untouched.
 */
@Configuration(proxyBeanMethods = false)
class H2MigrationSession {

	private static final Map<String, DataSource> SESSIONS = new ConcurrentHashMap<>();

	@Bean
	FlywayConfigurationCustomizer migrationsOnTheirOwnH2Connection(Environment environment) {
		return flyway -> {
			String url = environment.getProperty("spring.datasource.url", "");
			if (url.startsWith("jdbc:h2:")) {
				flyway.dataSource(of(url, environment.getProperty("spring.datasource.username", "sa"),
						environment.getProperty("spring.datasource.password", "")));
			}
		};
	}

	/** The JVM-long migration connection to this H2 database, opened on first use. */
	static DataSource of(String url, String user, String password) {
		return SESSIONS.computeIfAbsent(url, u -> {
			try {
				return new SingleConnectionDataSource(DriverManager.getConnection(u, user, password), true);
			}
			catch (SQLException e) {
				throw new IllegalStateException("Cannot open the H2 database to migrate it", e);
			}
		});
	}
}
