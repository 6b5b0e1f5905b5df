package th.tipnet.events;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;

import static th.tipnet.common.InputRules.text;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.Languages;

/**
 * A campaign day, forum, training or meeting: when and where, its online part, its capacities per
 * mode and registration window, its agenda and the participant groups who may register.
 */
@Entity
@Table(name = "event")
public class Event {

	@Id
	private UUID id;

	@Column(nullable = false, unique = true)
	private String slug;

	@Enumerated(EnumType.STRING)
	@Column(name = "event_type", nullable = false)
	private EventType type;

	@Column(name = "title_th", nullable = false)
	private String titleTh;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	@Column(name = "description_th")
	private String descriptionTh;

	@Column(name = "description_en")
	private String descriptionEn;

	@Column(name = "starts_at", nullable = false)
	private Instant startsAt;

	@Column(name = "ends_at", nullable = false)
	private Instant endsAt;

	@Column(name = "venue_name")
	private String venueName;

	@Column(name = "venue_room")
	private String venueRoom;

	@Column(name = "venue_address")
	private String venueAddress;

	@Column(name = "venue_map_url")
	private String venueMapUrl;

	@Column(name = "live_stream_url")
	private String liveStreamUrl;

	/** Shown only to confirmed online participants. */
	@Column(name = "meeting_url")
	private String meetingUrl;

	@Column(name = "onsite_capacity", nullable = false)
	private int onsiteCapacity;

	@Column(name = "online_capacity", nullable = false)
	private int onlineCapacity;

	@Column(name = "registration_opens_at", nullable = false)
	private Instant registrationOpensAt;

	@Column(name = "registration_closes_at", nullable = false)
	private Instant registrationClosesAt;

