package th.tipnet.cases;

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
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;

/**
 * The multidisciplinary team's screening form for a case awaiting screening: each member answers
 * every indicator, the team records the outcome. It goes through {@link Caseload#decideScreening}, the
 * API's own path, so the same mistake gets the same answer and nothing is stored on a refusal.
 */
@Controller
@RequestMapping("/cases/{id}/screening")
class ScreeningPages {

	private final Caseload caseload;

	private final Directory directory;

	ScreeningPages(Caseload caseload, Directory directory) {
		this.caseload = caseload;
		this.directory = directory;
	}

	@GetMapping
	String form(@PathVariable UUID id, Model model, Locale locale) {
		Case c = caseload.read(new CaseId(id), "screening-form");
		Actor me = Actor.current();
		String organisation = directory.organisation(c.leadOrganisationId()).map(o -> o.name(locale)).orElse(null);
		model.addAttribute("form", ScreeningForm.blank(c.version(), me.name(), organisation));
		return page(c, model);
	}

	/** One more row for a member, keeping everything typed so far; nothing is stored. */
	@PostMapping(params = "addMember")
	String addMember(@PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, Model model) {
		Case c = caseload.read(new CaseId(id), "screening-form");
		form.fillRows(Math.min(form.getMembers().size() + 1, Caseload.MAX_MEMBERS));
		return page(c, model);
	}

	@PostMapping
	String decide(@PathVariable UUID id, @ModelAttribute("form") ScreeningForm form, BindingResult result, Model model,
			HttpServletResponse response, RedirectAttributes redirect) {
		CaseId caseId = new CaseId(id);
		form.dropEmptyRows();
		if (FormErrors.invalid(result, response)) {
			return page(caseload.read(caseId, "screening-form"), model, form);
		}
		try {
			Case c = caseload.decideScreening(caseId, form.getVersion(), form.input());
			redirect.addFlashAttribute("screened", c.number().value());
			return "redirect:/cases/" + c.id();
		}
		catch (DomainException e) {
			if (e.status().value() == 404) {
				throw e;
			}
			FormErrors.reject(result, e, response);
			return page(caseload.read(caseId, "screening-form"), model, form);
		}
	}

	private String page(Case c, Model model, ScreeningForm form) {
		form.fillRows(1);
		return page(c, model);
	}

	private String page(Case c, Model model) {
		model.addAttribute("c", CaseView.of(c, caseload.screeningClock(c)));
		model.addAttribute("groups", List.of(Indicator.Group.values()).stream()
			.map(g -> new Group(g.name(), Indicator.ALL.stream().filter(i -> i.group() == g).toList(),
					(int) Indicator.ALL.stream().takeWhile(i -> i.group() != g).count()))
			.toList());
		model.addAttribute("disciplines", Screening.Discipline.values());
		model.addAttribute("answers", Screening.Answer.values());
		model.addAttribute("outcomes", Screening.Outcome.values());
		model.addAttribute("routes", Screening.Route.values());
		model.addAttribute("maxMembers", Caseload.MAX_MEMBERS);
		return "cases/screening";
	}

	/**
	 * The indicators of one part of the definition (act, means, purpose), in the checklist's order;
	 * {@code offset} is the position of its first in {@link Indicator#ALL}, which the form's rows index.
	 */
	record Group(String name, List<Indicator> indicators, int offset) {
	}
}
