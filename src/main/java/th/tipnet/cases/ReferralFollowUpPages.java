package th.tipnet.cases;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Controller;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * The lead organisation's consent panel on a case's page: each referral that shares something, with
 * a form to record that the person revoked their consent (all sections, or those ticked). The referral
 * pages themselves (sending, answering) are not here.
 */
@Controller
class ReferralFollowUpPages {

	private final ReferralFollowUps followUps;

	private final CaseReferrals caseReferrals;

	private final Directory directory;

	ReferralFollowUpPages(ReferralFollowUps followUps, CaseReferrals caseReferrals, Directory directory) {
		this.followUps = followUps;
		this.caseReferrals = caseReferrals;
		this.directory = directory;
	}

	/** A referral on the consent panel: whom it went to, what it still shares and what consent no longer covers. */
	record Revocable(UUID id, long version, String receiver, String state, List<String> sections, List<String> revoked) {
	}

	/** The referrals of a case the caller's organisation leads that share or shared something; empty for anybody else. */
	List<Revocable> revocable(Case c, Locale locale) {
		return ReferralDesk.caseWorker()
			.filter(a -> a.organisationId().equals(c.leadOrganisationId()))
			.map(a -> caseReferrals.ofCaseLedBy(c.id().value(), a.organisationId())
				.stream()
				.filter(r -> r.state() != Referral.State.DECLINED && r.state() != Referral.State.WITHDRAWN)
				.map(r -> new Revocable(r.id().value(), r.version(),
						directory.summary(OrganisationId.of(r.receiverOrganisationId())).map(o -> o.name(locale)).orElse(""),
						r.state().name(), r.sections().stream().map(Enum::name).sorted().toList(),
						r.revocations().stream().map(x -> x.section().name()).sorted().toList()))
				.toList())
			.orElse(List.of());
	}

	@PostMapping("/cases/{caseId}/referrals/{referralId}/revoke-consent")
	String revoke(@PathVariable UUID caseId, @PathVariable UUID referralId, @RequestParam(required = false) Long version,
			@RequestParam(required = false) List<String> sections, RedirectAttributes redirect) {
		Referral r = followUps.revokeConsent(new ReferralId(referralId), version == null ? -1 : version, sections);
		redirect.addFlashAttribute("consentRevoked", true);
		return "redirect:/cases/" + r.caseId();
	}
}
