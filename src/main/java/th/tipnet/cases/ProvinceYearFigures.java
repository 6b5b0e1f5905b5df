package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Dates;

/**
 * Counts a province's year straight from the tables, reading timestamps and states only (never a
 * sealed column). The median is taken here rather than in SQL, as H2 and PostgreSQL spell it
 * differently, and one province's year holds few enough screenings to read.
 */
@Service
class ProvinceYearFigures implements ReferralMechanismFigures {

	private final JdbcTemplate jdbc;

	private final Clock clock;

	ProvinceYearFigures(JdbcTemplate jdbc, Clock clock) {
		this.jdbc = jdbc;
		this.clock = clock;
	}

	@Override
	@Transactional(readOnly = true)
	public ProvinceFigures ofProvince(String provinceCode, int yearCe) {
		OffsetDateTime from = LocalDate.of(yearCe, 1, 1).atStartOfDay(Dates.BANGKOK).toOffsetDateTime();
		OffsetDateTime to = LocalDate.of(yearCe + 1, 1, 1).atStartOfDay(Dates.BANGKOK).toOffsetDateTime();
		List<Screened> screened = jdbc.query("""
				SELECT c.first_contact_at, s.decided_at, s.outcome FROM nrm_screening s JOIN nrm_case c ON c.id = s.case_id
				WHERE c.province_code = ? AND s.decided_at >= ? AND s.decided_at < ?""",
				(rs, i) -> new Screened(rs.getObject(1, OffsetDateTime.class), rs.getObject(2, OffsetDateTime.class),
						"IDENTIFIED_VICTIM".equals(rs.getString(3))),
				provinceCode, from, to);
		long identified = screened.stream().filter(Screened::identified).count();
		double[] hours = screened.stream()
			.mapToDouble(s -> Duration.between(s.firstContact(), s.decided()).toMinutes() / 60.0)
			.sorted()
			.toArray();
		OffsetDateTime now = clock.instant().atOffset(ZoneOffset.UTC);
		long[] answers = jdbc.queryForObject("""
				SELECT COUNT(*), COALESCE(SUM(CASE WHEN answered_at IS NOT NULL AND answered_at <= answer_due_at THEN 1 ELSE 0 END), 0)
				FROM nrm_referral WHERE province_code = ? AND sent_at >= ? AND sent_at < ?
				AND (answered_at IS NOT NULL OR answer_due_at <= ?)""",
				(rs, i) -> new long[] { rs.getLong(1), rs.getLong(2) }, provinceCode, from, to, now);
		long delivered = jdbc.queryForObject("""
				SELECT COUNT(*) FROM nrm_referral WHERE province_code = ? AND state = 'DONE' AND successful = TRUE
				AND completed_at >= ? AND completed_at < ?""", Long.class, provinceCode, from, to);
		long cases = jdbc.queryForObject("""
				SELECT COUNT(*) FROM nrm_case WHERE province_code = ? AND first_contact_at >= ? AND first_contact_at < ?""",
				Long.class, provinceCode, from, to);
		return new ProvinceFigures(provinceCode, yearCe, SmallNumbers.count(identified),
				SmallNumbers.computedFrom(hours.length, median(hours)),
				SmallNumbers.computedFrom(answers[0], answers[0] == 0 ? 0 : 100.0 * answers[1] / answers[0]),
				SmallNumbers.count(delivered), cases + screened.size() + answers[0] + delivered > 0);
	}

	private static double median(double[] sorted) {
		if (sorted.length == 0) {
			return 0;
		}
		int middle = sorted.length / 2;
		return sorted.length % 2 == 1 ? sorted[middle] : (sorted[middle - 1] + sorted[middle]) / 2;
	}

	private record Screened(OffsetDateTime firstContact, OffsetDateTime decided, boolean identified) {
	}
}
