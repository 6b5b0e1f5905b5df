package th.tipnet.cases;

import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

/** Hourly: removes unfinished intakes that lapsed (30 days after their last save by default). Runs on one instance only. */
@Component
class ExpiredIntakeDrafts {

	private final UnfinishedIntakes drafts;

	ExpiredIntakeDrafts(UnfinishedIntakes drafts) {
		this.drafts = drafts;
	}

	@Scheduled(cron = "${tipnet.cases.draft-cleanup-cron:0 43 * * * *}", zone = "Asia/Bangkok")
	@SchedulerLock(name = "expired-intake-drafts", lockAtMostFor = "10m", lockAtLeastFor = "1m")
	public void run() {
		drafts.removeLapsed();
	}
}
