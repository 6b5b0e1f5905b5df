package th.tipnet.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.function.BiFunction;

import java.time.Clock;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * Puts events on the calendar and says who manages them: an event organiser manages its own
 * organisation's events; network coordinators and system administrators all.
 */
@Service
public class EventPlanning {

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
	List<Event> published() {
		return events.findByStatusOrderByStartsAtDesc(EventStatus.PUBLISHED);
	}

	@Transactional(readOnly = true)
	public Event bySlug(String slug) {
		return events.findBySlug(slug).orElseThrow(() -> DomainException.notFound("event"));
	}

	@Transactional(readOnly = true)
	Event byId(UUID id) {
		return events.findById(id).orElseThrow(() -> DomainException.notFound("event"));
	}

	/** An event as other modules see it, by its address; 404 when there is none (drafts too, as {@link #bySlug}). */
	@Transactional(readOnly = true)
	public EventSummary summary(String slug) {
		return EventSummary.of(bySlug(slug));
	}

	/** An event as other modules see it; 404 when there is none. */
	@Transactional(readOnly = true)
	public EventSummary summary(EventId id) {
		return EventSummary.of(byId(id.value()));
	}

	/** {@link #visible(String)} as other modules see the event: a draft is 404 to all but its managers. */
	@Transactional(readOnly = true)
	public EventSummary visibleSummary(String slug) {
		return EventSummary.of(visible(bySlug(slug)));
	}

	/** {@link #visibleSummary(String)} by id, for the API. */
	@Transactional(readOnly = true)
	public EventSummary visibleSummary(EventId id) {
		return EventSummary.of(visible(byId(id.value())));
	}

	/** The published events as other modules see them, the latest first (as {@link #published}). */
	@Transactional(readOnly = true)
	public List<EventSummary> publishedSummaries() {
		return published().stream().map(EventSummary::of).toList();
	}

	/** An event's own agenda, in order; 404 when there is no such event. */
	@Transactional(readOnly = true)
	public List<AgendaItem> agenda(EventId id) {
		return byId(id.value()).agenda();
	}

	/** {@link #managed(UUID)} as other modules see the event: "forbidden" unless the current user manages it. */
	@Transactional(readOnly = true)
	public EventSummary managed(EventId id) {
		return EventSummary.of(managed(id.value()));
	}

	/** {@link #mayManage(Event)} for another module, which knows the event by its id. */
	@Transactional(readOnly = true)
	public boolean mayManage(EventId id) {
		return mayManage(byId(id.value()));
	}

	/** May the current user manage this event (see its registrations, counts, check-in)? */
	public boolean mayManage(Event event) {
		return EventManagers.manage(event);
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
		if (!EventManagers.manage(event)) {
			throw DomainException.forbidden();
		}
		return event;
	}

	@Transactional
	public Event plan(EventPlan plan) {
		mayPlan(plan);
		return put(EventsAudit.EVENT_PLANNED, Actor.current(), plan, Event::plan);
	}

	/**
	 * A plan made in the browser: checked and authorised as {@link #plan}, kept as a draft that only
	 * its managers see until one of them publishes it.
	 */
	@Transactional
	public Event draft(EventPlan plan) {
		mayPlan(plan);
		return put(EventsAudit.EVENT_DRAFTED, Actor.current(), plan, Event::draft);
	}

	/** Event organisers for their own organisation; coordinators and administrators for any. */
	private static void mayPlan(EventPlan plan) {
		if (!EventManagers.mayPlanFor(plan.ownerOrganisationId())) {
			throw DomainException.forbidden();
		}
	}

	/** The plan checked, then the event made from it ({@code make}) put on the calendar, audited as {@code action}. */
	private Event put(EventsAudit action, Actor actor, EventPlan plan, BiFunction<EventPlan, Clock, Event> make) {
		check(plan);
		Event event = events.save(make.apply(plan, clock));
		audit.recordAs(actor, EventsAudit.EVENT, event.id(), action, Changes.none().note("slug", event.slug()));
		return event;
	}

	/** May the current user plan events at all (the events list offers "New event")? */
	public boolean mayPlanEvents() {
		return EventManagers.anyManager();
	}

	/** May the current user plan events, and for which organisation ({@code null}: any, they choose)? */
	public boolean mayPlanForAny() {
		return EventManagers.wholeNetwork();
	}

	/** Its managers make a draft public: registration opens as planned. */
	@Transactional
	public Event publish(UUID id, long expectedVersion) {
		Event event = managedAt(id, expectedVersion);
		if (event.status() != EventStatus.DRAFT) {
			throw DomainException.conflict("events.publish.notDraft");
		}
		event.publish(clock.instant());
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.EVENT_PUBLISHED, Changes.none().field("status", EventStatus.DRAFT, EventStatus.PUBLISHED));
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
		managedAt(id, expectedVersion);
		String why = Event.cancellationReason(reason);
		Event event = lockedAt(id, expectedVersion);
		EventStatus before = event.status();
		event.cancel(why, clock.instant());
		List<Registration> told = registrations.findByEventIdOrderByCreatedAt(event.id())
			.stream()
			.filter(r -> STILL_REGISTERED.contains(r.status()))
			.toList();
		told.forEach(r -> publisher.publishEvent(new EventCancellationDue(r.id())));
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.EVENT_CANCELLED, Changes.none()
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

	/** {@link #managed}, still at the version its manager read; 409 otherwise. */
	private Event managedAt(UUID id, long expectedVersion) {
		Event event = managed(id);
		DomainException.requireVersion(event.version(), expectedVersion);
		return event;
	}

	/**
	 * The event locked for a change that counts seats, checked again at the version its manager read (it may have
	 * changed while this waited for the lock); 409 otherwise.
	 */
	private Event lockedAt(UUID id, long expectedVersion) {
		Event event = locks.lock(id);
		DomainException.requireVersion(event.version(), expectedVersion);
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
		if (!EventManagers.anyManager()) {
			return List.of();
		}
		return events.findByStatusOrderByStartsAtDesc(EventStatus.DRAFT).stream().filter(this::mayManage).toList();
	}

	/** Without permission checks: the demo data at start-up. */
	@Transactional
	Event planAsSystem(EventPlan plan) {
		return put(EventsAudit.EVENT_PLANNED, Actor.SYSTEM, plan, Event::plan);
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
		Event event = managedAt(id, expectedVersion);
		EventRevision change = revision.normalised();
		event.check(change);
		event = lockedAt(id, expectedVersion);
		EventRevision before = EventRevision.of(event);
		UUID eventId = event.id();
		event.revise(change, (mode, group) -> seats.taken(eventId, mode, group), clock);
		Changes changes = before.changesTo(EventRevision.of(event));
		if (!changes.isEmpty()) {
			audit.record(EventsAudit.EVENT, event.id(), EventsAudit.EVENT_REVISED, changes);
		}
		for (AttendanceMode mode : AttendanceMode.values()) {
			waitingList.offerFreeSeats(event, mode, null);
		}
		snapshots.forget(event.id());
		return event;
	}

	/** The plan's own rules, with what only this module knows: which slugs are taken, which organisations exist. */
	private void check(EventPlan p) {
		List<Violation> v = new ArrayList<>();
		p.check(v, events::existsBySlug, o -> directory.organisationExists(OrganisationId.of(o)));
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}
}
