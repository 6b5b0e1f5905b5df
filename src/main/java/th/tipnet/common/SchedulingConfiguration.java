package th.tipnet.common;

import javax.sql.DataSource;

import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

import net.javacrumbs.shedlock.core.LockProvider;
import net.javacrumbs.shedlock.provider.jdbctemplate.JdbcTemplateLockProvider;
import net.javacrumbs.shedlock.spring.annotation.EnableSchedulerLock;
import th.tipnet.common.web.LoggedFailure;

/** Scheduled jobs run once across all instances: ShedLock keeps the lock in the database, on database time. */
@Configuration(proxyBeanMethods = false)
@EnableSchedulerLock(defaultLockAtMostFor = "10m")
class SchedulingConfiguration {

	private static final org.slf4j.Logger log = org.slf4j.LoggerFactory.getLogger(SchedulingConfiguration.class);

	@Bean
	LockProvider lockProvider(DataSource dataSource) {
		return new JdbcTemplateLockProvider(JdbcTemplateLockProvider.Configuration.builder()
			.withJdbcTemplate(new org.springframework.jdbc.core.JdbcTemplate(dataSource))
			.usingDbTime()
			.build());
	}

	/**
	 * A job that throws is logged by its exception's classes and stack frames, never their messages:
	 * Spring's default handler logged the message, and a database error's message quotes the values it
	 * bound (names, e-mail addresses). The job runs again at its next time, as before.
	 */
	@Bean
	ThreadPoolTaskSchedulerCustomizer failuresLoggedWithoutMessages() {
		return scheduler -> scheduler.setErrorHandler(failure -> log.error("Scheduled job failed", LoggedFailure.of(failure)));
	}
}
