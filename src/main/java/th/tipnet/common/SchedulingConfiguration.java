package th.tipnet.common;

import javax.sql.DataSource;

import org.springframework.aop.interceptor.AsyncUncaughtExceptionHandler;
import org.springframework.boot.task.ThreadPoolTaskSchedulerCustomizer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.AsyncConfigurer;

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

	/**
	 * The same for an asynchronous listener that throws (a mail the SMTP server refused: its message
	 * names the addresses). Spring Modulith keeps the event to deliver again; its own line about the
	 * failure quotes the message and is switched off in application.properties. Spring Boot still
	 * runs these listeners on its application task executor.
	 */
	@Bean
	AsyncConfigurer asyncFailuresLoggedWithoutMessages() {
		return new AsyncConfigurer() {

			@Override
			public AsyncUncaughtExceptionHandler getAsyncUncaughtExceptionHandler() {
				return (failure, method, arguments) -> log.error("Asynchronous {}.{} failed", method.getDeclaringClass().getName(),
						method.getName(), LoggedFailure.of(failure));
			}
		};
	}
}
