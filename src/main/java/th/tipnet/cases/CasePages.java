package th.tipnet.cases;

import java.time.Month;
import java.time.format.TextStyle;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.data.domain.Page;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Dates;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.ProvinceCode;

/**
 * The case worker's pages: the organisation's cases with their screening clocks, the intake form
 * (made for a phone in the field) and a case's page with its timeline. {@link Caseload} decides who
 * sees what; these only render.
 */
@Controller
@RequestMapping("/cases")
class CasePages {

	/** Nationalities met most often, offered as boxes to tick; any other comes from the full list. */
	static final List<String> USUAL_NATIONALITIES = List.of("TH", "MM", "KH", "LA", "VN", "CN");

	static final int PAGE_SIZE = 25;

	private final Caseload caseload;

	private final Directory directory;

	private final Dates dates;

	private final MessageSource messages;

	private final Oversight oversight;

	private final OversightPages oversightPages;

	private final ReferralFollowUpPages followUpPages;

	private final Operations operations;

	private final PossibleMatches matches;

	private final Worklist worklist;

	CasePages(Caseload caseload, Directory directory, Dates dates, MessageSource messages, Oversight oversight,
			OversightPages oversightPages, ReferralFollowUpPages followUpPages, Operations operations,
			PossibleMatches matches, Worklist worklist) {
		this.worklist = worklist;
		this.operations = operations;
		this.matches = matches;
		this.caseload = caseload;
		this.directory = directory;
		this.dates = dates;
		this.messages = messages;
		this.oversight = oversight;
		this.oversightPages = oversightPages;
		this.followUpPages = followUpPages;
	}

	@GetMapping
	String list(@RequestParam(defaultValue = "0") int page, Model model, Locale locale) {
		if (Oversight.overseesOnly()) {
			return oversightPages.list(page, model, locale);
		}
		Page<CaseView.Summary> found = worklist.page(page, PAGE_SIZE);
		model.addAttribute("rows", found.getContent().stream().map(c -> new Row(c, provinceName(c.provinceCode(), locale))).toList());
		model.addAttribute("page", found);
		return "cases/list";
	}

	@GetMapping("/new")
	String intake(Model model, Locale locale) {
		model.addAttribute("form", IntakeForm.blank(dates.typed(caseload.now())));
		return intakePage(model, locale);
	}

	@PostMapping("/new")
	String open(@ModelAttribute("form") IntakeForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		form.fillNameRows();
		return FormErrors.submit(result, response, () -> {
			Case opened = caseload.open(form.intake(), null).caseFile();
			redirect.addFlashAttribute("opened", opened.number().value());
			return "redirect:/cases/" + opened.id();
		}, () -> intakePage(model, locale));
	}

