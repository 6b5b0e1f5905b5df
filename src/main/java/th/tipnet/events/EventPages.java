package th.tipnet.events;

import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.Locale;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.validation.constraints.Size;

import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.Languages;
import th.tipnet.common.PublicUrl;
import th.tipnet.common.TooManyRequests;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;

/**
 * The public side of events: the list, an event's page with its calendar file, registration
 * without an account, and a participant's private page to see and cancel their registration.
 */
@Controller
@RequestMapping("/events")
class EventPages {

	private final EventPlanning planning;

	private final Registrar registrar;

	private final Participants registered;

	private final EventDocuments documents;

	private final java.util.List<EventPageLinks> pageLinks;

	private final Offers offers;

	private final Clock clock;

	private final th.tipnet.common.MemberDetails members;

	private final th.tipnet.directory.Directory directory;

	private final Attendance attendance;

	private final RegistrationThrottle throttle;

	private final PublicUrl site;

	private final ConfirmationReceipts receipts;

	EventPages(EventPlanning planning, Registrar registrar, Participants registered, EventDocuments documents,
			java.util.List<EventPageLinks> pageLinks, Offers offers, Clock clock,
			th.tipnet.common.MemberDetails members, th.tipnet.directory.Directory directory, Attendance attendance,
			RegistrationThrottle throttle, PublicUrl site, ConfirmationReceipts receipts) {
		this.registered = registered;
		this.receipts = receipts;
		this.attendance = attendance;
		this.throttle = throttle;
		this.site = site;
		this.members = members;
		this.directory = directory;
		this.planning = planning;
		this.registrar = registrar;
		this.documents = documents;
		this.pageLinks = pageLinks;
		this.offers = offers;
		this.clock = clock;
	}

	/** Upcoming events first (soonest first), then past ones (latest first); a planner's drafts above them. */
	@GetMapping
	String list(Model model) {
		java.time.Instant now = clock.instant();
		java.util.List<Event> listed = planning.listed();
		java.util.List<Event> upcoming = new java.util.ArrayList<>(listed.stream().filter(e -> !e.over(now)).toList());
		java.util.Collections.reverse(upcoming);
		model.addAttribute("upcoming", upcoming);
		model.addAttribute("past", listed.stream().filter(e -> e.over(now)).toList());
		model.addAttribute("drafts", planning.drafts());
		model.addAttribute("mayPlan", planning.mayPlanEvents());
		return "events/list";
	}

	@GetMapping("/{slug}")
	String event(@PathVariable @Size(max = 80) String slug, Model model) {
		Event event = planning.visible(slug);
		model.addAttribute("event", event);
		model.addAttribute("stats", registered.stats(event.id()));
		model.addAttribute("open", event.registrationOpen(clock.instant()));
		boolean manages = planning.mayManage(event);
		model.addAttribute("manages", manages);
		model.addAttribute("pageLinks", pageLinks.stream().flatMap(l -> l.linksFor(EventSummary.of(event), manages).stream()).toList());
		return "events/event";
	}

