package th.tipnet.cases;

import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
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

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;

/**
 * The group intake form (made for a phone on a boat's deck: a row per person, one more row per
 * tap), saving it unfinished and resuming it elsewhere with its checklist, the organisation's
 * unfinished intakes, and an operation's page with its cases and the possible earlier cases of its
 * persons. {@link GroupIntakes} and {@link UnfinishedIntakes} decide; these only render.
 */
@Controller
@RequestMapping("/cases")
class GroupIntakePages {

	private static final Pattern PERSON_FIELD = Pattern.compile("persons\\[(\\d+)]\\.([A-Za-z]+).*");

	private final GroupIntakes intakes;

	private final UnfinishedIntakes drafts;

	private final PossibleMatches matches;

	private final Caseload caseload;

	private final Directory directory;

	private final Dates dates;

	private final MessageSource messages;

	GroupIntakePages(GroupIntakes intakes, UnfinishedIntakes drafts, PossibleMatches matches, Caseload caseload,
			Directory directory, Dates dates, MessageSource messages) {
		this.intakes = intakes;
		this.drafts = drafts;
		this.matches = matches;
		this.caseload = caseload;
		this.directory = directory;
		this.dates = dates;
		this.messages = messages;
	}

	@GetMapping("/group")
	String form(@RequestParam(required = false) UUID draft, Model model, Locale locale) {
		if (draft == null) {
			model.addAttribute("form", GroupForm.blank(dates.typed(caseload.now())));
			return page(model, locale, List.of());
		}
		UnfinishedIntakes.Draft d = drafts.read(draft);
		model.addAttribute("form", GroupForm.of(d.content(), d.draft().id(), d.draft().version()));
		model.addAttribute("draft", IntakeDraftsApi.DraftSummary.of(d.draft()));
		return page(model, locale, d.missing());
	}

	@PostMapping("/group")
	String submit(@ModelAttribute("form") GroupForm form, BindingResult result,
			@RequestParam(defaultValue = "open") String action, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		if ("add".equals(action)) {
			form.fillRows();
			form.addRow();
			model.addAttribute("focusRow", form.getPersons().size() - 1);
			return page(model, locale, List.of());
		}
		form.dropBlankRows();
		return FormErrors.submit(result, response, () -> {
			if ("save".equals(action)) {
				UnfinishedIntakes.Draft d = form.getDraftId() == null ? drafts.start(form.intake())
						: drafts.save(form.getDraftId(), version(form), form.intake());
				redirect.addFlashAttribute("draftSaved", true);
				return "redirect:/cases/group?draft=" + d.draft().id();
			}
			GroupIntakes.Opened opened = form.getDraftId() == null ? intakes.open(form.intake(), null)
					: drafts.submit(form.getDraftId(), version(form), form.intake());
			redirect.addFlashAttribute("openedCount", opened.cases().size());
			return "redirect:/cases/operations/" + opened.operation().id();
		}, () -> {
			form.fillRows();
			return page(model, locale, List.of());
		});
	}

	@GetMapping("/drafts")
	String unfinished(Model model) {
		model.addAttribute("drafts", drafts.list().stream().map(IntakeDraftsApi.DraftSummary::of).toList());
		return "cases/drafts";
	}

	@GetMapping("/operations/{id}")
	String operation(@PathVariable UUID id, Model model, Locale locale) {
		GroupIntakes.Opened o = intakes.read(new OperationId(id), "page");
		model.addAttribute("persons", o.operation().persons());
		model.addAttribute("openedAt", o.operation().openedAt());
		model.addAttribute("cases", o.cases().stream().map(c -> CaseView.Summary.of(c, caseload.screeningClock(c))).toList());
		List<PossibleMatches.Match> found = matches.of(o.cases(), Actor.current(), locale);
		model.addAttribute("matches", o.cases().stream()
			.map(c -> new Flag(c.number().value(), found.stream().filter(m -> m.caseId().equals(c.id().value())).toList()))
			.filter(f -> !f.matches().isEmpty())
			.toList());
		return "cases/operation";
	}

	private static long version(GroupForm form) {
		if (form.getDraftVersion() == null) {
			throw DomainException.invalid("draftVersion", "cases.error.version");
		}
		return form.getDraftVersion();
	}

	private String page(Model model, Locale locale, List<Violation> missing) {
		model.addAttribute("channels", Channel.values());
		model.addAttribute("exploitationTypes", Exploitation.values());
		model.addAttribute("genders", Gender.values());
		model.addAttribute("nameKinds", NameKind.values());
		model.addAttribute("provinces", directory.provinceNames(locale).stream()
			.map(p -> new CasePages.Option(p.code().value(), p.name(locale)))
			.toList());
		List<CasePages.Option> usual = CasePages.USUAL_NATIONALITIES.stream()
			.map(c -> new CasePages.Option(c, CasePages.country(c, locale)))
			.toList();
		model.addAttribute("countries", java.util.stream.Stream.concat(usual.stream(), Arrays.stream(Locale.getISOCountries())
			.filter(c -> !CasePages.USUAL_NATIONALITIES.contains(c))
			.map(c -> new CasePages.Option(c, CasePages.country(c, locale)))
			.sorted(Comparator.comparing(CasePages.Option::label, java.text.Collator.getInstance(locale)))).toList());
		model.addAttribute("thai", "th".equals(locale.getLanguage()));
		model.addAttribute("checklist", missing.stream().map(v -> checkItem(v, locale)).toList());
		return "cases/group";
	}

	/** A line of the checklist: where on the form, and what is missing there, in the reader's language. */
	private CheckItem checkItem(Violation v, Locale locale) {
		String field = v.field() == null ? "" : v.field();
		String what = messages.getMessage(v.messageKey(), v.arguments(), v.messageKey(), locale);
		Matcher person = PERSON_FIELD.matcher(field);
		String label;
		if (person.matches()) {
			label = messages.getMessage("cases.group.person", new Object[] { Integer.parseInt(person.group(1)) + 1 }, locale)
					+ " · " + fieldLabel(person.group(2), locale);
		}
		else {
			label = fieldLabel(field.split("[\\[.]", 2)[0], locale);
		}
		String anchor = person.matches() && "names".equals(person.group(2)) && !field.contains("names[")
				? field.replaceAll("[\\[\\]]", "") + "0.name" : field.replaceAll("[\\[\\]]", "");
		return new CheckItem(anchor, label, what);
	}

	private String fieldLabel(String field, Locale locale) {
		return messages.getMessage("cases.group.field." + field, null, field, locale);
	}

	record CheckItem(String anchor, String label, String message) {
	}

	/** A case of the operation whose person may have been met before, and where. */
	record Flag(String caseNumber, List<PossibleMatches.Match> matches) {
	}
}
