package th.tipnet.events;

import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;

/**
 * The event's participants as its organisers read them: the organise page (search results and
 * those awaiting approval), the registrations API and the exports. Only the event's managers get
 * them, and every read that shows personal data leaves one audit entry on the event: who read,
 * which event, how many records, where (never the data itself).
 */
@Service
class ParticipantLists {

	private static final int FOUND_AT_MOST = 50;

	private final EventPlanning planning;

	private final Participants registered;

	private final AuditTrail audit;

	ParticipantLists(EventPlanning planning, Participants registered, AuditTrail audit) {
		this.planning = planning;
		this.registered = registered;
		this.audit = audit;
	}

	/** What the organise page shows of people: the search's results (up to 50) and those awaiting approval. */
	public record OrganiserView(List<Registration> found, List<Registration> pending) {
	}

	@Transactional
	public OrganiserView organiserView(UUID eventId, String query) {
		Event event = planning.managed(eventId);
		List<Registration> all = registered.registrations(event.id());
		List<Registration> found = query == null || query.isBlank() ? null : find(all, query);
		List<Registration> pending = all.stream().filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL).toList();
		int shown = (found == null ? 0 : found.size()) + pending.size();
		if (shown > 0) {
			audit.record(EventsAudit.EVENT, event.id(), EventsAudit.PARTICIPANTS_READ, Changes.none().note("count", shown).note("view", "page"));
		}
		return new OrganiserView(found, pending);
	}

	/**
	 * Who to look for on the day: everyone matching the organiser's filters and search, sorted by
	 * name (the first {@value #LISTED_AT_MOST}, with how many matched), and those awaiting approval.
	 */
	public record DayList(List<Registration> shown, int matching, List<Registration> pending) {
	}

	/** What the organiser narrows the day's list to; each part null when not used. */
	public record Filter(String query, RegistrationStatus status, String group, AttendanceMode mode, Boolean checkedIn) {

		public static final Filter NONE = new Filter(null, null, null, null, null);

		boolean accepts(Registration r) {
			return (status == null || r.status() == status) && (group == null || group.equals(r.groupCode()))
					&& (mode == null || r.mode() == mode)
					&& (checkedIn == null || checkedIn == (r.checkedInAt() != null))
					&& (query == null || query.isBlank() || matches(r, query.strip().toLowerCase(Locale.ROOT)));
		}

		public boolean any() {
			return (query != null && !query.isBlank()) || status != null || group != null || mode != null || checkedIn != null;
		}
	}

	static final int LISTED_AT_MOST = 200;

	@Transactional
	public DayList dayList(UUID eventId, Filter filter, Locale locale) {
		Event event = planning.managed(eventId);
		List<Registration> all = registered.registrations(event.id());
		java.text.Collator byName = java.text.Collator.getInstance(locale);
		List<Registration> matching = all.stream()
			.filter(filter::accepts)
			.sorted(java.util.Comparator.comparing(Registration::fullName, byName))
			.toList();
		List<Registration> shown = matching.stream().limit(LISTED_AT_MOST).toList();
		List<Registration> pending = all.stream().filter(r -> r.status() == RegistrationStatus.PENDING_APPROVAL).toList();
		int read = shown.size() + pending.size();
		if (read > 0) {
			audit.record(EventsAudit.EVENT, event.id(), EventsAudit.PARTICIPANTS_READ, Changes.none().note("count", read).note("view", "page"));
		}
		return new DayList(shown, matching.size(), pending);
	}

	/** Every registration of the event, for the API. */
	@Transactional
	public List<Registration> all(UUID eventId) {
		Event event = planning.managed(eventId);
		List<Registration> all = registered.registrations(event.id());
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.PARTICIPANTS_READ, Changes.none().note("count", all.size()).note("view", "api"));
		return all;
	}

	/** Every registration of the event, for an export in {@code format} (CSV, XLSX). */
	@Transactional
	public List<Registration> export(UUID eventId, String format) {
		Event event = planning.managed(eventId);
		List<Registration> all = registered.registrations(event.id());
		audit.record(EventsAudit.EVENT, event.id(), EventsAudit.PARTICIPANTS_EXPORTED, Changes.none().note("count", all.size()).note("format", format));
		return all;
	}

	/** Registrations whose name, e-mail, organisation or ticket code contains the query. */
	private static List<Registration> find(List<Registration> all, String q) {
		String needle = q.strip().toLowerCase(Locale.ROOT);
		return all.stream().filter(r -> matches(r, needle)).limit(FOUND_AT_MOST).toList();
	}

	private static boolean matches(Registration r, String needle) {
		return contains(r.fullName(), needle) || contains(r.email(), needle) || contains(r.organisationName(), needle)
				|| contains(r.ticketCode(), needle);
	}

	private static boolean contains(String value, String needle) {
		return value != null && value.toLowerCase(Locale.ROOT).contains(needle);
	}
}
