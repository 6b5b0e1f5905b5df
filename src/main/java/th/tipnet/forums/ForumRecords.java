package th.tipnet.forums;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.Recipients;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.directory.Sector;
import th.tipnet.events.EventId;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventStatus;
import th.tipnet.events.EventSummary;
import th.tipnet.events.EventType;

/**
 * Records forums and what was raised at them. Any signed-in member of the network reads them; a network
 * coordinator, or an event organiser of one of the event's organising organisations, records a forum of a
 * published forum event and names its chair; the chair and those who may record it add inputs. Each
 * refused field is named at once (422, in the reader's language) and nothing is stored; every change is
 * audited.
 */
@Service
class ForumRecords {

	static final String NETWORK_COORDINATOR = "NETWORK_COORDINATOR";

	static final String EVENT_ORGANISER = "EVENT_ORGANISER";

	/** The roles whose holders in an organising organisation may chair its forum. */
	static final List<String> CHAIR_ROLES = List.of(NETWORK_COORDINATOR, EVENT_ORGANISER, "ORG_ADMIN", "MEMBER");

	static final int MAX_AGENDA = 4000;

	static final int MAX_MINUTES = 20000;

	static final int MAX_TEXT = 2000;

	private final Forums forums;

	private final ForumInputs inputs;

	private final EventPlanning planning;

	private final Directory directory;

	private final Recipients recipients;

	private final AuditTrail audit;

	private final Clock clock;

