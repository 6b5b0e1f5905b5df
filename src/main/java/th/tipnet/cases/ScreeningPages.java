package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.LanguageCodes;

/**
 * The multidisciplinary team's screening form for a case awaiting screening: each member (a user of
 * the organisation or a named outsider) answers every indicator of the active checklist, with a note
 * where it helps, and the team records the interpreter, the language and the outcome. It goes through
 * {@link ScreeningDesk#decide}, the API's own path, so the same mistake gets the same answer and
 * nothing is stored on a refusal.
 */
@Controller
@RequestMapping("/cases/{id}/screening")
class ScreeningPages {

	/** Languages of the region that have only a three-letter code: Karen, Shan, Mon, Hmong, Kuy. */
	static final List<String> REGIONAL_LANGUAGES = List.of("kar", "shn", "mnw", "hmn", "kdt");

	private final Caseload caseload;

	private final ScreeningDesk screenings;

	private final Checklist checklist;

	ScreeningPages(Caseload caseload, ScreeningDesk screenings, Checklist checklist) {
		this.caseload = caseload;
		this.screenings = screenings;
		this.checklist = checklist;
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model, Locale locale) {
		Case c = caseload.read(new CaseId(id), "screening-form");
		Actor me = Actor.current();
		List<String> keys = checklist.active().stream().map(ChecklistIndicator::key).toList();
		model.addAttribute("form", ScreeningForm.blank(c.version(), keys, me.userId() == null ? null : me.userId().toString(), "th"));
		return page(c, model, locale);
	}

	/** One more row for a member, keeping everything typed so far; nothing is stored. */
	@PostMapping(params = "addMember")
	String addMember(@PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, Model model, Locale locale) {
		Case c = caseload.read(new CaseId(id), "screening-form");
		form.fillRows(Math.min(form.getMembers().size() + 1, ScreeningDesk.MAX_MEMBERS));
		return page(c, model, form, locale);
	}

	@PostMapping
	String decide(@PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect, Locale locale) {
		CaseId caseId = new CaseId(id);
		if (form.getIndicators().isEmpty()) {
			// A form that does not say which indicators it asked answers the checklist of now, in its order.
			form.setIndicators(new ArrayList<>(checklist.active().stream().map(ChecklistIndicator::key).toList()));
		}
		form.dropEmptyRows();
		return FormErrors.submit(result, response, () -> {
			Case c = screenings.decide(caseId, form.getVersion(), form.input());
			redirect.addFlashAttribute("screened", c.number().value());
			return "redirect:/cases/" + c.id();
		}, e -> onTheForm(e, form), () -> page(caseload.read(caseId, "screening-form"), model, form, locale));
	}

	/** The refusal with fields named as the form names them (answers and notes by row and place, not by key). */
	private static DomainException onTheForm(DomainException e, ScreeningForm form) {
		if (!(e instanceof InvalidInput invalid)) {
			return e;
		}
		InvalidInput renamed = new InvalidInput(invalid.violations().stream()
			.map(v -> new InvalidInput.Violation(form.fieldOf(v.field()), v.messageKey(), v.arguments()))
			.toList());
		return renamed;
	}

	private String page(Case c, Model model, ScreeningForm form, Locale locale) {
		form.fillRows(1);
		return page(c, model, locale);
	}

	private String page(Case c, Model model, Locale locale) {
		List<ChecklistIndicator> active = checklist.active();
		ScreeningForm form = (ScreeningForm) model.getAttribute("form");
		List<String> keys = active.stream().map(ChecklistIndicator::key).toList();
		if (form != null && !form.getIndicators().equals(keys)) {
			form.alignTo(keys);
			form.fillRows(1);
		}
		model.addAttribute("c", CaseView.of(c, caseload.screeningClock(c)));
		List<Group> groups = new ArrayList<>();
		for (Indicator.Group g : Indicator.Group.values()) {
			groups.add(new Group(g.name(), active.stream().filter(i -> i.group() == g)
				.map(i -> new Question(i.key(), i.text(locale), i.required()))
				.toList(), (int) active.stream().takeWhile(i -> i.group() != g).count()));
		}
		model.addAttribute("groups", groups);
		model.addAttribute("team", screenings.team(c.leadOrganisationId()));
		model.addAttribute("languages", Stream.concat(LanguageCodes.COMMON.stream(), REGIONAL_LANGUAGES.stream())
			.map(code -> new CasePages.Option(code, languageName(code, locale)))
			.toList());
		model.addAttribute("disciplines", Screening.Discipline.values());
		model.addAttribute("answers", Screening.Answer.values());
		model.addAttribute("outcomes", Screening.Outcome.values());
		model.addAttribute("routes", Screening.Route.values());
		model.addAttribute("maxMembers", ScreeningDesk.MAX_MEMBERS);
		return "cases/screening";
	}

	/** The name of the language a screening was held in, for the case page ({@code @screeningPages.language}). */
	public String language(String code, Locale reader) {
		return languageName(code, reader);
	}

	/** A language's name in the reader's language, with its code when the platform does not know it by name. */
	static String languageName(String code, Locale reader) {
		String name = LanguageCodes.name(code, reader);
		return name.equals(code) ? code : name + " (" + code + ")";
	}

	/**
	 * The indicators of one part of the definition (act, means, purpose), in the checklist's order;
	 * {@code offset} is the position of its first in the form's list of indicators, which the rows index.
	 */
	record Group(String name, List<Question> indicators, int offset) {
	}

	/** An indicator as the form asks it. */
	record Question(String key, String text, boolean required) {
	}
}
