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

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * The secretariat's pages to open a round and to revise one with its categories. A new round's form
 * starts from the newest round's categories, a year later. A refusal comes back on the form, each
 * field's reason beside it, with its 4xx status.
 */
@Controller
class RoundEditPages {

	private final Awards awards;

	private final RoundDesk desk;

	private final Dates dates;

	private final CeremonyDesk ceremonies;

	RoundEditPages(Awards awards, RoundDesk desk, Dates dates, CeremonyDesk ceremonies) {
		this.ceremonies = ceremonies;
		this.awards = awards;
		this.desk = desk;
		this.dates = dates;
	}

	@GetMapping("/awards/new-round")
	String newRound(Model model, Locale locale) {
		requireSecretariat();
		RoundForm form = awards.rounds().stream().findFirst().map(r -> RoundForm.of(r, dates, locale)).orElseGet(RoundForm::new);
		form.getCategories().forEach(c -> c.setId(null));
		if (form.getYearBe() != null) {
			form.setYearBe(String.valueOf(Integer.parseInt(form.getYearBe()) + 1));
		}
		form.setNominationsOpen(null);
		form.setNominationsClose(null);
		form.setJudgingOpen(null);
		form.setJudgingClose(null);
		form.setAnnouncement(null);
		form.setVersion(0);
		if (form.getCategories().isEmpty()) {
			form.getCategories().add(new RoundForm.CategoryForm());
		}
		model.addAttribute("form", form);
		return page(model, null);
	}

	@PostMapping("/awards/new-round")
	String open(@ModelAttribute("form") RoundForm form, BindingResult result, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		requireSecretariat();
		try {
			AwardRound round = desk.open(form.plan());
			redirect.addFlashAttribute("saved", "opened");
			return "redirect:/awards/rounds/" + round.id();
		}
		catch (DomainException e) {
			if (e.status().value() == 403) {
				throw e;
			}
			FormErrors.reject(result, e, response);
		}
		return page(model, null);
	}

	@GetMapping("/awards/rounds/{id}/edit")
	String edit(@PathVariable UUID id, Model model, Locale locale) {
		requireSecretariat();
		AwardRound round = awards.round(new RoundId(id));
		RoundForm form = RoundForm.of(round, dates, locale);
		form.setCeremonyEvent(ceremonies.eventAddress(round.id()));
		model.addAttribute("form", form);
		return page(model, round);
	}

	@PostMapping("/awards/rounds/{id}/edit")
	String revise(@PathVariable UUID id, @ModelAttribute("form") RoundForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		requireSecretariat();
		AwardRound round = awards.round(new RoundId(id));
		try {
			// The ceremony's event is checked first, so an unknown address changes nothing.
			var ceremony = ceremonies.eventAt(form.getCeremonyEvent());
			desk.revise(round.id(), form.getVersion(), form.plan(), form.categoryIds());
			ceremonies.holdAt(round.id(), ceremony);
			redirect.addFlashAttribute("saved", "revised");
			return "redirect:/awards/rounds/" + id;
		}
		catch (DomainException e) {
			if (e.status().value() == 403 || e.status().value() == 404) {
				throw e;
			}
			FormErrors.reject(result, e, response);
		}
		return page(model, round);
	}

	private String page(Model model, AwardRound round) {
		model.addAttribute("round", round == null ? null : new Heading(round.id().value(), round.titleTh(), round.titleEn(),
				round.yearBe()));
		model.addAttribute("kinds", NomineeKind.values());
		return "awards/round-edit";
	}

	private static void requireSecretariat() {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
	}

	/** The round being revised, as the page's heading names it. */
	record Heading(UUID id, String titleTh, String titleEn, int yearBe) {
	}
}
