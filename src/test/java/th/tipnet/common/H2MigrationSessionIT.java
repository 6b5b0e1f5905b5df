package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import javax.sql.DataSource;

import com.zaxxer.hikari.HikariDataSource;
import org.flywaydb.core.Flyway;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestDatabase;

/**
 * On H2 the migrations run on a connection of their own that the pool never retires, so a table with a
 * {@code CHECK (… IN (…))} constraint still takes writes after the pool has replaced its connections (it
 * retires each after 30 minutes; H2 2.4.240 broke such constraints when their creating session closed).
 */
@IntegrationTest
class H2MigrationSessionIT {

	@Autowired
	Flyway flyway;

	@Autowired
	DataSource dataSource;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void aConstrainedTableStillTakesWritesAfterThePoolRetiredEveryConnection() {
		if (TestDatabase.postgres()) {
			assertThat(flyway.getConfiguration().getDataSource()).isSameAs(dataSource);
		}
		else {
			assertThat(flyway.getConfiguration().getDataSource()).isNotSameAs(dataSource);
		}
		((HikariDataSource) dataSource).getHikariPoolMXBean().softEvictConnections();

		int updated = jdbc.update("UPDATE organisation_public_contact SET kind = kind, state = state");

		assertThat(updated).isPositive();
	}
}
