package th.tipnet.cases;

import java.util.List;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

import th.tipnet.notify.Audience;
import th.tipnet.notify.Notices;

/**
 * Tells the other side of each referral step in the application, in the step's own transaction: the
 * notice exists exactly when the step commits. (The e-mail follows after the commit, {@link CaseAlertMail}.)
 */
@Component
class ReferralNotices {

	private final Notices notices;

	private final AlertParties parties;

	ReferralNotices(Notices notices, AlertParties parties) {
		this.notices = notices;
		this.parties = parties;
	}

	@EventListener
	void on(ReferralStep step) {
		if (step instanceof ReferralSent sent) {
			// Notices post in the step's own transaction, before the referral row is written: read its parties from the event.
			parties.ofSent(sent).ifPresent(p -> post(CaseAlert.REFERRAL_SENT, p));
		}
		else {
			post(CaseAlert.of(step), step.referralId());
		}
	}

	/** The assigned case worker alone: the case number and a link to the referral. */
	@EventListener
	void on(CaseWorkerAssigned assigned) {
		parties.ofReferral(assigned.referralId()).ifPresent(p -> notices.post(Audience.user(assigned.caseWorkerId()),
				CaseAlert.CASE_WORKER_ASSIGNED.noticeKey(), List.of(p.caseNumber()), "/referrals/" + assigned.referralId().value()));
	}

	private void post(CaseAlert alert, ReferralId referral) {
		parties.ofReferral(referral).ifPresent(p -> post(alert, p));
	}

	/** Posts the alert's notices: the case number and a link, nothing else. */
	void post(CaseAlert alert, CaseAlert.Parties p) {
		for (CaseAlert.Addressee to : alert.addressees(p)) {
			notices.post(to.audience(), alert.noticeKey(), List.of(p.caseNumber()), to.link());
		}
	}
}