	@GetMapping("/{id}")
	String show(@PathVariable UUID id, Model model, Locale locale) {
		Optional<String> pseudonymised = oversightPages.insteadOfCase(new CaseId(id), model, locale);
		if (pseudonymised.isPresent()) {
			return pseudonymised.get();
		}
		Case c = oversight.underBreakGlass(new CaseId(id), "page").orElseGet(() -> caseload.read(new CaseId(id), "page"));
		model.addAttribute("breakGlassBanners", oversight.banners(c));
		// Only the lead organisation's case roles screen and refer; a reader under break glass reads the case.
		boolean leads = ReferralDesk.caseWorker().map(a -> a.organisationId().equals(c.leadOrganisationId())).orElse(false);
		model.addAttribute("leads", leads);
		model.addAttribute("consentReferrals", followUpPages.revocable(c, locale));
		CaseView view = CaseView.of(c, caseload.screeningClock(c));
		model.addAttribute("c", view);
		model.addAttribute("timeline", CaseView.timeline(c));
		model.addAttribute("province", provinceName(c.provinceCode(), locale));
		model.addAttribute("lead", directory.summary(OrganisationId.of(c.leadOrganisationId())).map(o -> o.name(locale)).orElse(""));
		model.addAttribute("gender", c.gender().name());
		model.addAttribute("exploitation", c.exploitation().stream().map(Enum::name).sorted().toList());
		model.addAttribute("birth", birthText(view.person().birth(), locale));
		model.addAttribute("maySignOff", leads && c.status() == CaseStatus.AWAITING_SIGN_OFF
				&& th.tipnet.common.security.CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR));
		model.addAttribute("nationalityNames", view.person().nationalities().stream().map(n -> country(n, locale)).toList());
		model.addAttribute("possibleMatches", matches.of(List.of(c), th.tipnet.common.Actor.current(), locale));
		c.operation().ifPresent(op -> {
			model.addAttribute("operationId", op.value());
			model.addAttribute("operationCases", operations.casesOf(op.value(), th.tipnet.common.Actor.current().organisationId())
				.stream()
				.filter(other -> !other.id().equals(c.id()))
				.map(other -> CaseView.Summary.of(other, caseload.screeningClock(other)))
				.toList());
		});
		return "cases/case";
	}

	@PostMapping("/{id}/sign-off")
	String signOff(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		Case c = caseload.signOffScreening(new CaseId(id), version);
		redirect.addFlashAttribute("signedOff", c.number().value());
		return "redirect:/cases/" + c.id();
	}

	private String intakePage(Model model, Locale locale) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("exploitationTypes", Exploitation.values());
		model.addAttribute("provinces", directory.provinceNames(locale).stream()
			.map(p -> new Option(p.code().value(), p.name(locale)))
			.toList());
		personChoices(model, locale);
		return "cases/new";
	}

	/** What the person's fields offer: genders, kinds of name, nationalities, months, in the reader's language. */
	static void personChoices(Model model, Locale locale) {
		model.addAttribute("genders", Gender.values());
		model.addAttribute("nameKinds", NameKind.values());
		model.addAttribute("usualNationalities", USUAL_NATIONALITIES.stream().map(c -> new Option(c, country(c, locale))).toList());
		model.addAttribute("countries", Arrays.stream(Locale.getISOCountries())
			.map(c -> new Option(c, country(c, locale)))
			.sorted(Comparator.comparing(Option::label, java.text.Collator.getInstance(locale)))
			.toList());
		model.addAttribute("months", Arrays.stream(Month.values())
			.map(m -> new Option(String.valueOf(m.getValue()), m.getDisplayName(TextStyle.FULL, locale)))
			.toList());
		model.addAttribute("thai", "th".equals(locale.getLanguage()));
	}

	private String provinceName(String code, Locale locale) {
		return directory.provinceName(ProvinceCode.of(code)).map(p -> p.name(locale)).orElse(code);
	}

	static String country(String code, Locale locale) {
		return new Locale.Builder().setRegion(code).build().getDisplayCountry(locale);
	}

	/** A birth as the reader writes it: the year in B.E. on a Thai page. */
	String birthText(CaseView.Birth b, Locale locale) {
		boolean thai = "th".equals(locale.getLanguage());
		return switch (Birth.Precision.valueOf(b.precision())) {
			case COMPLETE -> dates.date(java.time.LocalDate.of(b.year(), b.month(), b.day()));
			case YEAR_MONTH -> Month.of(b.month()).getDisplayName(TextStyle.FULL, locale) + " " + (thai ? b.year() + 543 : b.year());
			case YEAR -> String.valueOf(thai ? b.year() + 543 : b.year());
			case ESTIMATED -> messages.getMessage("cases.birth.estimatedText", new Object[] { b.estimatedAge() }, locale);
			case UNKNOWN -> messages.getMessage("cases.birth.unknown", null, locale);
		};
	}

	record Option(String value, String label) {
	}

	/** A line of the list: the case and its province's name in the reader's language. */
	record Row(CaseView.Summary c, String province) {
	}
}
