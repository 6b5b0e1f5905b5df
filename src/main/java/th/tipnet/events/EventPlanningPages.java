package th.tipnet.events;

import java.text.Collator;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BeanPropertyBindingResult;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Actor;
import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * Organisers plan events in the browser: a new event is a draft only they see, until they publish
 * it; they may cancel it after a confirmation that says how many registrants will be e-mailed.
 * Who may do what is decided by {@link EventPlanning}, as for the API.
 */
@Controller
class EventPlanningPages {

	private final EventPlanning planning;

	private final Directory directory;

	EventPlanningPages(EventPlanning planning, Directory directory) {
		this.planning = planning;
		this.directory = directory;
	}

	@GetMapping("/events/new")
	String newEvent(Model model, Locale locale) {
		model.addAttribute("form", NewEventForm.empty(planning.mayPlanForAny() ? null : Actor.current().organisationId()));
		return newPage(model, locale);
	}

	@PostMapping("/events/new")
	String create(@Valid @ModelAttribute("form") NewEventForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		if (result.getTarget() == null) {
			// Not even readable (a tampered request): a blank form again.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("unreadable", true);
			return newEvent(model, locale);
		}
		// Planners outside the network's coordination plan for their own organisation only.
		UUID owner = planning.mayPlanForAny() ? form.ownerOrganisationId() : Actor.current().organisationId();
		if (FormErrors.invalid(result, response)) {
			return newPage(model, locale);
		}
		return FormErrors.attempt(response, () -> {
			Event event = planning.draft(form.plan(owner));
			redirect.addFlashAttribute("drafted", true);
			return "redirect:/events/" + event.slug() + "/organise";
		}, e -> {
			// Shown again with filled rows first, so a row's number in an error is the row on the page.
			NewEventForm shown = form.withSpareRows();
			BindingResult errors = new BeanPropertyBindingResult(shown, "form");
			FormErrors.reject(errors, e, response);
			model.addAttribute("form", shown);
			model.addAttribute(BindingResult.MODEL_KEY_PREFIX + "form", errors);
			return newPage(model, locale);
		});
	}

	private String newPage(Model model, Locale locale) {
		boolean any = planning.mayPlanForAny();
		model.addAttribute("chooseOwner", any);
		Collator thai = Collator.getInstance(locale);
		List<OrganisationSummary> organisations = directory.summaries()
			.stream()
			.sorted(Comparator.comparing((OrganisationSummary o) -> o.name(locale), thai))
			.toList();
		model.addAttribute("organisations", organisations);
		model.addAttribute("ownOrganisation",
				any ? null : directory.summary(OrganisationId.of(Actor.current().organisationId())).map(o -> o.name(locale)).orElse(null));
		model.addAttribute("types", EventType.values());
		return "events/new";
	}

	@PostMapping("/events/{slug}/organise/publish")
	String publish(@PathVariable @Size(max = 80) String slug, @RequestParam(defaultValue = "-1") long version,
			RedirectAttributes redirect) {
		Event event = planning.managed(planning.bySlug(slug).id());
		planning.publish(event.id(), version);
		redirect.addFlashAttribute("published", true);
		return "redirect:/events/" + slug + "/organise";
	}

	/** Asks first: what cancelling does, how many registrants will be e-mailed, an optional reason. */
	@GetMapping("/events/{slug}/organise/cancel")
	String confirmCancel(@PathVariable @Size(max = 80) String slug, Model model) {
		Event event = planning.managed(planning.bySlug(slug).id());
		return cancelPage(event, null, model);
	}

	@PostMapping("/events/{slug}/organise/cancel")
	String cancel(@PathVariable @Size(max = 80) String slug, @RequestParam(defaultValue = "-1") long version,
			@RequestParam(required = false) @Size(max = 2000) String reason,
			@RequestParam(required = false) @Size(max = 10) String confirm, Model model, HttpServletResponse response,
			RedirectAttributes redirect) {
		Event event = planning.managed(planning.bySlug(slug).id());
		model.addAttribute("reason", reason);
		if (!"yes".equals(confirm)) {
			// Nothing happens without the explicit confirmation.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			return cancelPage(event, "events.cancelEvent.confirmRequired", model);
		}
		return FormErrors.attempt(response, () -> {
			planning.cancel(event.id(), version, reason);
			redirect.addFlashAttribute("eventCancelled", true);
			return "redirect:/events/" + slug + "/organise";
		}, e -> {
			if (e instanceof th.tipnet.common.InvalidInput invalid) {
				model.addAttribute("problemArgs", invalid.violations().get(0).arguments());
				return cancelPage(event, invalid.violations().get(0).messageKey(), model);
			}
			return cancelPage(planning.bySlug(slug), e.messageKey(), model);
		});
	}

	private String cancelPage(Event event, String problem, Model model) {
		model.addAttribute("event", event);
		model.addAttribute("registrants", planning.stillRegistered(event.id()));
		model.addAttribute("problem", problem);
		return "events/cancel-event";
	}
}
