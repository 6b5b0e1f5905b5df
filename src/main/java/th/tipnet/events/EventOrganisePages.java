package th.tipnet.events;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.Valid;
import jakarta.validation.constraints.Size;

import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.web.Downloads;
import th.tipnet.common.web.FormErrors;

/**
 * The organiser's side of an event: live counts that refresh themselves, check-in by typed code
 * (a phone at the door), approvals for invitation-only groups, finding a participant and moving them
 * onsite or online, editing the event, and the participant export. The public participant list
 * shows only those who agreed to appear in it.
 */
@Controller
@RequestMapping("/events/{slug}")
class EventOrganisePages {

	private static final List<String> HEADER = List.of("full_name", "organisation", "position", "group", "mode", "status",
			"waitlist_position", "email", "phone", "dietary_needs", "accessibility_needs", "consent_photos_live_stream",
			"consent_public_list", "ticket_code", "checked_in_at");

	private final EventPlanning planning;

	private final Registrar registrar;

	private final CheckIns checkIns;

	private final Participants registered;

	private final EventDocuments documents;

	private final ModeChanges modeChanges;

	private final Dates dates;

	private final ParticipantLists participants;

	EventOrganisePages(EventPlanning planning, Registrar registrar, CheckIns checkIns, Participants registered, EventDocuments documents,
			ModeChanges modeChanges, Dates dates, ParticipantLists participants) {
		this.checkIns = checkIns;
		this.registered = registered;
		this.participants = participants;
		this.dates = dates;
		this.planning = planning;
		this.registrar = registrar;
		this.documents = documents;
		this.modeChanges = modeChanges;
	}

