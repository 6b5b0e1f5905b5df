package th.tipnet.awards;

import java.time.Clock;
import java.util.Comparator;
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
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.directory.ProvinceCode;

/**
 * Nominations in the browser: the form in one category (the nominee's fields for its kind), a
 * nomination's page with its submit and withdraw buttons, and a round's nominations the reader may
 * see. A refusal comes back on the form, beside its field, with its 4xx status.
 */
@Controller
class NominationPages {

	private final Awards awards;

	private final NominationDesk desk;

	private final Directory directory;

	private final Clock clock;

	private final ModelProvinceFigures provinceFigures;

	private final NominationFiles files;

	NominationPages(Awards awards, NominationDesk desk, Directory directory, Clock clock,
			ModelProvinceFigures provinceFigures, NominationFiles files) {
		this.awards = awards;
		this.desk = desk;
		this.directory = directory;
		this.clock = clock;
		this.provinceFigures = provinceFigures;
		this.files = files;
	}

	@GetMapping("/awards/rounds/{id}/nominations")
	String list(@PathVariable UUID id, Model model, Locale locale) {
		AwardRound round = awards.round(new RoundId(id));
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("nominations", desk.of(round.id()).stream().map(n -> Line.of(n, round, directory, locale)).toList());
		model.addAttribute("mayNominate", NominationDesk.mayNominate() && round.phaseAt(clock.instant()) == Phase.NOMINATING);
		return "awards/nominations";
	}

	@GetMapping("/awards/rounds/{id}/nominate")
	String form(@PathVariable UUID id, @RequestParam UUID category, @ModelAttribute("form") NominationForm form,
			Model model, Locale locale) {
		form.setCategoryId(category.toString());
		return formPage(awards.round(new RoundId(id)), category, model, locale);
	}

	@PostMapping("/awards/rounds/{id}/nominate")
	String nominate(@PathVariable UUID id, @ModelAttribute("form") NominationForm form, BindingResult result,
			@RequestParam(defaultValue = "draft") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		AwardRound round = awards.round(new RoundId(id));
		UUID category = categoryOf(round, form);
		if (!FormErrors.invalid(result, response)) {
			try {
				Nomination n = desk.nominate(round.id(), form.form(round.category(category).orElseThrow().nomineeKind()),
						"submit".equals(action));
				redirect.addFlashAttribute("saved", n.status().name());
				return "redirect:/awards/nominations/" + n.id();
			}
			catch (DomainException e) {
				FormErrors.reject(result, e, response);
			}
		}
		return formPage(round, category, model, locale);
	}

	@GetMapping("/awards/nominations/{id}")
	String nomination(@PathVariable UUID id, Model model, Locale locale) {
		Nomination n = desk.nomination(new NominationId(id));
		AwardRound round = awards.round(new RoundId(n.roundId()));
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("nomination", Line.of(n, round, directory, locale));
		model.addAttribute("mayChange", NominationDesk.isOwnNominator(n) && round.phaseAt(clock.instant()) == Phase.NOMINATING);
		model.addAttribute("provinceFigures", provinceFigures.of(n, round, locale).orElse(null));
		model.addAttribute("files", files.of(n.id()));
		model.addAttribute("fileLimits", NominationFiles.LIMITS);
		model.addAttribute("mayAttach", NominationDesk.isOwnNominator(n) && n.status() != Nomination.Status.WITHDRAWN
				&& round.phaseAt(clock.instant()) == Phase.NOMINATING);
		return "awards/nomination";
	}

	@PostMapping("/awards/nominations/{id}/submit")
	String submit(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		Nomination n = desk.submit(new NominationId(id), version);
		redirect.addFlashAttribute("saved", n.status().name());
		return "redirect:/awards/nominations/" + id;
	}

	@PostMapping("/awards/nominations/{id}/withdraw")
	String withdraw(@PathVariable UUID id, @RequestParam long version, RedirectAttributes redirect) {
		Nomination n = desk.withdraw(new NominationId(id), version);
		redirect.addFlashAttribute("saved", n.status().name());
		return "redirect:/awards/nominations/" + id;
	}

	private static UUID categoryOf(AwardRound round, NominationForm form) {
		try {
			UUID category = UUID.fromString(String.valueOf(form.getCategoryId()));
			if (round.category(category).isPresent()) {
				return category;
			}
		}
		catch (IllegalArgumentException e) {
			// not an identifier: no such category, as below
		}
		throw DomainException.notFound("award category");
	}

	private String formPage(AwardRound round, UUID categoryId, Model model, Locale locale) {
		AwardCategory category = round.category(categoryId).orElseThrow(() -> DomainException.notFound("award category"));
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("category", AwardPages.CategoryRow.of(category, locale));
		model.addAttribute("organisations", directory.summaries()
			.stream()
			.filter(OrganisationSummary::active)
			.sorted(Comparator.comparing(o -> o.name(locale)))
			.map(o -> new Choice(o.id().toString(), o.name(locale)))
			.toList());
		model.addAttribute("provinces",
				directory.provinceNames(locale).stream().map(p -> new Choice(p.code().value(), p.name(locale))).toList());
		return "awards/nominate";
	}

	/** An option of a select: its value and what the reader sees. */
	record Choice(String value, String label) {
	}

	/** A nomination as a page shows it: the nominee named in the reader's language. */
	record Line(UUID id, String category, NomineeKind kind, String nominee, String detail, String status,
			String nominator, String justification, String achievements, boolean consented, long version) {

		static Line of(Nomination n, AwardRound round, Directory directory, Locale locale) {
			Nominee e = n.nominee();
			String nominee = switch (e.kind()) {
				case PERSON -> e.personName();
				case ORGANISATION -> organisation(directory, e.organisationId(), locale);
				case PROVINCE -> province(directory, e.provinceCode(), locale);
			};
			String detail = e.kind() == NomineeKind.PERSON ? e.personPosition() + " · "
					+ organisation(directory, e.personOrganisationId(), locale) + " · "
					+ province(directory, e.personProvinceCode(), locale) : null;
			return new Line(n.id().value(), round.category(n.categoryId()).map(c -> c.name(locale)).orElse(""), e.kind(),
					nominee, detail, n.status().name(), organisation(directory, n.nominatorOrganisationId(), locale),
					n.justification(), n.achievements(), n.nomineeConsented(), n.version());
		}

		private static String organisation(Directory directory, UUID id, Locale locale) {
			return id == null ? "" : directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
		}

		private static String province(Directory directory, String code, Locale locale) {
			return code == null ? "" : directory.provinceName(ProvinceCode.of(code)).map(p -> p.name(locale)).orElse(code);
		}
	}
}
