package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.scheduling.TaskScheduler;

import th.tipnet.support.IntegrationTest;

@IntegrationTest
@ExtendWith(OutputCaptureExtension.class)
class ScheduledJobFailuresIT {

	@Autowired
	TaskScheduler scheduler;

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
			.contains(ScheduledJobFailuresIT.class.getName() + ".lambda$")
			.doesNotContain("somchai");
	}
}
