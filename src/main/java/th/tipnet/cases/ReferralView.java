package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A referral as the API and the pages show it. The receiver gets only what it needs to decide:
 * purpose, urgency, province, exploitation types, the child flag and the consent (with an override's
 * reason), never who asked the person or interpreted; a case's names and story are not in a referral at all.
 */
record ReferralView(UUID id, UUID caseId, String state, UUID senderOrganisationId, UUID receiverOrganisationId,
		String purpose, String urgency, Instant answerDueAt, String provinceCode, List<String> exploitationTypes,
		boolean childProcedure, List<String> sections, String consent, String consentBy, Instant consentAt,
		String interpreter, String overrideReason, Instant sentAt, String sentBy, Instant answeredAt, String answeredBy,
		String declineReason, String declineNote, String withdrawNote, Instant completedAt, Boolean successful,
		String completionNote, long version, UUID onwardFrom, List<Revoked> consentRevoked,
		@io.swagger.v3.oas.annotations.media.Schema(description = "The receiving organisation's case worker assigned to it, once accepted") UUID caseWorkerId,
		String caseWorkerName) {

	/** A section whose sharing ended when the person revoked their consent, and when. */
	@io.swagger.v3.oas.annotations.media.Schema(name = "ReferralConsentRevoked")
	record Revoked(String section, Instant at) {
	}

	static ReferralView forSender(Referral r) {
		return of(r, true);
	}

	static ReferralView forReceiver(Referral r) {
		return of(r, false);
	}

	private static ReferralView of(Referral r, boolean sender) {
		return new ReferralView(r.id().value(), r.caseId().value(), r.state().name(), r.senderOrganisationId(),
				r.receiverOrganisationId(), r.purpose(), r.urgency().name(), r.answerDueAt(), r.provinceCode(),
				r.exploitationTypes(), r.childProcedure(), r.sections().stream().map(Enum::name).sorted().toList(),
				r.consent().name(), sender ? r.consentBy() : null, sender ? r.consentAt() : null,
				sender ? r.interpreter() : null, r.overrideReason(), r.sentAt(), sender ? r.sentByName() : null,
				r.answeredAt(), r.answeredByName(), r.declineReason() == null ? null : r.declineReason().name(),
				r.declineNote(), r.withdrawNote(), r.completedAt(), r.successful(), r.completionNote(), r.version(),
				r.parentReferralId(),
				r.revocations().stream().map(x -> new Revoked(x.section().name(), x.at())).toList(), r.caseWorkerId(),
				r.caseWorkerName());
	}
}
