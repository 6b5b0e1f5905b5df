package th.tipnet.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;

/** Live counts of an event: per mode and group, and per mode in total. */
record EventStats(List<Line> lines, List<Line> totals) {

	/**
	 * One mode and group (or the whole mode): seats confirmed, seats held by open offers, people
	 * waiting, awaiting approval, cancelled, offers that lapsed, checked in; and the limit (quota or
	 * capacity; null when only the capacity limits the group).
	 */
	public record Line(AttendanceMode mode, String groupCode, long confirmed, long offered, long waiting, long pending,
			long cancelled, long offersExpired, long checkedIn, Integer limit) {

		public long registered() {
			return confirmed + offered + waiting + pending;
		}

		/** Seats nobody else may take: confirmed or held by an offer. */
		public long taken() {
			return confirmed + offered;
		}

		/** Checked in as a share of confirmed, in per cent (0 when nobody is confirmed). */
		public long attendanceRate() {
			return confirmed == 0 ? 0 : Math.round(100.0 * checkedIn / confirmed);
		}

		static Line of(AttendanceMode mode, String groupCode, Map<RegistrationStatus, Long> c, long checkedIn, Integer limit) {
			return new Line(mode, groupCode, c.get(RegistrationStatus.CONFIRMED), c.get(RegistrationStatus.OFFERED),
					c.get(RegistrationStatus.WAITLISTED), c.get(RegistrationStatus.PENDING_APPROVAL),
					c.get(RegistrationStatus.CANCELLED), c.get(RegistrationStatus.OFFER_EXPIRED), checkedIn, limit);
		}
	}

	/** The line of one group in one mode. */
	public Line line(AttendanceMode mode, String groupCode) {
		return lines.stream().filter(l -> l.mode() == mode && l.groupCode().equals(groupCode)).findFirst().orElse(null);
	}

	/** The whole mode. */
	public Line total(AttendanceMode mode) {
		return totals.stream().filter(l -> l.mode() == mode).findFirst().orElse(null);
	}

	/** From rows of (mode, group, status, count, checked in). */
	static EventStats of(Event event, List<Object[]> counts) {
		List<Line> lines = new ArrayList<>();
		List<Line> totals = new ArrayList<>();
		for (AttendanceMode mode : AttendanceMode.values()) {
			Map<RegistrationStatus, Long> sum = zero();
			long sumCheckedIn = 0;
			for (ParticipantGroup g : event.groups()) {
				Map<RegistrationStatus, Long> c = zero();
				long checkedIn = 0;
				for (Object[] row : counts) {
					if (row[0] == mode && g.code().equals(row[1])) {
						RegistrationStatus status = (RegistrationStatus) row[2];
						c.merge(status, ((Number) row[3]).longValue(), Long::sum);
						if (status == RegistrationStatus.CONFIRMED && row[4] != null) {
							checkedIn += ((Number) row[4]).longValue();
						}
					}
				}
				lines.add(Line.of(mode, g.code(), c, checkedIn, g.quota(mode)));
				c.forEach((status, n) -> sum.merge(status, n, Long::sum));
				sumCheckedIn += checkedIn;
			}
			totals.add(Line.of(mode, null, sum, sumCheckedIn, event.capacity(mode)));
		}
		return new EventStats(lines, totals);
	}

	private static Map<RegistrationStatus, Long> zero() {
		Map<RegistrationStatus, Long> m = new EnumMap<>(RegistrationStatus.class);
		for (RegistrationStatus s : RegistrationStatus.values()) {
			m.put(s, 0L);
		}
		return m;
	}
}
