package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.logging.LogLevel;
import org.springframework.boot.logging.LoggingSystem;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.mail.MailSendException;
import org.springframework.scheduling.TaskScheduler;
import org.springframework.scheduling.annotation.Async;
import org.springframework.scheduling.annotation.AsyncAnnotationBeanPostProcessor;

import th.tipnet.support.IntegrationTest;

/** Failures outside a request (scheduled jobs, asynchronous listeners) are logged without their messages. */
@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class BackgroundFailuresIT {

	@Autowired
	TaskScheduler scheduler;

	@Autowired
	AsyncAnnotationBeanPostProcessor async;

	@Autowired
	LoggingSystem logging;

	@Test
	void aFailingJobIsLoggedByWhatAndWhereNeverByItsMessageAndRunsAgain(CapturedOutput output) throws Exception {
		AtomicInteger runs = new AtomicInteger();
		CountDownLatch ranAgain = new CountDownLatch(1);
		// The scheduler that runs the application's @Scheduled jobs, with a job that fails as a database refusal does.
		var job = scheduler.scheduleWithFixedDelay(() -> {
			if (runs.getAndIncrement() == 0) {
				throw new DataIntegrityViolationException("could not execute statement [insert into registration "
						+ "values ('somchai.personal@example.org')]", new java.sql.SQLException(
								"Key (email)=(somchai.personal@example.org) already exists.", "23505"));
			}
			ranAgain.countDown();
		}, Duration.ofMillis(20));
		try {
			assertThat(ranAgain.await(30, TimeUnit.SECONDS)).as("the job runs again after failing").isTrue();
		}
		finally {
			job.cancel(false);
		}
		assertThat(output.getAll()).contains("Scheduled job failed")
			.contains("DataIntegrityViolationException")
			.contains("java.sql.SQLException [SQL state 23505")
			.contains(BackgroundFailuresIT.class.getName() + ".lambda$")
			.doesNotContain("somchai");
	}

	@Test
	void aFailingAsynchronousListenerIsLoggedWithoutItsMessage(CapturedOutput output) {
		// An @Async bean made by the application's own @EnableAsync: its executor and its failure handler.
		MailingListener listener = (MailingListener) async.postProcessAfterInitialization(new MailingListener(), "failingListener");
		listener.on("somchai.personal@example.org");
		long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
		while (!output.getAll().contains("MailingListener.on failed") && System.nanoTime() < deadline) {
			// Wait for the executor's thread to log the failure.
			LockSupport.parkNanos(TimeUnit.MILLISECONDS.toNanos(20));
		}
		assertThat(output.getAll()).contains("Asynchronous " + MailingListener.class.getName() + ".on failed")
			.contains("org.springframework.mail.MailSendException")
			.doesNotContain("somchai");
		// Spring Modulith's own line about a failed listener quotes the message: it is off.
		assertThat(logging.getLoggerConfiguration("org.springframework.modulith.events.support."
				+ "CompletionRegisteringAdvisor$CompletionRegisteringMethodInterceptor").getConfiguredLevel())
			.isEqualTo(LogLevel.WARN);
	}

	/** A listener whose mail the server refuses, as the confirmation mail's does when an address is refused. */
	public static class MailingListener {

		@Async
		public void on(String address) {
			throw new MailSendException("Failed messages: jakarta.mail.SendFailedException: Invalid Addresses <" + address + ">");
		}
	}
}
