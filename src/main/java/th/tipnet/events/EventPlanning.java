package th.tipnet.events;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.regex.Pattern;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import static th.tipnet.common.InputRules.text;
import static th.tipnet.common.InputRules.url;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * Puts events on the calendar and says who manages them: an event organiser manages its own
 * organisation's events; network coordinators and system administrators all.
 */
@Service
public class EventPlanning {

	private static final Pattern SLUG = Pattern.compile("[a-z0-9][a-z0-9-]{2,79}");

	/** Paths under /events that are pages, not events. */
	private static final Set<String> RESERVED_SLUGS = Set.of("new", "registration");

	private static final Pattern CODE = Pattern.compile("[A-Z][A-Z0-9_]{1,39}");

	private static final Pattern CLOCK = Pattern.compile("([01][0-9]|2[0-3]):[0-5][0-9]");

	private final Events events;

	private final EventSnapshots snapshots;

	private final Directory directory;

	private final AuditTrail audit;

	private final EventLocks locks;

	private final Seats seats;

	private final WaitingList waitingList;

	private final Registrations registrations;

	private final ApplicationEventPublisher publisher;

	private final Clock clock;

	EventPlanning(Events events, Directory directory, AuditTrail audit, EventLocks locks, Seats seats,
			WaitingList waitingList, EventSnapshots snapshots, Registrations registrations,
			ApplicationEventPublisher publisher, Clock clock) {
		this.registrations = registrations;
		this.publisher = publisher;
		this.clock = clock;
		this.snapshots = snapshots;
		this.events = events;
		this.directory = directory;
		this.audit = audit;
		this.locks = locks;
		this.seats = seats;
		this.waitingList = waitingList;
	}

