package th.tipnet.events;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

import org.springframework.context.MessageSource;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import com.fasterxml.jackson.annotation.JsonInclude;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import io.swagger.v3.oas.annotations.responses.ApiResponse;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.ItemsPage;
import th.tipnet.common.web.Versions;

/** Events over the API: list, read, plan; register (idempotent), cancel; organisers' lists and counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Events")
class EventsApi {

	private final EventPlanning planning;

	private final Registrar registrar;

	private final CheckIns checkIns;

	private final Participants registered;

	private final Tickets tickets;

	private final Offers offers;

	private final ModeChanges modeChanges;

	private final ParticipantLists participants;

	private final RegistrationThrottle throttle;

	private final MessageSource messages;

	EventsApi(EventPlanning planning, Registrar registrar, CheckIns checkIns, Participants registered, Tickets tickets,
			Offers offers, ModeChanges modeChanges,
			ParticipantLists participants, RegistrationThrottle throttle, MessageSource messages) {
		this.checkIns = checkIns;
		this.registered = registered;
		this.participants = participants;
		this.throttle = throttle;
		this.messages = messages;
		this.planning = planning;
		this.registrar = registrar;
		this.tickets = tickets;
		this.offers = offers;
		this.modeChanges = modeChanges;
	}

	@GetMapping("/events")
	@Operation(summary = "Published events, newest first")
	ItemsPage<EventView> list() {
		List<EventView> items = planning.published().stream().map(EventView::of).toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/events/{id}")
	ResponseEntity<EventView> get(@PathVariable UUID id) {
		Event event = planning.visible(id);
		return ResponseEntity.ok().eTag(etag(event)).body(EventView.of(event, planning.mayManage(event)));
	}

	@PutMapping("/events/{id}")
	@Operation(summary = "Change an event (its organisers): texts, times, venue, links, capacities, registration window "
			+ "and group quotas (groups by code; those left out keep theirs). Send its version or If-Match. A capacity or "
			+ "quota below the seats already taken is refused naming the field; freed seats are offered to the waiting lists.")
	ResponseEntity<EventView> revise(@PathVariable UUID id, @Valid @RequestBody EventChange body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		long version = Versions.expected(body.version(), ifMatch);
		Event event = planning.revise(id, version, body.revision());
		return ResponseEntity.ok().eTag(etag(event)).body(EventView.of(event, true));
	}

	@PostMapping("/events/{id}/cancel")
	@Operation(summary = "Call an event off (its organisers), with an optional reason: registration closes, no seat is "
			+ "offered any more, and everyone still registered is e-mailed in their own language after the commit. Send its "
			+ "version or If-Match; 409 when it is already cancelled or the version is stale.")
	ResponseEntity<EventView> cancel(@PathVariable UUID id, @Valid @RequestBody EventCancellation body,
			@RequestHeader(name = HttpHeaders.IF_MATCH, required = false) String ifMatch) {
		// Who may first: anyone else learns nothing of the event, not even that a version is missing.
		planning.managed(id);
		long version = Versions.expected(body.version(), ifMatch);
		Event event = planning.cancel(id, version, body.reason());
		return ResponseEntity.ok().eTag(etag(event)).body(EventView.of(event, true));
	}

	@PostMapping("/events/{id}/registrations/{registrationId}/mode")
	@Operation(summary = "Move a confirmed participant onsite or online (its organisers): 409 when that mode has no seat "
			+ "for their group. Their ticket is reissued (the old one is revoked) and the seat they leave is offered on.")
	RegistrationView move(@PathVariable UUID id, @PathVariable UUID registrationId, @Valid @RequestBody ModeChange body) {
		Registration r = modeChanges.move(id, registrationId, body.mode());
		return RegistrationView.of(r, registered.position(r));
	}

	@PostMapping("/registrations/offer/accept")
	@Operation(summary = "Accept the seat offered from the waiting list, with the private manage token: CONFIRMED, "
			+ "or 409 when the offer has lapsed or is no longer open")
	Map<String, Object> acceptOffer(@Valid @RequestBody CancelRequest body) {
		Registration r = offers.accept(body.token());
		if (r.status() == RegistrationStatus.OFFER_EXPIRED) {
			// The lapse is committed (the seat went on); the participant is told why nothing was confirmed.
			throw DomainException.conflict("events.offer.expired");
		}
		return Map.of("registrationId", r.id(), "status", r.status());
	}

	@PostMapping("/registrations/offer/decline")
	@Operation(summary = "Decline the seat offered from the waiting list (the registration ends); it goes to the next in line")
	Map<String, Object> declineOffer(@Valid @RequestBody CancelRequest body) {
		Registration r = offers.decline(body.token());
		return Map.of("registrationId", r.id(), "status", r.status());
	}

	@PostMapping("/events")
	@Operation(summary = "Plan an event (event organisers for their organisation; coordinators)")
	ResponseEntity<EventView> create(@Valid @RequestBody NewEvent body) {
		Event event = planning.plan(body.plan());
		return ResponseEntity.status(HttpStatus.CREATED).eTag(etag(event)).body(EventView.of(event, true));
	}

	@PostMapping("/events/{id}/registrations")
	@Operation(summary = "Register for an event: CONFIRMED, WAITLISTED (with position) or PENDING_APPROVAL. "
			+ "Send an Idempotency-Key to make retries safe.",
			description = "An e-mail already registered for the event is answered 202 with status CHECK_EMAIL and "
					+ "nothing of that registration; its private link is e-mailed to that address, in the request's "
					+ "language. An Idempotency-Key (at most 100 characters) replays the first answer (200, without "
					+ "the manage token) only to the same caller (the signed-in user, else the client's address) for "
					+ "the same body; the same key with another body is 422 naming Idempotency-Key. Limited per client "
					+ "address and per event (tipnet.events.registration-limit.*): 429 with Retry-After in seconds.",
			responses = {
					@ApiResponse(responseCode = "201", description = "Registered: registrationId, status, waitlistPosition, manageToken (shown once)"),
					@ApiResponse(responseCode = "200", description = "An Idempotency-Key retry by the same caller with the same body"),
					@ApiResponse(responseCode = "202", description = "The e-mail was already registered: status CHECK_EMAIL, detail; the link went by e-mail"),
					@ApiResponse(responseCode = "422", description = "A field refused (named in errors), registration closed, or an Idempotency-Key reused for another body"),
					@ApiResponse(responseCode = "429", description = "Too many registrations from this address or for this event a minute; see Retry-After") })
	ResponseEntity<Map<String, Object>> register(@PathVariable UUID id, @RequestBody NewRegistration body,
			@Parameter(description = "Makes retries safe; at most 100 characters", schema = @Schema(maxLength = 100))
			@RequestHeader(name = "Idempotency-Key", required = false) String idempotencyKey,
			HttpServletRequest request, Locale locale) {
		throttle.admit(request.getRemoteAddr(), id);
		Registrar.Outcome outcome = registrar.register(id, body.applicant(), idempotencyKey);
		if (outcome.alreadyRegistered()) {
			Map<String, Object> sent = new LinkedHashMap<>();
			sent.put("status", "CHECK_EMAIL");
			sent.put("detail", messages.getMessage("events.checkMail.lead", null, locale));
			return ResponseEntity.status(HttpStatus.ACCEPTED).header("Cache-Control", "no-store").body(sent);
		}
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("registrationId", outcome.registration().id());
		out.put("status", outcome.registration().status());
		out.put("waitlistPosition", outcome.waitlistPosition());
		if (outcome.manageToken() != null) {
			// Shown once: the participant's private key to change or cancel.
			out.put("manageToken", outcome.manageToken());
		}
		return ResponseEntity.status(outcome.created() ? HttpStatus.CREATED : HttpStatus.OK)
			.header("Cache-Control", "no-store")
			.body(out);
	}

	@PostMapping("/registrations/cancel")
	@Operation(summary = "Cancel a registration with its private manage token")
	Map<String, Object> cancel(@Valid @RequestBody CancelRequest body) {
		Registration r = registrar.cancel(body.token());
		return Map.of("registrationId", r.id(), "status", r.status());
	}

	@GetMapping("/events/{id}/registrations")
	@Operation(summary = "All registrations of an event (its organisers); each read is audited (PARTICIPANTS_READ)")
	ItemsPage<RegistrationView> registrations(@PathVariable UUID id) {
		List<RegistrationView> items = participants.all(id)
			.stream()
			.map(r -> RegistrationView.of(r, registered.position(r)))
			.toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/events/{id}/stats")
	@Operation(summary = "Counts per mode and group (its organisers)")
	EventStats stats(@PathVariable UUID id) {
		return registered.stats(planning.managed(id).id());
	}

	@GetMapping("/events/{id}/ticket-key")
	@Operation(summary = "The event's Ed25519 public key (raw, base64url): scanners verify tickets with it offline")
	Map<String, String> ticketKey(@PathVariable UUID id) {
		Event event = planning.byId(id);
		return Map.of("algorithm", "Ed25519", "format", "raw-base64url", "publicKey", tickets.publicKey(event.id()));
	}

	@PostMapping("/events/{id}/checkins")
	@Operation(summary = "Check a participant in by signed ticket or typed code; repeating it is harmless. "
			+ "An online participant's ticket is refused (409): they attend through their personal join link")
	Map<String, Object> checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest body) {
		CheckIns.CheckIn result = checkIns.checkIn(planning.managedAtTheDoor(id), body.code());
		Registration r = result.registration();
		Map<String, Object> out = new LinkedHashMap<>();
		out.put("registrationId", r.id());
		out.put("fullName", r.fullName());
		out.put("groupCode", r.groupCode());
		out.put("mode", r.mode());
		out.put("firstTime", result.firstTime());
		out.put("checkedInAt", result.at());
		return out;
	}

	@GetMapping("/events/{id}/revocations")
	@Operation(summary = "Tickets for scanners to refuse while offline: every ticket of a cancelled registration "
			+ "(serial null), and replaced tickets (serial and typed code) of participants who changed mode")
	ItemsPage<Revocation> revocations(@PathVariable UUID id) {
		Event event = planning.managed(id);
		List<Revocation> items = checkIns.revoked(event.id());
		return new ItemsPage<>(items, items.size());
	}

	private static String etag(Event event) {
		return "\"" + event.version() + "\"";
	}

	record CheckInRequest(@NotBlank @Size(max = 200) String code) {
	}

	record EventView(UUID id, String slug, EventType type, String titleTh, String titleEn, String descriptionTh,
			String descriptionEn, Instant startsAt, Instant endsAt, String venueName, String venueRoom, String venueAddress,
			String venueMapUrl, String liveStreamUrl, @JsonInclude(JsonInclude.Include.NON_NULL) String meetingUrl,
			int onsiteCapacity, int onlineCapacity, Instant registrationOpensAt, Instant registrationClosesAt,
			List<AgendaItem> agenda, List<ParticipantGroup> groups, EventStatus status,
			@JsonInclude(JsonInclude.Include.NON_NULL) String cancellationReason, long version) {

		static EventView of(Event e) {
			return of(e, false);
		}

		/** The meeting link only for the event's managers (participants get it once confirmed). */
		static EventView of(Event e, boolean manager) {
			EventRevision r = EventRevision.of(e);
			return new EventView(e.id(), e.slug(), e.type(), e.titleTh(), e.titleEn(), e.descriptionTh(), e.descriptionEn(),
					e.startsAt(), e.endsAt(), e.venueName(), e.venueRoom(), e.venueAddress(), e.venueMapUrl(),
					e.liveStreamUrl(), manager ? r.meetingUrl() : null, e.onsiteCapacity(), e.onlineCapacity(),
					e.registrationOpensAt(), e.registrationClosesAt(), e.agenda(), e.groups(), e.status(), e.cancellationReason(),
					e.version());
		}
	}

	record RegistrationView(UUID id, String fullName, String organisationName, String jobTitle, String groupCode,
			AttendanceMode mode, String status, Long waitlistPosition, Instant offerExpiresAt, String email, String phone,
			String dietaryNeeds, String accessibilityNeeds, boolean consentMedia, boolean consentPublicList,
			Instant createdAt) {

		static RegistrationView of(Registration r, Long position) {
			return new RegistrationView(r.id(), r.fullName(), r.organisationName(), r.jobTitle(), r.groupCode(), r.mode(),
					r.status().name(), position, r.offerExpiresAt(), r.email(), r.phone(), r.dietaryNeeds(),
					r.accessibilityNeeds(), r.consentMedia(), r.consentPublicList(), r.createdAt());
		}
	}

	record ModeChange(@NotNull AttendanceMode mode) {
	}

	/** An event's editable fields and the version changed (or If-Match). */
	record EventChange(@Size(max = 300) String titleTh, @Size(max = 300) String titleEn,
			@Size(max = 4000) String descriptionTh, @Size(max = 4000) String descriptionEn, Instant startsAt,
			Instant endsAt, @Size(max = 300) String venueName, @Size(max = 200) String venueRoom,
			@Size(max = 500) String venueAddress, @Size(max = 500) String venueMapUrl,
			@Size(max = 500) String liveStreamUrl, @Size(max = 500) String meetingUrl, Integer onsiteCapacity,
			Integer onlineCapacity, Instant registrationOpensAt, Instant registrationClosesAt,
			@Size(max = 50) List<EventRevision.GroupQuota> groups, Long version) {

		EventRevision revision() {
			return new EventRevision(titleTh, titleEn, descriptionTh, descriptionEn, startsAt, endsAt, venueName, venueRoom,
					venueAddress, venueMapUrl, liveStreamUrl, meetingUrl, onsiteCapacity, onlineCapacity,
					registrationOpensAt, registrationClosesAt, groups);
		}
	}

	/**
	 * The limits here document the API; the {@link Registrar} checks each field itself (with the
	 * field named in the user's language), so the busiest endpoint skips a second validation pass.
	 */
	record NewRegistration(@Size(max = 200) String fullName, @Size(max = 300) String organisationName,
			@Size(max = 200) String jobTitle, @Size(max = 40) String groupCode, AttendanceMode mode,
			@Size(max = 254) String email, @Size(max = 40) String phone, @Size(max = 300) String dietaryNeeds,
			@Size(max = 300) String accessibilityNeeds, @Size(max = 2) String language, Boolean consentPrivacy,
			Boolean consentMedia, Boolean consentPublicList) {

		Applicant applicant() {
			return new Applicant(fullName, organisationName, jobTitle, groupCode, mode, email, phone, dietaryNeeds,
					accessibilityNeeds, language == null ? "th" : language, Boolean.TRUE.equals(consentPrivacy),
					Boolean.TRUE.equals(consentMedia), Boolean.TRUE.equals(consentPublicList));
		}
	}

	/** Calling an event off: why (shown to registrants), and the version cancelled (or If-Match). */
	record EventCancellation(@Size(max = 500) String reason, Long version) {
	}

	record CancelRequest(@NotBlank @Size(max = 100) String token) {
	}

	record NewEvent(@Size(max = 80) String slug, EventType type, @Size(max = 300) String titleTh,
			@Size(max = 300) String titleEn, @Size(max = 4000) String descriptionTh, @Size(max = 4000) String descriptionEn,
			Instant startsAt, Instant endsAt, @Size(max = 300) String venueName, @Size(max = 200) String venueRoom,
			@Size(max = 500) String venueAddress, @Size(max = 500) String venueMapUrl,
			@Size(max = 500) String liveStreamUrl, @Size(max = 500) String meetingUrl, Integer onsiteCapacity,
			Integer onlineCapacity, Instant registrationOpensAt, Instant registrationClosesAt, UUID ownerOrganisationId,
			@Size(max = 20) Set<UUID> organiserIds, @Size(max = 50) List<AgendaItem> agenda,
			@Size(max = 50) List<ParticipantGroup> groups) {

		EventPlan plan() {
			return new EventPlan(slug, type, titleTh, titleEn, descriptionTh, descriptionEn, startsAt, endsAt, venueName,
					venueRoom, venueAddress, venueMapUrl, liveStreamUrl, meetingUrl, onsiteCapacity == null ? 0 : onsiteCapacity,
					onlineCapacity == null ? 0 : onlineCapacity, registrationOpensAt, registrationClosesAt,
					ownerOrganisationId, organiserIds, agenda, groups);
		}
	}
}
