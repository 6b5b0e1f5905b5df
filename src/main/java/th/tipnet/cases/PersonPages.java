package th.tipnet.cases;

import java.lang.Character.UnicodeScript;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

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

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.LanguageCodes;

/**
 * A case's person on a page: read by whoever {@link PersonRecords} lets read it (the lead
 * organisation, or one whose accepted referral shares the PERSON section), changed by the lead
 * organisation's case workers on a form that {@link PersonRecords#describe} checks as it checks the
 * API's body. Anybody else finds no such page.
 */
@Controller
@RequestMapping("/cases/{id}/person")
class PersonPages {

	/** Scripts the network's people write their names in; any other is shown as "other". */
	static final Set<UnicodeScript> SCRIPTS = Set.of(UnicodeScript.THAI, UnicodeScript.MYANMAR, UnicodeScript.KHMER,
			UnicodeScript.LAO, UnicodeScript.LATIN);

	private final PersonRecords persons;

	private final CasePages casePages;

	PersonPages(PersonRecords persons, CasePages casePages) {
		this.persons = persons;
		this.casePages = casePages;
	}

	/** A name as the page lists it, with the script it is written in. */
	record NameLine(String name, String kind, String script) {
	}

	/** An identity document as the page lists it, the issuing country named in the reader's language. */
	record DocumentLine(String kind, String number, String country) {
	}

	@GetMapping
	String show(@PathVariable UUID id, Model model, Locale locale) {
		PersonRecords.Shown shown = persons.show(new CaseId(id), "person-page");
		PersonView p = shown.person();
		model.addAttribute("shown", shown);
		model.addAttribute("p", p);
		model.addAttribute("names", p.names().stream().map(n -> new NameLine(n.name(), n.kind(), script(n.name()))).toList());
		model.addAttribute("birth", casePages.birthText(p.birth(), locale));
		model.addAttribute("gender", Gender.of(p.gender()).map(Enum::name).orElse(Gender.UNKNOWN.name()));
		model.addAttribute("nationalityNames", p.nationalities().stream().map(n -> CasePages.country(n, locale)).toList());
		model.addAttribute("documents", p.documents().stream()
			.map(d -> new DocumentLine(d.kind(), d.number(), d.issuingCountry() == null ? null : CasePages.country(d.issuingCountry(), locale)))
			.toList());
		model.addAttribute("languageNames", p.languages().stream().map(l -> LanguageCodes.name(l, locale)).toList());
		return "cases/person";
	}

	@GetMapping("/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		PersonRecords.Shown shown = editable(id);
		model.addAttribute("form", PersonForm.of(shown.person(), "th".equals(locale.getLanguage())));
		return form(shown, model, locale);
	}

	@PostMapping
	String describe(@PathVariable UUID id, @ModelAttribute("form") PersonForm form, BindingResult result, Model model,
			Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		return FormErrors.submit(result, response, () -> {
			persons.describe(new CaseId(id), form.getVersion(), form.details());
			redirect.addFlashAttribute("described", true);
			return "redirect:/cases/" + id + "/person";
		}, e -> e instanceof InvalidInput invalid ? form.onRows(invalid) : e, () -> {
			form.fillRows();
			return form(editable(id), model, locale);
		});
	}

	/** The person for the form: the lead organisation's case roles only, "not found" for anybody else. */
	private PersonRecords.Shown editable(UUID id) {
		PersonRecords.Shown shown = persons.show(new CaseId(id), "person-form");
		if (!shown.editable()) {
			throw DomainException.notFound("case");
		}
		return shown;
	}

	private String form(PersonRecords.Shown shown, Model model, Locale locale) {
		model.addAttribute("shown", shown);
		CasePages.personChoices(model, locale);
		model.addAttribute("sexes", Sex.values());
		model.addAttribute("documentKinds", IdentityDocument.Kind.values());
		model.addAttribute("contactKinds", Contact.Kind.values());
		model.addAttribute("usualLanguages", LanguageCodes.COMMON.stream()
			.map(code -> new CasePages.Option(code, LanguageCodes.name(code, locale)))
			.toList());
		return "cases/person-form";
	}

	/** The script most of the name's letters are written in (THAI, MYANMAR, KHMER, LAO, LATIN), or OTHER. */
	static String script(String name) {
		return name.codePoints()
			.filter(Character::isLetter)
			.mapToObj(UnicodeScript::of)
			.collect(java.util.stream.Collectors.groupingBy(s -> s, java.util.stream.Collectors.counting()))
			.entrySet()
			.stream()
			.max(java.util.Map.Entry.comparingByValue())
			.map(e -> SCRIPTS.contains(e.getKey()) ? e.getKey().name() : "OTHER")
			.orElse("OTHER");
	}
}