	@Transactional(readOnly = true)
	public List<Event> published() {
		return events.findByStatusOrderByStartsAtDesc(EventStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public Event bySlug(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> DomainException.notFound("event"));
	}

	@Transactional(readOnly = true)
	public Event byId(UUID id) {
		return events.findById(id).orElseThrow(() -> DomainException.notFound("event"));
	}

	/** May the current user manage this event (see its registrations, counts, check-in)? */
	public boolean mayManage(Event event) {
		if (CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR")) {
			return true;
		}
		return CurrentUser.hasRole("EVENT_ORGANISER") && event.organiserIds().contains(Actor.current().organisationId());
	}

	/** The event, if the current user manages it; "forbidden" otherwise. */
	@Transactional(readOnly = true)
	public Event managed(UUID id) {
		return managing(byId(id));
	}

	/**
	 * {@link #managed} at the door, where every scan counts: checked against the event as last
	 * seen in memory (who organises an event hardly ever changes) instead of loading it again.
	 */
	public UUID managedAtTheDoor(UUID id) {
		return managing(snapshots.current(id)).id();
	}

	private Event managing(Event event) {
		if (!CurrentUser.hasRole("SYSTEM_ADMIN") && !CurrentUser.hasRole("NETWORK_COORDINATOR")
				&& !CurrentUser.hasRole("EVENT_ORGANISER")) {
			throw DomainException.forbidden();
		}
		if (!mayManage(event)) {
			throw DomainException.forbidden();
		}
		return event;
	}

	@Transactional
	public Event plan(EventPlan plan) {
		mayPlan(plan);
		check(plan);
		Event event = events.save(Event.plan(plan));
		audit.record("Event", event.id(), "EVENT_PLANNED", Changes.none().note("slug", event.slug()));
		return event;
	}

	/**
	 * A plan made in the browser: checked and authorised as {@link #plan}, kept as a draft that only
	 * its managers see until one of them publishes it.
	 */
	@Transactional
	public Event draft(EventPlan plan) {
		mayPlan(plan);
		check(plan);
		Event event = events.save(Event.draft(plan));
		audit.record("Event", event.id(), "EVENT_DRAFTED", Changes.none().note("slug", event.slug()));
		return event;
	}

	/** Event organisers for their own organisation; coordinators and administrators for any. */
	private static void mayPlan(EventPlan plan) {
		boolean network = CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR");
		boolean organiser = CurrentUser.hasRole("EVENT_ORGANISER")
				&& plan.ownerOrganisationId() != null && plan.ownerOrganisationId().equals(Actor.current().organisationId());
		if (!network && !organiser) {
			throw DomainException.forbidden();
		}
	}

	/** May the current user plan events at all (the events list offers "New event")? */
	public boolean mayPlanEvents() {
		return CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR")
				|| CurrentUser.hasRole("EVENT_ORGANISER");
	}

	/** May the current user plan events, and for which organisation ({@code null}: any, they choose)? */
	public boolean mayPlanForAny() {
		return CurrentUser.hasRole("SYSTEM_ADMIN") || CurrentUser.hasRole("NETWORK_COORDINATOR");
	}

	/** Its managers make a draft public: registration opens as planned. */
	@Transactional
	public Event publish(UUID id, long expectedVersion) {
		Event event = managed(id);
		if (event.version() != expectedVersion) {
			throw DomainException.staleVersion();
		}
		if (event.status() != EventStatus.DRAFT) {
			throw DomainException.conflict("events.publish.notDraft");
		}
		event.publish(clock.instant());
		audit.record("Event", event.id(), "EVENT_PUBLISHED", Changes.none().field("status", EventStatus.DRAFT, EventStatus.PUBLISHED));
		snapshots.forget(event.id());
		return event;
	}

	/**
	 * Its managers call the event off, with a reason if they give one: registration closes, no seat
	 * is offered any more, and everyone still registered (confirmed, waiting, offered a seat or
	 * awaiting approval) is e-mailed after the commit, each in their own language.
	 */
	@Transactional
	public Event cancel(UUID id, long expectedVersion, String reason) {
		Event event = managed(id);
		if (event.version() != expectedVersion) {
			throw DomainException.staleVersion();
		}
		List<Violation> v = new ArrayList<>();
		String why = reason == null || reason.isBlank() ? null : reason.strip();
		text(v, "reason", why, 500, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		event = locks.lock(id);
		if (event.version() != expectedVersion) {
			throw DomainException.staleVersion();
		}
		if (event.status() == EventStatus.CANCELLED) {
			throw DomainException.conflict("events.cancelEvent.already");
		}
		EventStatus before = event.status();
		event.cancel(why, clock.instant());
		List<Registration> told = registrations.findByEventIdOrderByCreatedAt(event.id())
			.stream()
			.filter(r -> STILL_REGISTERED.contains(r.status()))
			.toList();
		told.forEach(r -> publisher.publishEvent(new EventCancellationDue(r.id())));
		audit.record("Event", event.id(), "EVENT_CANCELLED", Changes.none()
			.field("status", before, EventStatus.CANCELLED)
			.note("reason", why)
			.note("registrantsNotified", told.size()));
		snapshots.forget(event.id());
		return event;
	}

	private static final Set<RegistrationStatus> STILL_REGISTERED = Set.of(RegistrationStatus.CONFIRMED,
			RegistrationStatus.WAITLISTED, RegistrationStatus.OFFERED, RegistrationStatus.PENDING_APPROVAL);

	/** How many would be told if the event were cancelled now (the confirmation page says it). */
	@Transactional(readOnly = true)
	public long stillRegistered(UUID id) {
		Event event = managed(id);
		return registrations.findByEventIdOrderByCreatedAt(event.id())
			.stream()
			.filter(r -> STILL_REGISTERED.contains(r.status()))
			.count();
	}

	/** The event as the public may see it: a draft only to its managers, to everyone else it does not exist. */
	@Transactional(readOnly = true)
	public Event visible(String slug) {
		return visible(bySlug(slug));
	}

	/** {@link #visible(String)} by id, for the API. */
	@Transactional(readOnly = true)
	public Event visible(UUID id) {
		return visible(byId(id));
	}

	private Event visible(Event event) {
		if (event.status() == EventStatus.DRAFT && !mayManage(event)) {
			throw DomainException.notFound("event");
		}
		return event;
	}

	/** Published and cancelled events, newest first: the events list splits them into upcoming and past. */
	@Transactional(readOnly = true)
	public List<Event> listed() {
		return events.findByStatusInOrderByStartsAtDesc(Set.of(EventStatus.PUBLISHED, EventStatus.CANCELLED));
	}

	/** The drafts the current user manages (none for anyone else). */
	@Transactional(readOnly = true)
	public List<Event> drafts() {
		if (!CurrentUser.hasRole("SYSTEM_ADMIN") && !CurrentUser.hasRole("NETWORK_COORDINATOR")
				&& !CurrentUser.hasRole("EVENT_ORGANISER")) {
			return List.of();
		}
		return events.findByStatusOrderByStartsAtDesc(EventStatus.DRAFT).stream().filter(this::mayManage).toList();
	}

	/** Without permission checks: the demo data at start-up. */
	@Transactional
	Event planAsSystem(EventPlan plan) {
		check(plan);
		Event event = events.save(Event.plan(plan));
		audit.recordAs(Actor.SYSTEM, "Event", event.id(), "EVENT_PLANNED", Changes.none().note("slug", event.slug()));
		return event;
	}

	boolean exists(String slug) {
		return events.existsBySlug(slug);
	}

	/** Is an event whose slug starts with {@code prefix} still to end after {@code now}? */
	boolean anyAhead(String prefix, java.time.Instant now) {
		return events.existsBySlugStartingWithAndEndsAtAfter(prefix, now);
	}

	/**
	 * The event's managers change it. A capacity or group quota below the seats already taken
	 * (confirmed and held by offers) is refused naming the field, and nothing changes; seats freed by
	 * a raised capacity or quota are offered to the waiting lists. Audited field by field.
	 */
	@Transactional
	public Event revise(UUID id, long expectedVersion, EventRevision revision) {
		Event event = managed(id);
		if (event.version() != expectedVersion) {
			throw DomainException.staleVersion();
		}
		EventRevision change = revision.normalised();
		List<Violation> v = new ArrayList<>();
		checkDetails(v, change);
		for (int i = 0; i < change.groups().size(); i++) {
			String code = change.groups().get(i).code();
			if (code == null || event.group(code).isEmpty()) {
				v.add(new Violation("groups[" + i + "].code", "events.group.unknown"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		event = locks.lock(id);
		if (event.version() != expectedVersion) {
			throw DomainException.staleVersion();
		}
		checkNotBelowTaken(event, change);
		EventRevision before = EventRevision.of(event);
		event.revise(change);
		Changes changes = changes(before, EventRevision.of(event));
		if (!changes.isEmpty()) {
			audit.record("Event", event.id(), "EVENT_REVISED", changes);
		}
		for (AttendanceMode mode : AttendanceMode.values()) {
			waitingList.offerFreeSeats(event, mode, null);
		}
		snapshots.forget(event.id());
		return event;
	}

	/** Under the event's lock: no capacity or quota may fall below the seats already taken. */
	private void checkNotBelowTaken(Event event, EventRevision change) {
		List<Violation> v = new ArrayList<>();
		for (AttendanceMode mode : AttendanceMode.values()) {
			int taken = seats.taken(event.id(), mode, Tallies.WHOLE_MODE);
			if (change.capacity(mode) < taken) {
				v.add(new Violation(field(mode) + "Capacity", "events.capacity.belowTaken", taken));
			}
			for (int i = 0; i < change.groups().size(); i++) {
				EventRevision.GroupQuota q = change.groups().get(i);
				Integer quota = q.quota(mode);
				int groupTaken = seats.taken(event.id(), mode, q.code());
				if (quota != null && quota < groupTaken) {
					v.add(new Violation("groups[" + i + "]." + field(mode) + "Quota", "events.quota.belowTaken", groupTaken));
				}
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	private static String field(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? "onsite" : "online";
	}

	private static Changes changes(EventRevision a, EventRevision b) {
		Changes c = Changes.none()
			.field("titleTh", a.titleTh(), b.titleTh())
			.field("titleEn", a.titleEn(), b.titleEn())
			.field("descriptionTh", a.descriptionTh(), b.descriptionTh())
			.field("descriptionEn", a.descriptionEn(), b.descriptionEn())
			.field("startsAt", a.startsAt(), b.startsAt())
			.field("endsAt", a.endsAt(), b.endsAt())
			.field("venueName", a.venueName(), b.venueName())
			.field("venueRoom", a.venueRoom(), b.venueRoom())
			.field("venueAddress", a.venueAddress(), b.venueAddress())
			.field("venueMapUrl", a.venueMapUrl(), b.venueMapUrl())
			.field("liveStreamUrl", a.liveStreamUrl(), b.liveStreamUrl())
			// The meeting link is for confirmed participants only: that it changed, not what to.
			.field("meetingUrl", a.meetingUrl() == null ? null : "(set)", b.meetingUrl() == null ? null
					: java.util.Objects.equals(a.meetingUrl(), b.meetingUrl()) ? "(set)" : "(changed)")
			.field("onsiteCapacity", a.onsiteCapacity(), b.onsiteCapacity())
			.field("onlineCapacity", a.onlineCapacity(), b.onlineCapacity())
			.field("registrationOpensAt", a.registrationOpensAt(), b.registrationOpensAt())
			.field("registrationClosesAt", a.registrationClosesAt(), b.registrationClosesAt());
		for (int i = 0; i < a.groups().size(); i++) {
			EventRevision.GroupQuota from = a.groups().get(i);
			EventRevision.GroupQuota to = b.groups().get(i);
			c.field("groups." + from.code() + ".onsiteQuota", from.onsiteQuota(), to.onsiteQuota())
				.field("groups." + from.code() + ".onlineQuota", from.onlineQuota(), to.onlineQuota());
		}
		return c;
	}

	private void check(EventPlan p) {
		List<Violation> v = new ArrayList<>();
		if (p.slug() == null || !SLUG.matcher(p.slug()).matches() || RESERVED_SLUGS.contains(p.slug())) {
			v.add(new Violation("slug", "events.slug.format"));
		}
		else if (events.existsBySlug(p.slug())) {
			v.add(new Violation("slug", "events.slug.taken"));
		}
		if (p.type() == null) {
			v.add(new Violation("type", "error.required"));
		}
		checkDetails(v, EventRevision.of(p));
		if (p.ownerOrganisationId() == null || !directory.organisationExists(OrganisationId.of(p.ownerOrganisationId()))) {
			v.add(new Violation("ownerOrganisationId", "identity.organisation.outOfScope"));
		}
		for (UUID o : p.organiserIds()) {
			if (!directory.organisationExists(OrganisationId.of(o))) {
				v.add(new Violation("organiserIds", "identity.organisation.outOfScope"));
				break;
			}
		}
		for (int i = 0; i < p.agenda().size(); i++) {
			AgendaItem a = p.agenda().get(i);
			if (a.startsAt() == null || !CLOCK.matcher(a.startsAt()).matches()) {
				v.add(new Violation("agenda[" + i + "].startsAt", "events.agenda.time"));
			}
			text(v, "agenda[" + i + "].titleTh", a.titleTh(), 300, true);
			text(v, "agenda[" + i + "].titleEn", a.titleEn(), 300, true);
		}
		if (p.groups().isEmpty()) {
			v.add(new Violation("groups", "events.group.required"));
		}
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < p.groups().size(); i++) {
			ParticipantGroup g = p.groups().get(i);
			if (g.code() == null || !CODE.matcher(g.code()).matches() || !codes.add(g.code())) {
				v.add(new Violation("groups[" + i + "].code", "events.group.code"));
			}
			text(v, "groups[" + i + "].nameTh", g.nameTh(), 300, true);
			text(v, "groups[" + i + "].nameEn", g.nameEn(), 300, true);
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	/** What a new plan and a revision share: texts, links, times, capacities, and quotas within capacities. */
	private static void checkDetails(List<Violation> v, EventRevision p) {
		text(v, "titleTh", p.titleTh(), 300, true);
		text(v, "titleEn", p.titleEn(), 300, true);
		text(v, "descriptionTh", p.descriptionTh(), 4000, false);
		text(v, "descriptionEn", p.descriptionEn(), 4000, false);
		text(v, "venueName", p.venueName(), 300, false);
		text(v, "venueRoom", p.venueRoom(), 200, false);
		text(v, "venueAddress", p.venueAddress(), 500, false);
		url(v, "venueMapUrl", p.venueMapUrl());
		url(v, "liveStreamUrl", p.liveStreamUrl());
		url(v, "meetingUrl", p.meetingUrl());
		if (p.startsAt() == null) {
			v.add(new Violation("startsAt", "error.required"));
		}
		if (p.startsAt() == null || p.endsAt() == null || !p.endsAt().isAfter(p.startsAt())) {
			v.add(new Violation("endsAt", "events.time.endBeforeStart"));
		}
		if (p.registrationOpensAt() == null) {
			v.add(new Violation("registrationOpensAt", "error.required"));
		}
		if (p.registrationOpensAt() == null || p.registrationClosesAt() == null
				|| !p.registrationClosesAt().isAfter(p.registrationOpensAt())) {
			v.add(new Violation("registrationClosesAt", "events.time.closeBeforeOpen"));
		}
		for (AttendanceMode mode : AttendanceMode.values()) {
			Integer capacity = p.capacity(mode);
			String field = field(mode);
			if (capacity == null) {
				v.add(new Violation(field + "Capacity", "error.required"));
			}
			else if (capacity < 0 || capacity > 100_000) {
				v.add(new Violation(field + "Capacity", "events.capacity.range"));
			}
			for (int i = 0; i < p.groups().size(); i++) {
				Integer quota = p.groups().get(i).quota(mode);
				if (quota != null && (quota < 0 || (capacity != null && quota > capacity))) {
					v.add(new Violation("groups[" + i + "]." + field + "Quota", "events.quota.range"));
				}
			}
		}
	}


}
