package th.tipnet.events;

import java.time.Instant;
import java.util.List;

/**
 * What an organiser may change in a planned event: texts, times, venue, links, capacities per mode,
 * the registration window and the groups' quotas (groups named by code; a group left out keeps its
 * quotas; a null quota means only the mode's capacity limits the group). Checked by
 * {@link EventPlanning#revise}.
 */
public record EventRevision(String titleTh, String titleEn, String descriptionTh, String descriptionEn,
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
