package th.tipnet.cases;

import java.time.Clock;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.DirectorySearch;
import th.tipnet.directory.HelpRequest;
import th.tipnet.directory.LanguageCodes;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.directory.ProvinceCode;

/**
 * Referral pages. The lead organisation refers a case (the receiver chosen with the directory's
 * who-can-help) and withdraws; the receiving organisation sees its incoming referrals with their
 * deadlines, decides on the decision view, and once it accepted reads the shared sections and
 * completes. Every verb is {@link ReferralDesk}'s, as for the API; a referral or case the caller's
 * organisation may not see is "not found".
 */
@Controller
class ReferralPages {

	private final ReferralDesk desk;

	private final Caseload caseload;

	private final Directory directory;

	private final DirectorySearch search;

	private final Dates dates;

	private final Clock clock;

	private final CaseWorkers caseWorkers;

	private final ReferralFollowUps followUps;

	ReferralPages(ReferralDesk desk, Caseload caseload, Directory directory, DirectorySearch search, Dates dates, Clock clock,
			CaseWorkers caseWorkers, ReferralFollowUps followUps) {
		this.caseWorkers = caseWorkers;
		this.followUps = followUps;
		this.desk = desk;
		this.caseload = caseload;
		this.directory = directory;
		this.search = search;
		this.dates = dates;
		this.clock = clock;
	}

	// --- the lead organisation: refer, withdraw ---

	@GetMapping("/cases/{id}/refer")
	String referForm(@PathVariable UUID id, @ModelAttribute("form") ReferForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response) {
		Case c = caseload.read(new CaseId(id), "refer-form");
		if (form.getProvince() == null || form.getProvince().isBlank()) {
			form.setProvince(c.provinceCode());
		}
		if (form.getConsentBy() == null) {
			form.setConsentBy(Actor.current().name());
		}
		if (form.getConsentAt() == null) {
			form.setConsentAt(dates.typed(clock.instant()));
		}
		form.setRequestKey(UUID.randomUUID().toString());
		return referPage(c, form, result, model, locale, response);
	}

	// --- an organisation that accepted a referral: refer onward, on the same form ---

	@GetMapping("/referrals/{id}/onward")
	String onwardForm(@PathVariable UUID id, @ModelAttribute("form") ReferForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response) {
		Referral parent = desk.readReceived(new ReferralId(id));
		if (form.getProvince() == null || form.getProvince().isBlank()) {
			form.setProvince(parent.provinceCode());
		}
		if (form.getConsentBy() == null) {
			form.setConsentBy(Actor.current().name());
		}
		if (form.getConsentAt() == null) {
			form.setConsentAt(dates.typed(clock.instant()));
		}
		form.setRequestKey(UUID.randomUUID().toString());
		return onwardPage(parent, form, result, model, locale, response);
	}