	@Column(name = "owner_organisation_id", nullable = false)
	private UUID ownerOrganisationId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private EventStatus status;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_organiser", joinColumns = @JoinColumn(name = "event_id"))
	@Column(name = "organisation_id")
	@BatchSize(size = 20)
	private Set<UUID> organiserIds = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_agenda_item", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "list_order")
	@BatchSize(size = 20)
	private List<AgendaItem> agenda = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "event_group", joinColumns = @JoinColumn(name = "event_id"))
	@OrderColumn(name = "list_order")
	@BatchSize(size = 20)
	private List<ParticipantGroup> groups = new ArrayList<>();

	@Column(name = "cancelled_at")
	private Instant cancelledAt;

	@Column(name = "cancellation_reason")
	private String cancellationReason;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Event() {
	}

	static Event plan(EventPlan plan, Clock clock) {
		Event e = new Event();
		e.id = UUID.randomUUID();
		e.slug = plan.slug();
		e.type = plan.type();
		e.titleTh = plan.titleTh();
		e.titleEn = plan.titleEn();
		e.descriptionTh = plan.descriptionTh();
		e.descriptionEn = plan.descriptionEn();
		e.startsAt = plan.startsAt();
		e.endsAt = plan.endsAt();
		e.venueName = plan.venueName();
		e.venueRoom = plan.venueRoom();
		e.venueAddress = plan.venueAddress();
		e.venueMapUrl = plan.venueMapUrl();
		e.liveStreamUrl = plan.liveStreamUrl();
		e.meetingUrl = plan.meetingUrl();
		e.onsiteCapacity = plan.onsiteCapacity();
		e.onlineCapacity = plan.onlineCapacity();
		e.registrationOpensAt = plan.registrationOpensAt();
		e.registrationClosesAt = plan.registrationClosesAt();
		e.ownerOrganisationId = plan.ownerOrganisationId();
		e.organiserIds.addAll(plan.organiserIds());
		e.organiserIds.add(plan.ownerOrganisationId());
		e.agenda.addAll(plan.agenda());
		e.groups.addAll(plan.groups());
		e.status = EventStatus.PUBLISHED;
		e.createdAt = clock.instant();
		e.updatedAt = e.createdAt;
		return e;
	}

	/**
	 * Refuses a revision that breaks the event's rules (texts, times, capacities, quotas within them)
	 * or names a group the event does not have, naming each field; checked before the event's lock.
	 */
	void check(EventRevision r) {
		List<Violation> v = new ArrayList<>();
		r.check(v);
		for (int i = 0; i < r.groups().size(); i++) {
			String code = r.groups().get(i).code();
			if (code == null || group(code).isEmpty()) {
				v.add(new Violation("groups[" + i + "].code", "events.group.unknown"));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	/** How many seats of a mode are taken (confirmed and held by offers), by the whole mode or a group. */
	@FunctionalInterface
	interface SeatsTaken {

		int of(AttendanceMode mode, String groupCode);
	}

	/**
	 * The organiser's change, already {@link #check checked}; under the event's lock. No capacity or
	 * group quota may fall below the seats already taken: refused naming the field, nothing changes.
	 */
	void revise(EventRevision r, SeatsTaken taken, Clock clock) {
		refuseBelowTaken(r, taken);
		titleTh = r.titleTh();
		titleEn = r.titleEn();
		descriptionTh = r.descriptionTh();
		descriptionEn = r.descriptionEn();
		startsAt = r.startsAt();
		endsAt = r.endsAt();
		venueName = r.venueName();
		venueRoom = r.venueRoom();
		venueAddress = r.venueAddress();
		venueMapUrl = r.venueMapUrl();
		liveStreamUrl = r.liveStreamUrl();
		meetingUrl = r.meetingUrl();
		onsiteCapacity = r.onsiteCapacity();
		onlineCapacity = r.onlineCapacity();
		registrationOpensAt = r.registrationOpensAt();
		registrationClosesAt = r.registrationClosesAt();
		for (EventRevision.GroupQuota q : r.groups()) {
			for (int i = 0; i < groups.size(); i++) {
				ParticipantGroup g = groups.get(i);
				if (g.code().equals(q.code())
						&& !(java.util.Objects.equals(g.onsiteQuota(), q.onsiteQuota()) && java.util.Objects.equals(g.onlineQuota(), q.onlineQuota()))) {
					groups.set(i, new ParticipantGroup(g.code(), g.nameTh(), g.nameEn(), q.onsiteQuota(), q.onlineQuota(),
							g.invitationOnly()));
				}
			}
		}
		updatedAt = clock.instant();
	}

	private static void refuseBelowTaken(EventRevision change, SeatsTaken seats) {
		List<Violation> v = new ArrayList<>();
		for (AttendanceMode mode : AttendanceMode.values()) {
			int taken = seats.of(mode, Tallies.WHOLE_MODE);
			if (change.capacity(mode) < taken) {
				v.add(new Violation(EventRevision.field(mode) + "Capacity", "events.capacity.belowTaken", taken));
			}
			for (int i = 0; i < change.groups().size(); i++) {
				EventRevision.GroupQuota q = change.groups().get(i);
				Integer quota = q.quota(mode);
				int groupTaken = seats.of(mode, q.code());
				if (quota != null && quota < groupTaken) {
					v.add(new Violation("groups[" + i + "]." + EventRevision.field(mode) + "Quota", "events.quota.belowTaken",
							groupTaken));
				}
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	/** A plan made in the browser: a draft only its managers see until they publish it. */
	static Event draft(EventPlan plan, Clock clock) {
		Event e = plan(plan, clock);
		e.status = EventStatus.DRAFT;
		return e;
	}

	/** A draft goes public (already checked by {@link EventPlanning#publish}). */
	void publish(Instant at) {
		status = EventStatus.PUBLISHED;
		updatedAt = at;
	}

	/** Called off: no more registrations, check-ins or offers; the page says when and why. */
	/**
	 * The reason a cancellation keeps, as its managers gave it: stripped, a blank one as none, at most 500 characters
	 * (refused naming the field {@code reason} otherwise).
	 */
	static String cancellationReason(String given) {
		List<Violation> v = new ArrayList<>();
		String why = given == null || given.isBlank() ? null : given.strip();
		text(v, "reason", why, 500, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return why;
	}

	/** Calls the event off, once (409 when it already is); {@code reason} as {@link #cancellationReason} keeps it. */
	void cancel(String reason, Instant at) {
		if (status == EventStatus.CANCELLED) {
			throw DomainException.conflict("events.cancelEvent.already");
		}
		status = EventStatus.CANCELLED;
		cancellationReason = reason;
		cancelledAt = at;
		updatedAt = at;
	}

	public Instant cancelledAt() {
		return cancelledAt;
	}

	public String cancellationReason() {
		return cancellationReason;
	}

	/** Over by {@code now}: the list shows it among past events. */
	public boolean over(Instant now) {
		return !endsAt.isAfter(now);
	}

	public boolean registrationOpen(Instant now) {
		return status == EventStatus.PUBLISHED && !now.isBefore(registrationOpensAt) && now.isBefore(registrationClosesAt);
	}

	public int capacity(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? onsiteCapacity : onlineCapacity;
	}

	public Optional<ParticipantGroup> group(String code) {
		return groups.stream().filter(g -> g.code().equals(code)).findFirst();
	}

	public UUID id() {
		return id;
	}

	public String slug() {
		return slug;
	}

	public EventType type() {
		return type;
	}

	public String title(Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}

	public String titleTh() {
		return titleTh;
	}

	public String titleEn() {
		return titleEn;
	}

	public String description(Locale locale) {
		return Languages.pick(locale, descriptionTh, descriptionEn);
	}

	public String descriptionTh() {
		return descriptionTh;
	}

	public String descriptionEn() {
		return descriptionEn;
	}

	public Instant startsAt() {
		return startsAt;
	}

	public Instant endsAt() {
		return endsAt;
	}

	public String venueName() {
		return venueName;
	}

	public String venueRoom() {
		return venueRoom;
	}

	public String venueAddress() {
		return venueAddress;
	}

	public String venueMapUrl() {
		return venueMapUrl;
	}

	public String liveStreamUrl() {
		return liveStreamUrl;
	}

	String meetingUrl() {
		return meetingUrl;
	}

	public int onsiteCapacity() {
		return onsiteCapacity;
	}

	public int onlineCapacity() {
		return onlineCapacity;
	}

	public Instant registrationOpensAt() {
		return registrationOpensAt;
	}

	public Instant registrationClosesAt() {
		return registrationClosesAt;
	}

	public UUID ownerOrganisationId() {
		return ownerOrganisationId;
	}

	public Set<UUID> organiserIds() {
		return Set.copyOf(organiserIds);
	}

	public List<AgendaItem> agenda() {
		return List.copyOf(agenda);
	}

	public List<ParticipantGroup> groups() {
		return List.copyOf(groups);
	}

	public EventStatus status() {
		return status;
	}

	public long version() {
		return version;
	}
}
