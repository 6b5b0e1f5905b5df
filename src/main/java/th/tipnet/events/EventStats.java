package th.tipnet.events;

import java.util.ArrayList;
import java.util.List;

/** Live counts of an event: per mode and group, and per mode in total. */
public record EventStats(List<Line> lines, List<Line> totals) {

	public record Line(AttendanceMode mode, String groupCode, long confirmed, long waiting, long pending, long cancelled,
			long checkedIn, Integer limit) {

		public long registered() {
			return confirmed + waiting + pending;
		}

		/** Checked in as a share of confirmed, in per cent (0 when nobody is confirmed). */
		public long attendanceRate() {
			return confirmed == 0 ? 0 : Math.round(100.0 * checkedIn / confirmed);
		}
	}

	static EventStats of(Event event, List<Object[]> counts) {
		List<Line> lines = new ArrayList<>();
		List<Line> totals = new ArrayList<>();
		for (AttendanceMode mode : AttendanceMode.values()) {
			long[] sum = new long[5];
			for (ParticipantGroup g : event.groups()) {
				long[] c = new long[5];
				for (Object[] row : counts) {
					if (row[0] == mode && g.code().equals(row[1])) {
						int i = ((RegistrationStatus) row[2]).ordinal();
						c[i] += ((Number) row[3]).longValue();
						if (row[2] == RegistrationStatus.CONFIRMED && row[4] != null) {
							c[4] += ((Number) row[4]).longValue();
						}
					}
				}
				lines.add(new Line(mode, g.code(), c[0], c[1], c[2], c[3], c[4], g.quota(mode)));
				for (int i = 0; i < 5; i++) {
					sum[i] += c[i];
				}
			}
			totals.add(new Line(mode, null, sum[0], sum[1], sum[2], sum[3], sum[4], event.capacity(mode)));
		}
		return new EventStats(lines, totals);
	}
}