	@GetMapping("/{slug}/calendar.ics")
	ResponseEntity<byte[]> calendar(@PathVariable @Size(max = 80) String slug, Locale locale) {
		Event event = planning.visible(slug);
		String page = site.of("/events/" + event.slug());
		return ResponseEntity.ok()
			.contentType(new MediaType("text", "calendar", StandardCharsets.UTF_8))
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(event.slug() + ".ics").build().toString())
			.body(EventCalendar.ics(event, locale, page, clock.instant()).getBytes(StandardCharsets.UTF_8));
	}

	@GetMapping("/{slug}/register")
	String registerForm(@PathVariable @Size(max = 80) String slug, Model model, Locale locale) {
		Event event = planning.visible(slug);
		model.addAttribute("event", event);
		model.addAttribute("form", members.signedInMember().map(m -> RegistrationForm.forMember(m,
				m.organisationId() == null ? null : directory.summary(th.tipnet.directory.OrganisationId.of(m.organisationId())).map(o -> o.name(locale)).orElse(null),
				locale)).orElseGet(() -> RegistrationForm.empty(locale)));
		model.addAttribute("open", event.registrationOpen(clock.instant()));
		return "events/register";
	}

	@PostMapping("/{slug}/register")
	String register(@PathVariable @Size(max = 80) String slug, @ModelAttribute("form") RegistrationForm form, Model model,
			HttpServletRequest request, HttpServletResponse response, RedirectAttributes redirect) {
		Event event = planning.visible(slug);
		model.addAttribute("event", event);
		model.addAttribute("open", event.registrationOpen(clock.instant()));
		try {
			throttle.admit(request.getRemoteAddr(), event.id());
			Registrar.Outcome outcome = registrar.register(event.id(), form.applicant(), null);
			if (outcome.alreadyRegistered()) {
				// Nothing of that registration is shown: whoever typed the address may not own it.
				return "events/registration-sent";
			}
			redirect.addFlashAttribute("justRegistered", true);
			return "redirect:/events/registration/" + outcome.manageToken();
		}
		catch (TooManyRequests e) {
			response.setStatus(e.status().value());
			response.setHeader(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()));
			model.addAttribute("problem", e.messageKey());
			model.addAttribute("problemArgs", e.arguments());
			return "events/register";
		}
		catch (InvalidInput e) {
			response.setStatus(e.status().value());
			model.addAttribute("violations", e.violations());
			return "events/register";
		}
		catch (DomainException e) {
			response.setStatus(e.status().value());
			model.addAttribute("problem", e.messageKey());
			return "events/register";
		}
	}

	/**
	 * The participant's private page: reachable only through the link they were given. When a seat
	 * is offered to them it is also the offer page, where they accept or decline it (the e-mail's
	 * links say which they chose: {@code answer}).
	 */
	@GetMapping("/registration/{token}")
	String registration(@PathVariable @Size(max = 100) String token,
			@RequestParam(required = false) @Size(max = 10) String answer, Model model) {
		Registration r = registered.byToken(token);
		Event event = planning.byId(r.eventId());
		model.addAttribute("event", event);
		model.addAttribute("registration", r);
		model.addAttribute("position", registered.position(r));
		model.addAttribute("group", event.group(r.groupCode()).orElseThrow());
		model.addAttribute("token", token);
		model.addAttribute("offerOpen", r.offerOpenAt(clock.instant()));
		model.addAttribute("answer", "decline".equals(answer) ? "decline" : "accept");
		model.addAttribute("mailedAt", receipts.mailedAt(r).orElse(null));
		boolean online = r.mode() == AttendanceMode.ONLINE;
		model.addAttribute("online", online);
		boolean live = event.status() != EventStatus.CANCELLED;
		model.addAttribute("eventLive", live);
		// An online participant has nothing to show at a desk: their page leads to the meeting and the stream.
		if (r.status() == RegistrationStatus.CONFIRMED && !online && live) {
			String ticket = registered.ticketOf(r);
			model.addAttribute("ticketQr", "data:image/png;base64,"
					+ java.util.Base64.getEncoder().encodeToString(Tickets.qrPng(ticket, 280)));
		}
		model.addAttribute("certificateReady", Attendance.attended(r) && attendance.started(event));
		model.addAttribute("joinUrl", r.mode() == AttendanceMode.ONLINE && r.status() == RegistrationStatus.CONFIRMED
				&& event.meetingUrl() != null ? "/events/registration/" + token + "/join" : null);
		return "events/registration";
	}

	/**
	 * The personal join link: while the session is open it records attendance and sends the
	 * participant to the meeting; before or after, a page says when it opens (nothing recorded).
	 */
	@GetMapping("/registration/{token}/join")
	String join(@PathVariable @Size(max = 100) String token, Model model) {
		Attendance.Join join = attendance.join(token);
		if (join.session() == Attendance.Session.OPEN) {
			return "redirect:" + join.meetingUrl();
		}
		model.addAttribute("event", join.event());
		model.addAttribute("sessionState", join.session().name());
		model.addAttribute("opensAt", join.opensAt());
		model.addAttribute("minutesBefore", java.time.Duration.between(join.opensAt(), join.event().startsAt()).toMinutes());
		model.addAttribute("token", token);
		return "events/join";
	}

	/** A participant's own certificate of attendance: once the event has started, if they attended. */
	@GetMapping("/registration/{token}/certificate.pdf")
	ResponseEntity<byte[]> certificate(@PathVariable @Size(max = 100) String token) {
		Registration r = registered.byToken(token);
		Event event = planning.byId(r.eventId());
		byte[] pdf = documents.certificate(r);
		return ResponseEntity.ok()
			.contentType(MediaType.APPLICATION_PDF)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(event.slug() + "-certificate.pdf").build().toString())
			.body(pdf);
	}

	/** Accepts a held seat; a refusal (the offer is no longer open) comes back on the page with its 4xx, nothing changed. */
	@PostMapping("/registration/{token}/offer/accept")
	String acceptOffer(@PathVariable @Size(max = 100) String token, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		try {
			Registration r = offers.accept(token);
			redirect.addFlashAttribute(r.status() == RegistrationStatus.CONFIRMED ? "offerAccepted" : "offerLapsed", true);
			return "redirect:/events/registration/" + token;
		}
		catch (DomainException e) {
			return offerRefused(token, e, model, response);
		}
	}

	@PostMapping("/registration/{token}/offer/decline")
	String declineOffer(@PathVariable @Size(max = 100) String token, RedirectAttributes redirect, Model model,
			HttpServletResponse response) {
		try {
			offers.decline(token);
			redirect.addFlashAttribute("offerDeclined", true);
			return "redirect:/events/registration/" + token;
		}
		catch (DomainException e) {
			return offerRefused(token, e, model, response);
		}
	}

	private String offerRefused(String token, DomainException e, Model model, HttpServletResponse response) {
		if (e.status() == HttpStatus.NOT_FOUND) {
			throw e;
		}
		response.setStatus(e.status().value());
		model.addAttribute("offerProblem", e.messageKey());
		return registration(token, null, model);
	}

	/** Asks before cancelling: what is lost (the seat goes to the next in line). */
	@GetMapping("/registration/{token}/cancel")
	String confirmCancel(@PathVariable @Size(max = 100) String token, Model model) {
		Registration r = registered.byToken(token);
		model.addAttribute("event", planning.byId(r.eventId()));
		model.addAttribute("registration", r);
		model.addAttribute("token", token);
		return "events/cancel-registration";
	}

	/** Cancels only when confirmed on the confirmation page; otherwise that page, as a 400, and nothing changes. */
	@PostMapping("/registration/{token}/cancel")
	String cancel(@PathVariable @Size(max = 100) String token, @RequestParam(required = false) @Size(max = 10) String confirm,
			RedirectAttributes redirect, Model model, HttpServletResponse response) {
		if (!"yes".equals(confirm)) {
			response.setStatus(HttpServletResponse.SC_BAD_REQUEST);
			model.addAttribute("confirmRequired", true);
			return confirmCancel(token, model);
		}
		registrar.cancel(token);
		redirect.addFlashAttribute("cancelled", true);
		return "redirect:/events/registration/" + token;
	}

	record RegistrationForm(String fullName, String organisationName, String jobTitle, String groupCode, String mode,
			String email, String phone, String dietaryNeeds, String accessibilityNeeds, String language,
			Boolean consentPrivacy, Boolean consentMedia, Boolean consentPublicList) {

		static RegistrationForm empty(Locale locale) {
			return new RegistrationForm(null, null, null, null, "ONSITE", null, null, null, null,
					Languages.pick(locale, "th", "en"), false, false, false);
		}

		/** A signed-in member's form: what the network knows of them is filled in; consents never are. */
		static RegistrationForm forMember(th.tipnet.common.MemberDetails.Member member, String organisationName, Locale locale) {
			return new RegistrationForm(member.displayName(), organisationName, null, null, "ONSITE", member.email(), null,
					null, null, Languages.pick(locale, "th", "en"), false, false, false);
		}

		Applicant applicant() {
			AttendanceMode attendance = null;
			try {
				attendance = mode == null ? null : AttendanceMode.valueOf(mode);
			}
			catch (IllegalArgumentException unknown) {
				// reported by the registrar as "mode required"
			}
			// An unticked box sends nothing: absent means no.
			return new Applicant(fullName, organisationName, jobTitle, groupCode, attendance, email, phone, dietaryNeeds,
					accessibilityNeeds, language, Boolean.TRUE.equals(consentPrivacy), Boolean.TRUE.equals(consentMedia),
					Boolean.TRUE.equals(consentPublicList));
		}
	}
}
