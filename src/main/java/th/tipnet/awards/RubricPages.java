package th.tipnet.awards;

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

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * The secretariat's rubric editor for one category: the criteria as rows, an empty row to add one.
 * A locked rubric (a judge has scored the category) is shown read-only with why; a refusal comes
 * back on the form, each field's reason beside it, with its 4xx status.
 */
@Controller
class RubricPages {

	private final RubricDesk desk;

	RubricPages(RubricDesk desk) {
		this.desk = desk;
	}

	@GetMapping("/awards/rounds/{id}/categories/{categoryId}/rubric")
	String rubric(@PathVariable UUID id, @PathVariable UUID categoryId, Model model, Locale locale) {
		requireSecretariat();
		RubricDesk.Rubric rubric = desk.rubric(new RoundId(id), categoryId);
		model.addAttribute("form", RubricForm.of(rubric.criteria()));
		return page(model, rubric, locale);
	}

	@PostMapping("/awards/rounds/{id}/categories/{categoryId}/rubric")
	String revise(@PathVariable UUID id, @PathVariable UUID categoryId, @ModelAttribute("form") RubricForm form,
			BindingResult result, Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		requireSecretariat();
		RubricDesk.Rubric rubric = desk.rubric(new RoundId(id), categoryId);
		form.dropEmptyRows();
		return FormErrors.submit(result, response, () -> {
			desk.revise(new RoundId(id), categoryId, form.planned());
			redirect.addFlashAttribute("rubricSaved", true);
			return "redirect:/awards/rounds/" + id + "/categories/" + categoryId + "/rubric";
		}, () -> {
			form.addEmptyRow();
			return page(model, rubric, locale);
		});
	}

	private static String page(Model model, RubricDesk.Rubric rubric, Locale locale) {
		model.addAttribute("heading", new Heading(rubric.round().id().value(), rubric.round().title(locale),
				rubric.category().id(), rubric.category().name(locale)));
		model.addAttribute("locked", rubric.locked());
		model.addAttribute("maxCriteria", RubricDesk.MAX_CRITERIA);
		model.addAttribute("maxWeight", Criterion.MAX_WEIGHT);
		return "awards/rubric";
	}

	/** The round and category the page edits, named in the reader's language. */
	record Heading(UUID roundId, String round, UUID categoryId, String category) {
	}

	private static void requireSecretariat() {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
	}
}