	ForumRecords(Forums forums, ForumInputs inputs, EventPlanning planning, Directory directory, Recipients recipients,
			AuditTrail audit, Clock clock) {
		this.forums = forums;
		this.inputs = inputs;
		this.planning = planning;
		this.directory = directory;
		this.recipients = recipients;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a recorder sends to record a forum; not yet checked. */
	record Recording(String eventId, String chairUserId, List<String> organisationIds, String agenda, String minutes) {
	}

	/** What is sent to raise a problem or a recommendation; not yet checked. */
	record Raising(String organisationId, String sector, String kind, String theme, String text, List<String> provinces) {
	}

	/** Every recorded forum, the latest meeting first. */
	@Transactional(readOnly = true)
	List<Forum> all() {
		requireMember();
		Map<UUID, EventSummary> events = eventsById();
		return forums.findAll()
			.stream()
			.sorted(Comparator.comparing((Forum f) -> event(f, events).startsAt()).reversed())
			.toList();
	}

	@Transactional(readOnly = true)
	Forum get(UUID id) {
		requireMember();
		return forums.findById(id).orElseThrow(() -> DomainException.notFound("forum"));
	}

	@Transactional(readOnly = true)
	List<ForumInput> inputs(UUID forumId) {
		get(forumId);
		return inputs.findByForumIdOrderByRaisedAtAscIdAsc(forumId);
	}

	/** The event a forum was, as the events module keeps it. */
	EventSummary eventOf(Forum forum) {
		return planning.summary(new EventId(forum.eventId()));
	}

	/** The meeting a forum was, for the pages across forums (which do not name the events module's entity). */
	Meeting meetingOf(Forum forum) {
		EventSummary event = eventOf(forum);
		return new Meeting(event.titleTh(), event.titleEn(), event.startsAt());
	}

	/** The event's own agenda, as the events module keeps it. */
	List<th.tipnet.events.AgendaItem> agendaOf(EventSummary event) {
		return planning.agenda(event.id());
	}

	/** The published events a forum may be recorded for, by a caller who may: forum events not recorded yet. */
	@Transactional(readOnly = true)
	List<EventSummary> recordableEvents() {
		return planning.publishedSummaries()
			.stream()
			.filter(e -> e.type() == EventType.FORUM && mayRecordFor(e) && !forums.existsByEventId(e.id().value()))
			.toList();
	}

	/** May the caller record forums at all (the page's button)? */
	static boolean recordsForums() {
		return CurrentUser.hasRole(NETWORK_COORDINATOR) || CurrentUser.hasRole(EVENT_ORGANISER);
	}

	/** A network coordinator records any forum; an event organiser those of their organisation's events. */
	static boolean mayRecordFor(EventSummary event) {
		if (CurrentUser.hasRole(NETWORK_COORDINATOR)) {
			return true;
		}
		UUID mine = Actor.current().organisationId();
		return CurrentUser.hasRole(EVENT_ORGANISER) && mine != null && event.organisedBy(OrganisationId.of(mine));
	}

	/** The chair and whoever may record the forum add to it. */
	boolean mayEdit(Forum forum) {
		return forum.chairedBy(Actor.current().userId()) || mayRecordFor(eventOf(forum));
	}

	/** Who may chair a forum of this event: the active accounts of its organising organisations, by name. */
	@Transactional(readOnly = true)
	List<Forum.Chair> chairsFor(EventSummary event) {
		Map<UUID, Forum.Chair> found = new LinkedHashMap<>();
		for (OrganisationId organisation : event.organiserIds()) {
			for (String role : CHAIR_ROLES) {
				recipients.withRole(organisation.value(), role).forEach(r -> found.putIfAbsent(r.userId(), new Forum.Chair(r.userId(), r.name())));
			}
		}
		return found.values().stream().sorted(Comparator.comparing(Forum.Chair::name)).toList();
	}

	@Transactional
	Forum record(Recording in) {
		if (!recordsForums()) {
			throw DomainException.forbidden();
		}
		List<Violation> v = new ArrayList<>();
		EventSummary event = forumEvent(in.eventId(), v);
		if (event != null && !mayRecordFor(event)) {
			throw DomainException.forbidden();
		}
		Forum.Chair chair = event == null ? null : chair(event, in.chairUserId(), v);
		List<Participant> present = participants(in.organisationIds(), v);
		InputRules.text(v, "agenda", in.agenda(), MAX_AGENDA, false);
		InputRules.text(v, "minutes", in.minutes(), MAX_MINUTES, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		if (forums.existsByEventId(event.id().value())) {
			throw DomainException.conflict("forums.error.alreadyRecorded");
		}
		Forum forum = forums.save(Forum.record(event.id().value(), chair, present, blankToNull(in.agenda()), blankToNull(in.minutes()),
				clock.instant(), Actor.current().userId()));
		audit.record(ForumsAudit.FORUM, forum.id(), ForumsAudit.FORUM_RECORDED, Changes.none()
			.note("eventId", event.id().value())
			.note("chairUserId", chair.userId())
			.note("organisations", present.size()));
		return forum;
	}

	/** The demo data's forum, recorded by the system before anyone could be named its chair. */
	@Transactional
	Forum recordAsSystem(UUID eventId, List<UUID> organisationIds, String agenda) {
		List<Participant> present = new ArrayList<>();
		for (UUID id : organisationIds) {
			directory.summary(OrganisationId.of(id)).filter(OrganisationSummary::active)
				.ifPresent(o -> present.add(new Participant(o.id().value(), o.sector().name())));
		}
		Forum forum = forums.save(Forum.record(eventId, null, present, agenda, null, clock.instant(), null));
		audit.recordAs(Actor.SYSTEM, ForumsAudit.FORUM, forum.id(), ForumsAudit.FORUM_RECORDED,
				Changes.none().note("eventId", eventId).note("organisations", present.size()));
		return forum;
	}

	boolean recorded(UUID eventId) {
		return forums.existsByEventId(eventId);
	}

	@Transactional
	ForumInput raise(UUID forumId, Raising in) {
		Forum forum = get(forumId);
		if (!mayEdit(forum)) {
			throw DomainException.forbidden();
		}
		List<Violation> v = new ArrayList<>();
		InputKind kind = InputKind.named(in.kind());
		if (kind == null) {
			v.add(new Violation("kind", "forums.error.kind"));
		}
		Theme theme = Theme.named(in.theme());
		if (theme == null) {
			v.add(new Violation("theme", "forums.error.theme"));
		}
		InputRules.text(v, "text", in.text(), MAX_TEXT, true);
		UUID organisationId = uuid(in.organisationId(), "organisationId", v);
		if (organisationId != null && forum.participant(organisationId).isEmpty()) {
			v.add(new Violation("organisationId", "forums.error.notPresent"));
		}
		String sector = in.sector() == null || in.sector().isBlank() ? null : in.sector().strip();
		if (organisationId == null && (sector == null || !isSector(sector)) && !v.stream().anyMatch(x -> x.field().equals("organisationId"))) {
			v.add(new Violation("sector", "forums.error.sector"));
		}
		Set<String> provinces = provinces(in.provinces(), v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		ForumInput input = forum.raise(kind, theme, organisationId, sector, in.text().strip(), provinces, clock.instant(),
				Actor.current().userId());
		inputs.save(input);
		forums.save(forum);
		audit.record(ForumsAudit.FORUM, forum.id(), ForumsAudit.FORUM_INPUT_RAISED, Changes.none()
			.note("inputId", input.id())
			.note("kind", kind)
			.note("theme", theme)
			.note("organisationId", organisationId)
			.note("sector", input.sector())
			.note("provinces", String.join(",", provinces)));
		return input;
	}

	/**
	 * A forum's event as the forum's outputs show it (minutes, lists, the public summary), so they need not read the
	 * events module's entity: its titles, start, place, and whether it is published.
	 */
	record EventFacts(UUID id, String slug, String titleTh, String titleEn, java.time.Instant startsAt, String venueName,
			String venueRoom, String venueAddress, boolean published) {

		public String title(java.util.Locale locale) {
			return th.tipnet.common.Languages.pick(locale, titleTh, titleEn);
		}

		/** The venue's name, room and address, as far as given, on one line. */
		public String place() {
			return java.util.stream.Stream.of(venueName, venueRoom, venueAddress)
				.filter(s -> s != null && !s.isBlank())
				.collect(java.util.stream.Collectors.joining(" "));
		}
	}

	/** An organisation of the directory as the forum's outputs list it: its name in the reader's language and sector. */
	record OrganisationFacts(UUID id, String name, String sector, boolean active) {
	}

	/** The facts of the forum's event; read without a signed-in caller (the public summary checks publication). */
	EventFacts eventFacts(Forum forum) {
		EventSummary e = eventOf(forum);
		return new EventFacts(e.id().value(), e.slug(), e.titleTh(), e.titleEn(), e.startsAt(), e.venueName(), e.venueRoom(),
				e.venueAddress(), e.status() == EventStatus.PUBLISHED);
	}

	/** Every organisation of the directory, by name in the reader's language. */
	List<OrganisationFacts> organisations(java.util.Locale locale) {
		return directory.summaries()
			.stream()
			.map(o -> new OrganisationFacts(o.id().value(), o.name(locale), o.sector().name(), o.active()))
			.sorted(Comparator.comparing(OrganisationFacts::name, java.text.Collator.getInstance(locale)))
			.toList();
	}

	/** An organisation's name in the reader's language, or empty when the directory does not know it. */
	String organisationName(UUID id, java.util.Locale locale) {
		return id == null ? "" : directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
	}

	/** Who may chair the forum (see {@link #chairsFor(EventSummary)}). */
	List<Forum.Chair> chairsFor(Forum forum) {
		return chairsFor(eventOf(forum));
	}

	/** May the caller record (and so correct) this forum today? */
	boolean mayRecord(Forum forum) {
		return mayRecordFor(eventOf(forum));
	}

	/** The chair checked against the forum's event, as when recording. */
	Forum.Chair chair(Forum forum, String given, List<Violation> v) {
		return chair(eventOf(forum), given, v);
	}

	private static void requireMember() {
		if (Actor.current().userId() == null) {
			throw DomainException.forbidden();
		}
	}

	private Map<UUID, EventSummary> eventsById() {
		Map<UUID, EventSummary> byId = new LinkedHashMap<>();
		planning.publishedSummaries().forEach(e -> byId.put(e.id().value(), e));
		return byId;
	}

	private EventSummary event(Forum forum, Map<UUID, EventSummary> events) {
		EventSummary known = events.get(forum.eventId());
		return known != null ? known : eventOf(forum);
	}

	private EventSummary forumEvent(String given, List<Violation> v) {
		UUID id = uuid(given, "eventId", v);
		if (id == null) {
			if (v.stream().noneMatch(x -> x.field().equals("eventId"))) {
				v.add(new Violation("eventId", "error.required"));
			}
			return null;
		}
		Optional<EventSummary> event;
		try {
			event = Optional.of(planning.summary(new EventId(id)));
		}
		catch (DomainException missing) {
			event = Optional.empty();
		}
		if (event.isEmpty() || event.get().type() != EventType.FORUM || event.get().status() != EventStatus.PUBLISHED) {
			v.add(new Violation("eventId", "forums.error.event"));
			return null;
		}
		return event.get();
	}

	Forum.Chair chair(EventSummary event, String given, List<Violation> v) {
		UUID id = uuid(given, "chairUserId", v);
		if (id == null) {
			if (v.stream().noneMatch(x -> x.field().equals("chairUserId"))) {
				v.add(new Violation("chairUserId", "forums.error.chairRequired"));
			}
			return null;
		}
		Optional<Forum.Chair> chair = chairsFor(event).stream().filter(c -> c.userId().equals(id)).findFirst();
		if (chair.isEmpty()) {
			v.add(new Violation("chairUserId", "forums.error.chair"));
			return null;
		}
		return chair.get();
	}

	List<Participant> participants(List<String> given, List<Violation> v) {
		List<Participant> present = new ArrayList<>();
		if (given == null || given.isEmpty()) {
			v.add(new Violation("organisationIds", "forums.error.organisationsRequired"));
			return present;
		}
		Set<UUID> seen = new LinkedHashSet<>();
		for (int i = 0; i < given.size(); i++) {
			String field = "organisationIds[" + i + "]";
			int named = v.size();
			UUID id = uuid(given.get(i), field, v);
			Optional<OrganisationSummary> organisation = id == null ? Optional.empty()
					: directory.summary(OrganisationId.of(id)).filter(OrganisationSummary::active);
			if (organisation.isEmpty() && v.size() == named) {
				v.add(new Violation(field, "forums.error.organisation"));
			}
			if (organisation.isPresent() && seen.add(id)) {
				present.add(new Participant(id, organisation.get().sector().name()));
			}
		}
		return present;
	}

	private Set<String> provinces(List<String> given, List<Violation> v) {
		Set<String> found = new java.util.TreeSet<>();
		if (given == null) {
			return found;
		}
		for (int i = 0; i < given.size(); i++) {
			String code = given.get(i) == null ? "" : given.get(i).strip();
			if (!directory.provinceExists(code)) {
				v.add(new Violation("provinces[" + i + "]", "forums.error.province"));
			}
			else {
				found.add(code);
			}
		}
		return found;
	}

	private static boolean isSector(String given) {
		for (Sector s : Sector.values()) {
			if (s.name().equals(given)) {
				return true;
			}
		}
		return false;
	}

	/** A UUID, or null when none is given; a malformed one is refused naming the field. */
	static UUID uuid(String given, String field, List<Violation> v) {
		if (given == null || given.isBlank()) {
			return null;
		}
		try {
			return UUID.fromString(given.strip());
		}
		catch (IllegalArgumentException e) {
			v.add(new Violation(field, "forums.error.id"));
			return null;
		}
	}

	static String blankToNull(String text) {
		return text == null || text.isBlank() ? null : text.strip();
	}
}
