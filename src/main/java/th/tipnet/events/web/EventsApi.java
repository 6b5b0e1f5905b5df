package th.tipnet.events.web;

import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.validation.Valid;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Size;

import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.tags.Tag;

import th.tipnet.common.web.ItemsPage;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.Event;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventStats;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.events.Registrar;
import th.tipnet.events.Registration;
import th.tipnet.events.Tickets;

/** Events over the API: list, read, plan; register (idempotent), cancel; organisers' lists and counts. */
@RestController
@RequestMapping("/api/v1")
@Tag(name = "Events")
class EventsApi {

	private final EventPlanning planning;

	private final Registrar registrar;

	private final Tickets tickets;

	EventsApi(EventPlanning planning, Registrar registrar, Tickets tickets) {
		this.planning = planning;
		this.registrar = registrar;
		this.tickets = tickets;
	}

	@GetMapping("/events")
	@Operation(summary = "Published events, newest first")
	ItemsPage<EventView> list() {
		List<EventView> items = planning.published().stream().map(EventView::of).toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/events/{id}")
	EventView get(@PathVariable UUID id) {
		return EventView.of(planning.byId(id));
	}

	@PostMapping("/events")
	@Operation(summary = "Plan an event (event organisers for their organisation; coordinators)")
	ResponseEntity<EventView> create(@Valid @RequestBody NewEvent body) {
		Event event = planning.plan(body.plan());
		return ResponseEntity.status(HttpStatus.CREATED).body(EventView.of(event));
	}

	@PostMapping("/events/{id}/registrations")
	@Operation(summary = "Register for an event: CONFIRMED, WAITLISTED (with position) or PENDING_APPROVAL. "
			+ "Send an Idempotency-Key to make retries safe.")
	ResponseEntity<Map<String, Object>> register(@PathVariable UUID id, @Valid @RequestBody NewRegistration body,
			@RequestHeader(name = "Idempotency-Key", required = false) @Size(max = 100) String idempotencyKey) {
		Registrar.Outcome outcome = registrar.register(id, body.applicant(), idempotencyKey);
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
	@Operation(summary = "All registrations of an event (its organisers)")
	ItemsPage<RegistrationView> registrations(@PathVariable UUID id) {
		Event event = planning.managed(id);
		List<RegistrationView> items = registrar.registrations(event.id())
			.stream()
			.map(r -> RegistrationView.of(r, registrar.position(r)))
			.toList();
		return new ItemsPage<>(items, items.size());
	}

	@GetMapping("/events/{id}/stats")
	@Operation(summary = "Counts per mode and group (its organisers)")
	EventStats stats(@PathVariable UUID id) {
		return registrar.stats(planning.managed(id).id());
	}

	@GetMapping("/events/{id}/ticket-key")
	@Operation(summary = "The event's Ed25519 public key (raw, base64url): scanners verify tickets with it offline")
	Map<String, String> ticketKey(@PathVariable UUID id) {
		Event event = planning.byId(id);
		return Map.of("algorithm", "Ed25519", "format", "raw-base64url", "publicKey", tickets.publicKey(event.id()));
	}

	@PostMapping("/events/{id}/checkins")
	@Operation(summary = "Check a participant in by signed ticket or typed code; repeating it is harmless")
	Map<String, Object> checkIn(@PathVariable UUID id, @Valid @RequestBody CheckInRequest body) {
		Event event = planning.managed(id);
		Registrar.CheckIn result = registrar.checkIn(event.id(), body.code());
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
	@Operation(summary = "Cancelled tickets, for scanners to refuse while offline")
	ItemsPage<Map<String, Object>> revocations(@PathVariable UUID id) {
		Event event = planning.managed(id);
		List<Map<String, Object>> items = registrar.revoked(event.id())
			.stream()
			.map(r -> Map.<String, Object>of("registrationId", r.id(), "ticketCode", r.ticketCode()))
			.toList();
		return new ItemsPage<>(items, items.size());
	}

	record CheckInRequest(@NotBlank @Size(max = 200) String code) {
	}

	record EventView(UUID id, String slug, EventType type, String titleTh, String titleEn, Instant startsAt,
			Instant endsAt, String venueName, String venueRoom, String liveStreamUrl, int onsiteCapacity,
			int onlineCapacity, Instant registrationOpensAt, Instant registrationClosesAt, List<AgendaItem> agenda,
			List<ParticipantGroup> groups) {

		static EventView of(Event e) {
			return new EventView(e.id(), e.slug(), e.type(), e.titleTh(), e.titleEn(), e.startsAt(), e.endsAt(),
					e.venueName(), e.venueRoom(), e.liveStreamUrl(), e.onsiteCapacity(), e.onlineCapacity(),
					e.registrationOpensAt(), e.registrationClosesAt(), e.agenda(), e.groups());
		}
	}

	record RegistrationView(UUID id, String fullName, String organisationName, String jobTitle, String groupCode,
			AttendanceMode mode, String status, Long waitlistPosition, String email, String phone, String dietaryNeeds,
			String accessibilityNeeds, boolean consentMedia, boolean consentPublicList, Instant createdAt) {

		static RegistrationView of(Registration r, Long position) {
			return new RegistrationView(r.id(), r.fullName(), r.organisationName(), r.jobTitle(), r.groupCode(), r.mode(),
					r.status().name(), position, r.email(), r.phone(), r.dietaryNeeds(), r.accessibilityNeeds(),
					r.consentMedia(), r.consentPublicList(), r.createdAt());
		}
	}

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
