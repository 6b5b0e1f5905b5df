package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.tipnet.notify.Audience;

/**
 * What the other side, or those who must act, are told, in the application and by e-mail: each step
 * of a referral and each threshold of a running clock. Says who is told and where their link leads;
 * never says more than the kind of step and the case number (in the application; the e-mail leaves
 * even that out).
 */
enum CaseAlert {

	REFERRAL_SENT, REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_WITHDRAWN, REFERRAL_COMPLETED,

	/** The person revoked their consent to some or all of the sections a referral shares. */
	REFERRAL_CONSENT_REVOKED,

	/** Under four hours of the screening clock left, no decision yet. */
	SCREENING_DUE_SOON,

	/** The screening clock ran out without a decision. */
	SCREENING_OVERDUE,

	/** Under four hours left for the receiver's answer (normal urgency only: an urgent one has two in all). */
	REFERRAL_DUE_SOON,

	/** The receiver did not answer in time. */
	REFERRAL_OVERDUE,

	/** A receiving organisation's case worker was given an accepted referral to work (told to that worker alone). */
	CASE_WORKER_ASSIGNED;

	private static final java.util.Map<Class<? extends ReferralStep>, CaseAlert> BY_STEP = java.util.Map.of(
			ReferralSent.class, REFERRAL_SENT, ReferralAccepted.class, REFERRAL_ACCEPTED, ReferralDeclined.class,
			REFERRAL_DECLINED, ReferralWithdrawn.class, REFERRAL_WITHDRAWN, ReferralCompleted.class, REFERRAL_COMPLETED,
			ReferralConsentRevoked.class, REFERRAL_CONSENT_REVOKED);

	/** The alert a referral step raises. */
	static CaseAlert of(ReferralStep step) {
		CaseAlert alert = BY_STEP.get(step.getClass());
		if (alert == null) {
			throw new IllegalArgumentException("Unknown referral step " + step.getClass().getSimpleName());
		}
		return alert;
	}

	static final String[] CASE_STAFF = { CaseAccess.CASE_WORKER, CaseAccess.CASE_SUPERVISOR };

	static final String COORDINATOR = "PROVINCIAL_COORDINATOR";

	/** The case and, for a referral, the referral and its receiver, as the alert needs them. */
	record Parties(UUID caseId, String caseNumber, UUID leadOrganisationId, String provinceCode, UUID referralId,
			UUID receiverOrganisationId) {
	}

	/** One audience and where its notice and e-mail lead. */
	record Addressee(Audience audience, String link) {
	}

	String noticeKey() {
		return "cases.notice." + name();
	}

	/** The case's timeline step for an escalation. */
	String step() {
		return name();
	}

	List<Addressee> addressees(Parties p) {
		String caseLink = "/cases/" + p.caseId();
		String referralLink = p.referralId() == null ? caseLink : "/referrals/" + p.referralId();
		List<Addressee> to = new ArrayList<>();
		switch (this) {
			case REFERRAL_SENT, REFERRAL_WITHDRAWN, REFERRAL_CONSENT_REVOKED ->
				to.add(new Addressee(Audience.organisation(p.receiverOrganisationId(), CASE_STAFF), referralLink));
			case REFERRAL_ACCEPTED, REFERRAL_DECLINED, REFERRAL_COMPLETED ->
				to.add(new Addressee(Audience.organisation(p.leadOrganisationId(), CASE_STAFF), caseLink));
			case SCREENING_DUE_SOON, SCREENING_OVERDUE -> {
				to.add(new Addressee(Audience.organisation(p.leadOrganisationId(), CaseAccess.CASE_SUPERVISOR), caseLink));
				to.add(new Addressee(Audience.province(p.provinceCode(), COORDINATOR), caseLink));
			}
			case REFERRAL_DUE_SOON, REFERRAL_OVERDUE -> {
				to.add(new Addressee(Audience.organisation(p.leadOrganisationId(), CaseAccess.CASE_SUPERVISOR), caseLink));
				to.add(new Addressee(Audience.organisation(p.receiverOrganisationId(), CaseAccess.CASE_SUPERVISOR), referralLink));
				to.add(new Addressee(Audience.province(p.provinceCode(), COORDINATOR), caseLink));
			}
		}
		return to;
	}
}