	@PostMapping("/referrals/{id}/onward")
	String onward(@PathVariable UUID id, @ModelAttribute("form") ReferForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			Referral r = followUps.referOnward(new ReferralId(id), form.input(), form.getRequestKey()).referral();
			redirect.addFlashAttribute("referredOnward", organisationName(r.receiverOrganisationId(), locale));
			return "redirect:/referrals/" + id;
		}, () -> onwardPage(desk.readReceived(new ReferralId(id)), form, result, model, locale, response));
	}

	/**
	 * The refer form for an onward referral: only once the referral is accepted (409 otherwise), the case
	 * as the receiver sees it, its shared sections the only ones to offer, neither the lead organisation
	 * nor the receiver itself among who can help.
	 */
	private String onwardPage(Referral parent, ReferForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		if (!parent.sharesCase() || parent.state() != Referral.State.ACCEPTED) {
			throw DomainException.conflict("cases.error.onwardNotAccepted");
		}
		CaseView seen = caseload.view(parent.caseId(), "onward-form");
		choices(form, result, model, locale, response, java.util.Set.of(seen.leadOrganisationId(), parent.receiverOrganisationId()));
		model.addAttribute("c", seen);
		model.addAttribute("sectionChoices", parent.sections().stream().sorted().toList());
		model.addAttribute("referAction", "/referrals/" + parent.id().value() + "/onward");
		model.addAttribute("onwardFrom", row(parent, locale));
		return "cases/refer";
	}

	@PostMapping("/cases/{id}/refer")
	String refer(@PathVariable UUID id, @ModelAttribute("form") ReferForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		CaseId caseId = new CaseId(id);
		return FormErrors.submit(result, response, () -> {
			Referral r = desk.send(caseId, form.input(), form.getRequestKey()).referral();
			redirect.addFlashAttribute("referred", organisationName(r.receiverOrganisationId(), locale));
			return "redirect:/cases/" + id + "#referrals";
		}, () -> referPage(caseload.read(caseId, "refer-form"), form, result, model, locale, response));
	}

	@PostMapping("/referrals/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm answer, RedirectAttributes redirect) {
		Referral r = desk.withdraw(new ReferralId(id), answer.getVersion(), answer.getNote());
		redirect.addFlashAttribute("withdrawn", true);
		return "redirect:/cases/" + r.caseId() + "#referrals";
	}

	private String referPage(Case c, ReferForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response) {
		model.addAttribute("c", CaseView.of(c, caseload.screeningClock(c)));
		choices(form, result, model, locale, response, java.util.Set.of(c.leadOrganisationId()));
		model.addAttribute("sectionChoices", Referral.Section.values());
		model.addAttribute("referAction", "/cases/" + c.id() + "/refer");
		return "cases/refer";
	}

	/** What the refer form offers, first referral or onward: who can help, none of {@code excluded} among them. */
	private void choices(ReferForm form, BindingResult result, Model model, Locale locale, HttpServletResponse response,
			java.util.Set<UUID> excluded) {
		model.addAttribute("provinces", directory.provinceNames(locale).stream()
			.map(p -> new CasePages.Option(p.code().value(), p.name(locale)))
			.toList());
		model.addAttribute("services", directory.serviceTypeNames().stream()
			.filter(t -> t.active())
			.map(t -> new CasePages.Option(t.code(), t.name(locale)))
			.toList());
		model.addAttribute("languages", LanguageCodes.COMMON.stream()
			.map(code -> new CasePages.Option(code, LanguageCodes.name(code, locale)))
			.toList());
		model.addAttribute("helpers", helpers(excluded, form, result, response));
		model.addAttribute("urgencies", Referral.Urgency.values());
		model.addAttribute("consents", Referral.Consent.values());
	}

	/** Who can help with the chosen service in the chosen province, the organisations excluded left out. */
	private List<ReceiverChoice> helpers(java.util.Set<UUID> excluded, ReferForm form, BindingResult result, HttpServletResponse response) {
		if (form.getPurpose() == null || form.getPurpose().isBlank()) {
			return List.of();
		}
		HelpRequest request = new HelpRequest(form.getProvince(), form.getPurpose().strip(),
				form.getLanguage() == null || form.getLanguage().isBlank() ? null : form.getLanguage().strip(),
				form.isTwentyFourSeven());
		try {
			search.check(request);
		}
		catch (InvalidInput e) {
			e.violations().forEach(v -> result.rejectValue("service".equals(v.field()) ? "purpose" : v.field(), v.messageKey(),
					v.arguments(), v.messageKey()));
			response.setStatus(e.status().value());
			return List.of();
		}
		return search.whoCanHelp(request)
			.stream()
			.map(h -> new ReceiverChoice(h.summary(), h.reasons()))
			.filter(h -> !excluded.contains(h.organisation().id().value()))
			.toList();
	}

	/** An organisation the case can be referred to, with why the directory chose it ({@code reasons}: message keys). */
	record ReceiverChoice(OrganisationSummary organisation, List<String> reasons) {
	}

	// --- the receiving organisation: incoming, decide, read, complete ---

	@GetMapping("/referrals/incoming")
	String incoming(Model model, Locale locale) {
		model.addAttribute("rows", desk.incoming().stream().map(r -> row(r, locale)).toList());
		return "cases/incoming";
	}

	@GetMapping("/referrals/{id}")
	String referral(@PathVariable UUID id, Model model, Locale locale) {
		model.addAttribute("answer", new AnswerForm());
		return referralPage(desk.readReceived(new ReferralId(id)), model, locale);
	}

	@PostMapping("/referrals/{id}/accept")
	String accept(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm answer, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			desk.accept(new ReferralId(id), answer.getVersion(), answer.getCaseWorkerId());
			redirect.addFlashAttribute("accepted", true);
			return "redirect:/referrals/" + id;
		}, () -> answerPage(id, model, locale));
	}

	@PostMapping("/referrals/{id}/case-worker")
	String assignCaseWorker(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm answer, BindingResult result,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			caseWorkers.reassign(new ReferralId(id), answer.getVersion(), answer.getCaseWorkerId());
			redirect.addFlashAttribute("caseWorkerAssigned", true);
			return "redirect:/referrals/" + id;
		}, () -> answerPage(id, model, locale));
	}

	@PostMapping("/referrals/{id}/decline")
	String decline(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm answer, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			desk.decline(new ReferralId(id), answer.getVersion(), answer.getReason(), answer.getNote());
			redirect.addFlashAttribute("declined", true);
			return "redirect:/referrals/incoming";
		}, () -> answerPage(id, model, locale));
	}

	@PostMapping("/referrals/{id}/complete")
	String complete(@PathVariable UUID id, @ModelAttribute("answer") AnswerForm answer, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			desk.complete(new ReferralId(id), answer.getVersion(), answer.getSuccessful(), answer.getNote());
			redirect.addFlashAttribute("completed", true);
			return "redirect:/referrals/" + id;
		}, () -> answerPage(id, model, locale));
	}

	/** A refused answer: the referral's page again, the message beside the field, nothing changed. */
	private String answerPage(UUID id, Model model, Locale locale) {
		return referralPage(desk.readReceived(new ReferralId(id)), model, locale);
	}

	private String referralPage(Referral r, Model model, Locale locale) {
		model.addAttribute("row", row(r, locale));
		model.addAttribute("declineReasons", Referral.DeclineReason.values());
		if (r.sharesCase()) {
			CaseView shared = caseload.view(r.caseId(), "referral-page");
			model.addAttribute("c", shared);
			model.addAttribute("sections", desk.sharedWith(r.caseId(), Actor.current().organisationId())
				.stream()
				.map(Enum::name)
				.toList());
			if (shared.person() != null) {
				model.addAttribute("nationalityNames",
						shared.person().nationalities().stream().map(n -> CasePages.country(n, locale)).toList());
				model.addAttribute("gender", Gender.of(shared.person().gender()).map(Enum::name).orElse(Gender.UNKNOWN.name()));
			}
			model.addAttribute("exploitation", names(shared.exploitationTypes()));
			if (shared.channel() != null) {
				model.addAttribute("caseProvince", provinceName(shared.provinceCode(), locale));
			}
		}
		return "cases/referral";
	}

	/**
	 * The referrals of a case its lead organisation sent, for its case page, each with its deadline and
	 * what the receiver answered. Read (and audited) through {@link ReferralDesk#ofCase}.
	 */
	public List<ReferralRow> sentOf(UUID caseId, Locale locale) {
		return desk.ofCase(new CaseId(caseId)).stream().map(r -> row(r, locale)).toList();
	}

	private ReferralRow row(Referral r, Locale locale) {
		boolean sender = ReferralDesk.caseWorker().map(a -> a.organisationId().equals(r.senderOrganisationId())).orElse(false);
		ReferralView view = sender ? ReferralView.forSender(r) : ReferralView.forReceiver(r);
		ScreeningClock deadline = new ScreeningClock(r.answerDueAt(), clock.instant(), r.answeredAt());
		return new ReferralRow(view, organisationName(r.senderOrganisationId(), locale),
				organisationName(r.receiverOrganisationId(), locale),
				directory.serviceTypeName(r.purpose()).map(t -> t.name(locale)).orElse(r.purpose()),
				provinceName(r.provinceCode(), locale), CaseView.Screening.of(deadline));
	}

	static List<String> names(List<String> exploitationCodes) {
		return exploitationCodes.stream().map(code -> Exploitation.of(code).map(Enum::name).orElse(code)).toList();
	}

	private String organisationName(UUID id, Locale locale) {
		return directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
	}

	private String provinceName(String code, Locale locale) {
		return directory.provinceName(ProvinceCode.of(code)).map(p -> p.name(locale)).orElse(code);
	}

	/**
	 * A referral as a page shows it: the view its side may see, the organisations' and service's names
	 * in the reader's language, and the time left to answer (under four hours stands out).
	 */
	record ReferralRow(ReferralView r, String sender, String receiver, String purpose, String province,
			CaseView.Screening deadline) {

		public boolean awaiting() {
			return Referral.State.IN_PROGRESS.name().equals(r.state());
		}

		/** The suspected exploitation as the message keys name it. */
		public List<String> exploitation() {
			return names(r.exploitationTypes());
		}

		public boolean urgent() {
			return Referral.Urgency.URGENT.name().equals(r.urgency());
		}
	}

	/** An answer to a referral as posted: the version read, and what the verb needs. */
	static class AnswerForm {

		private long version;

		private String reason;

		private String note;

		private Boolean successful;

		private String caseWorkerId;

		public String getCaseWorkerId() {
			return caseWorkerId;
		}

		public void setCaseWorkerId(String caseWorkerId) {
			this.caseWorkerId = caseWorkerId;
		}

		public long getVersion() {
			return version;
		}

		public void setVersion(long version) {
			this.version = version;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}

		public String getNote() {
			return note;
		}

		public void setNote(String note) {
			this.note = note;
		}

		public Boolean getSuccessful() {
			return successful;
		}

		public void setSuccessful(Boolean successful) {
			this.successful = successful;
		}
	}
}
