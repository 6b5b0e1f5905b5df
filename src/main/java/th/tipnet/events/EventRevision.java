package th.tipnet.events;

import java.time.Instant;
import java.util.List;
import java.util.Objects;

import static th.tipnet.common.InputRules.text;
import static th.tipnet.common.InputRules.url;

import th.tipnet.audit.Changes;
import th.tipnet.common.InvalidInput.Violation;

/**
 * What an organiser may change in a planned event: texts, times, venue, links, capacities per mode,
 * the registration window and the groups' quotas (groups named by code; a group left out keeps its
 * quotas; a null quota means only the mode's capacity limits the group). Checked by
 * {@link EventPlanning#revise}.
 */
record EventRevision(String titleTh, String titleEn, String descriptionTh, String descriptionEn,
		Instant startsAt, Instant endsAt, String venueName, String venueRoom, String venueAddress, String venueMapUrl,
		String liveStreamUrl, String meetingUrl, Integer onsiteCapacity, Integer onlineCapacity,
		Instant registrationOpensAt, Instant registrationClosesAt, List<GroupQuota> groups) {

	public EventRevision {
		groups = groups == null ? List.of()
				: groups.stream().map(g -> g == null ? new GroupQuota(null, null, null) : g).toList();
	}

	/** A group's quotas per mode, by its code. */
	public record GroupQuota(String code, Integer onsiteQuota, Integer onlineQuota) {

		public Integer quota(AttendanceMode mode) {
			return mode == AttendanceMode.ONSITE ? onsiteQuota : onlineQuota;
		}
	}

	/** The event as it is now, to fill a form or to compare with a change. */
	public static EventRevision of(Event e) {
		return new EventRevision(e.titleTh(), e.titleEn(), e.descriptionTh(), e.descriptionEn(), e.startsAt(), e.endsAt(),
				e.venueName(), e.venueRoom(), e.venueAddress(), e.venueMapUrl(), e.liveStreamUrl(), e.meetingUrl(),
				e.onsiteCapacity(), e.onlineCapacity(), e.registrationOpensAt(), e.registrationClosesAt(),
				e.groups().stream().map(g -> new GroupQuota(g.code(), g.onsiteQuota(), g.onlineQuota())).toList());
	}

	/** The same checks apply to a new plan. */
	static EventRevision of(EventPlan p) {
		return new EventRevision(p.titleTh(), p.titleEn(), p.descriptionTh(), p.descriptionEn(), p.startsAt(), p.endsAt(),
				p.venueName(), p.venueRoom(), p.venueAddress(), p.venueMapUrl(), p.liveStreamUrl(), p.meetingUrl(),
				p.onsiteCapacity(), p.onlineCapacity(), p.registrationOpensAt(), p.registrationClosesAt(),
				p.groups().stream().map(g -> new GroupQuota(g.code(), g.onsiteQuota(), g.onlineQuota())).toList());
	}

	public Integer capacity(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? onsiteCapacity : onlineCapacity;
	}

	/**
	 * The rules a new plan and a revision share: texts, links, times, capacities, and quotas within
	 * capacities. Each broken rule is added to {@code v}, naming its field.
	 */
	void check(List<Violation> v) {
		text(v, "titleTh", titleTh, 300, true);
		text(v, "titleEn", titleEn, 300, true);
		text(v, "descriptionTh", descriptionTh, 4000, false);
		text(v, "descriptionEn", descriptionEn, 4000, false);
		text(v, "venueName", venueName, 300, false);
		text(v, "venueRoom", venueRoom, 200, false);
		text(v, "venueAddress", venueAddress, 500, false);
		url(v, "venueMapUrl", venueMapUrl);
		url(v, "liveStreamUrl", liveStreamUrl);
		url(v, "meetingUrl", meetingUrl);
		if (startsAt == null) {
			v.add(new Violation("startsAt", "error.required"));
		}
		if (startsAt == null || endsAt == null || !endsAt.isAfter(startsAt)) {
			v.add(new Violation("endsAt", "events.time.endBeforeStart"));
		}
		if (registrationOpensAt == null) {
			v.add(new Violation("registrationOpensAt", "error.required"));
		}
		if (registrationOpensAt == null || registrationClosesAt == null || !registrationClosesAt.isAfter(registrationOpensAt)) {
			v.add(new Violation("registrationClosesAt", "events.time.closeBeforeOpen"));
		}
		for (AttendanceMode mode : AttendanceMode.values()) {
			Integer capacity = capacity(mode);
			String field = field(mode);
			if (capacity == null) {
				v.add(new Violation(field + "Capacity", "error.required"));
			}
			else if (capacity < 0 || capacity > 100_000) {
				v.add(new Violation(field + "Capacity", "events.capacity.range"));
			}
			for (int i = 0; i < groups.size(); i++) {
				Integer quota = groups.get(i).quota(mode);
				if (quota != null && (quota < 0 || (capacity != null && quota > capacity))) {
					v.add(new Violation("groups[" + i + "]." + field + "Quota", "events.quota.range"));
				}
			}
		}
	}

	/** The form's and the API's name for a mode's fields: {@code onsiteCapacity}, {@code groups[0].onlineQuota}. */
	static String field(AttendanceMode mode) {
		return mode == AttendanceMode.ONSITE ? "onsite" : "online";
	}

	/** What changed from this to {@code after}, field by field, for the audit log. */
	Changes changesTo(EventRevision after) {
		EventRevision a = this;
		EventRevision b = after;
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
					: Objects.equals(a.meetingUrl(), b.meetingUrl()) ? "(set)" : "(changed)")
			.field("onsiteCapacity", a.onsiteCapacity(), b.onsiteCapacity())
			.field("onlineCapacity", a.onlineCapacity(), b.onlineCapacity())
			.field("registrationOpensAt", a.registrationOpensAt(), b.registrationOpensAt())
			.field("registrationClosesAt", a.registrationClosesAt(), b.registrationClosesAt());
		for (int i = 0; i < a.groups().size(); i++) {
			GroupQuota from = a.groups().get(i);
			GroupQuota to = b.groups().get(i);
			c.field("groups." + from.code() + ".onsiteQuota", from.onsiteQuota(), to.onsiteQuota())
				.field("groups." + from.code() + ".onlineQuota", from.onlineQuota(), to.onlineQuota());
		}
		return c;
	}

	/** Texts stripped, blank optional texts as absent. */
	EventRevision normalised() {
		return new EventRevision(strip(titleTh), strip(titleEn), strip(descriptionTh), strip(descriptionEn), startsAt, endsAt,
				strip(venueName), strip(venueRoom), strip(venueAddress), strip(venueMapUrl), strip(liveStreamUrl),
				strip(meetingUrl), onsiteCapacity, onlineCapacity, registrationOpensAt, registrationClosesAt,
				groups.stream().map(g -> new GroupQuota(strip(g.code()), g.onsiteQuota(), g.onlineQuota())).toList());
	}

	private static String strip(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