	/**
	 * The organiser's page for the day: approvals waiting, then the participant list with its
	 * filters (status, group, mode, checked in: no personal data, so they may go in the URL), then
	 * check-in and the counts.
	 */
	@GetMapping("/organise")
	String organise(@PathVariable @Size(max = 80) String slug, @RequestParam(defaultValue = "false") boolean live,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) @Size(max = 40) String group,
			@RequestParam(required = false) AttendanceMode mode, @RequestParam(required = false) Boolean checkedIn,
			Model model, Locale locale) {
		// A search comes back after a move as a flash attribute: names and e-mails never go in a URL.
		return organisePage(slug, live, new ParticipantLists.Filter((String) model.getAttribute("q"), status, blank(group), mode,
				checkedIn), model, locale);
	}

	/** The participant search: posted, so what an organiser types (names, e-mails) stays out of URLs and logs. */
	@PostMapping("/organise/find")
	String find(@PathVariable @Size(max = 80) String slug, @RequestParam(required = false) @Size(max = 100) String q,
			@RequestParam(required = false) RegistrationStatus status, @RequestParam(required = false) @Size(max = 40) String group,
			@RequestParam(required = false) AttendanceMode mode, @RequestParam(required = false) Boolean checkedIn,
			Model model, Locale locale) {
		return organisePage(slug, false, new ParticipantLists.Filter(q, status, blank(group), mode, checkedIn), model, locale);
	}

	private static String blank(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	private String organisePage(String slug, boolean live, String q, Model model) {
		return organisePage(slug, live, new ParticipantLists.Filter(q, null, null, null, null), model,
				org.springframework.context.i18n.LocaleContextHolder.getLocale());
	}

	private String organisePage(String slug, boolean live, ParticipantLists.Filter filter, Model model, Locale locale) {
		Event event = managed(slug);
		model.addAttribute("q", filter.query());
		model.addAttribute("filter", filter);
		ParticipantLists.DayList people = participants.dayList(event.id(), filter, locale);
		model.addAttribute("found", people.shown());
		model.addAttribute("matching", people.matching());
		model.addAttribute("statuses", RegistrationStatus.values());
		model.addAttribute("modes", AttendanceMode.values());
		model.addAttribute("live", live);
		if (live) {
			// Counts refresh themselves without a script (the CSP allows none inline).
			model.addAttribute("refreshSeconds", 15);
		}
		model.addAttribute("event", event);
		model.addAttribute("stats", registered.stats(event.id()));
		model.addAttribute("pending", people.pending());
		return "events/organise";
	}

	/** Checks in by typed code; a refused code comes back on the page with its 4xx (unknown, cancelled, replaced). */
	@PostMapping("/organise/checkin")
	String checkIn(@PathVariable @Size(max = 80) String slug, @RequestParam(required = false) String code,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		Event event = managed(slug);
		return FormErrors.attempt(response, () -> {
			CheckIns.CheckIn result = checkIns.checkIn(event.id(), code);
			redirect.addFlashAttribute("checkedIn", result.registration().fullName());
			redirect.addFlashAttribute("firstTime", result.firstTime());
			redirect.addFlashAttribute("checkedInAt", result.at());
			return "redirect:/events/" + slug + "/organise";
		}, e -> {
			// Kept in the field, so a typo is corrected rather than typed again.
			model.addAttribute("typedCode", code);
			return refused(e, "checkInProblem", slug, null, model);
		});
	}

	/** Moves a confirmed participant to the other mode; a refusal (no seat there) is shown on the organise page. */
	@PostMapping("/organise/move/{registrationId}")
	String move(@PathVariable @Size(max = 80) String slug, @PathVariable UUID registrationId,
			@RequestParam(required = false) AttendanceMode mode, @RequestParam(required = false) @Size(max = 100) String q,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		Event event = managed(slug);
		return FormErrors.attempt(response, () -> {
			Registration r = modeChanges.move(event.id(), registrationId, mode);
			redirect.addFlashAttribute("moved", r.fullName());
			redirect.addFlashAttribute("movedTo", r.mode());
			if (q != null && !q.isBlank()) {
				redirect.addFlashAttribute("q", q);
			}
			return "redirect:/events/" + slug + "/organise#participants";
		},
				// The page again, with the search the organiser made, the reason and its 4xx: nothing moved.
				e -> refused(e, "moveProblem", slug, q, model));
	}

	/** The organise page again with the refusal's reason in its place (the status is set by {@link FormErrors#attempt}). */
	private String refused(DomainException e, String problem, String slug, String q, Model model) {
		model.addAttribute(problem, e.messageKey());
		return organisePage(slug, false, q, model);
	}

	@GetMapping("/organise/edit")
	String edit(@PathVariable @Size(max = 80) String slug, Model model) {
		Event event = managed(slug);
		model.addAttribute("form", EventForm.of(event, dates));
		return editPage(model, event);
	}

	@PostMapping("/organise/edit")
	String save(@PathVariable @Size(max = 80) String slug, @Valid @ModelAttribute("form") EventForm form,
			BindingResult result, Model model, HttpServletResponse response, RedirectAttributes redirect) {
		Event event = managed(slug);
		if (result.getTarget() == null) {
			// Not even readable (a tampered request): the form again, as it is stored.
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.asMap().remove(BindingResult.MODEL_KEY_PREFIX + "form");
			model.addAttribute("form", EventForm.of(event, dates));
			model.addAttribute("unreadable", true);
			return editPage(model, event);
		}
		return FormErrors.submit(result, response, () -> {
			planning.revise(event.id(), form.version(), form.revision());
			redirect.addFlashAttribute("eventSaved", true);
			return "redirect:/events/" + slug + "/organise";
		}, () -> editPage(model, planning.bySlug(slug)));
	}

	private String editPage(Model model, Event event) {
		model.addAttribute("event", event);
		model.addAttribute("stats", registered.stats(event.id()));
		return "events/edit";
	}

	@PostMapping("/organise/approve/{registrationId}")
	String approve(@PathVariable @Size(max = 80) String slug, @PathVariable UUID registrationId,
			RedirectAttributes redirect) {
		Event event = managed(slug);
		Registration r = registrar.approve(event.id(), registrationId);
		redirect.addFlashAttribute("approved", r.fullName());
		return "redirect:/events/" + slug + "/organise";
	}

	@GetMapping("/organise/participants.csv")
	ResponseEntity<byte[]> csv(@PathVariable @Size(max = 80) String slug) {
		Event event = managed(slug);
		return Downloads.attachment(Downloads.csv(HEADER, rows(event, "CSV")), event.slug() + "-participants.csv", Downloads.CSV);
	}

	@GetMapping("/organise/participants.xlsx")
	ResponseEntity<byte[]> xlsx(@PathVariable @Size(max = 80) String slug) {
		Event event = managed(slug);
		return Downloads.attachment(Downloads.xlsx("Participants", HEADER, rows(event, "XLSX")), event.slug() + "-participants.xlsx",
				Downloads.XLSX);
	}

	private List<List<?>> rows(Event event, String format) {
		return participants.export(event.id(), format).stream().map(this::row).toList();
	}

	@GetMapping("/organise/badges.pdf")
	ResponseEntity<byte[]> badges(@PathVariable @Size(max = 80) String slug, Locale locale) {
		Event event = managed(slug);
		return Downloads.attachment(documents.badges(event.id(), locale), event.slug() + "-badges.pdf", MediaType.APPLICATION_PDF);
	}

	@GetMapping("/organise/certificates.pdf")
	ResponseEntity<byte[]> certificates(@PathVariable @Size(max = 80) String slug) {
		Event event = managed(slug);
		return Downloads.attachment(documents.certificates(event.id()), event.slug() + "-certificates.pdf",
				MediaType.APPLICATION_PDF);
	}

	@GetMapping("/participants")
	String publicList(@PathVariable @Size(max = 80) String slug, Model model) {
		Event event = planning.visible(slug);
		model.addAttribute("event", event);
		model.addAttribute("participants", registered.publicList(event.id()));
		return "events/participants";
	}

	private List<?> row(Registration r) {
		Long position = registered.position(r);
		return List.of(r.fullName(), nz(r.organisationName()), nz(r.jobTitle()), r.groupCode(), r.mode().name(),
				r.status().name(), position == null ? "" : position, r.email(), nz(r.phone()), nz(r.dietaryNeeds()),
				nz(r.accessibilityNeeds()), r.consentMedia() ? "yes" : "no", r.consentPublicList() ? "yes" : "no",
				nz(r.ticketCode()), r.checkedInAt() == null ? "" : r.checkedInAt().toString());
	}

	private Event managed(String slug) {
		return planning.managed(planning.bySlug(slug).id());
	}


	private static String nz(String s) {
		return s == null ? "" : s;
	}
}
