package th.tipnet.cases;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * A case worker's list of the organisation's cases, read as the lines it shows and nothing more: a
 * line needs eight columns of the case and the screening's decision time, where loading whole cases
 * read every name, nationality, step and screening of the page. As every read of cases, it is asked
 * within the caller's organisation only ({@code lead_org_id}), so no other organisation's case can
 * be among its lines or in its count; each page read is audited with the cases it showed.
 */
@Service
class Worklist {

	/**
	 * Cases still to work first (awaiting screening or sign-off), the screening clock's most urgent
	 * first; then the others, the newest first. PostgreSQL reads it in this order from
	 * {@code nrm_case_worklist_idx} (V40), whose expressions are these, and stops after the page.
	 */
	static final String ORDER = """
			CASE WHEN c.status IN ('AWAITING_SCREENING', 'AWAITING_SIGN_OFF') THEN 0 ELSE 1 END,
			CASE WHEN c.status IN ('AWAITING_SCREENING', 'AWAITING_SIGN_OFF') THEN c.screening_due_at END,
			c.opened_at DESC, c.id""";

	/** The page of cases first, then their screenings: the join reads twenty screenings, not all those skipped. */
	private static final String PAGE = """
			SELECT c.id, c.case_number, c.status, c.channel, c.province_code, c.first_contact_at, c.child_procedure,
			       c.screening_due_at, c.opened_at, s.decided_at
			FROM (SELECT c.id, c.case_number, c.status, c.channel, c.province_code, c.first_contact_at, c.child_procedure,
			             c.screening_due_at, c.opened_at
			      FROM nrm_case c WHERE c.lead_org_id = ?
			      ORDER BY %1$s
			      LIMIT ? OFFSET ?) c
			LEFT JOIN nrm_screening s ON s.case_id = c.id
			ORDER BY %1$s""".formatted(ORDER);

	private final JdbcTemplate jdbc;

	private final AuditTrail audit;

	private final Clock clock;

	Worklist(JdbcTemplate jdbc, AuditTrail audit, Clock clock) {
		this.jdbc = jdbc;
		this.audit = audit;
		this.clock = clock;
	}

	/** A page of the caller's organisation's cases; {@code size} is capped at {@value Caseload#MAX_PAGE}. */
	@Transactional
	Page<CaseView.Summary> page(int page, int size) {
		Actor actor = Caseload.caseWorker().orElseThrow(DomainException::forbidden);
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), Caseload.MAX_PAGE));
		Instant now = clock.instant();
		List<CaseView.Summary> lines = jdbc.query(PAGE, (rs, row) -> line(rs, now), actor.organisationId(),
				request.getPageSize(), request.getOffset());
		long total = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Long.class,
				actor.organisationId());
		audit.record(CasesAudit.CASE, null, CasesAudit.CASES_LISTED, Changes.none()
			.note("page", request.getPageNumber())
			.note("caseIds", lines.stream().map(l -> l.id().toString()).toList()));
		return new PageImpl<>(lines, request, total);
	}

	private static CaseView.Summary line(ResultSet rs, Instant now) throws SQLException {
		ScreeningClock screening = new ScreeningClock(instant(rs, "screening_due_at"), now, instant(rs, "decided_at"));
		return new CaseView.Summary(rs.getObject("id", UUID.class), rs.getString("case_number"), rs.getString("status"),
				rs.getString("channel"), rs.getString("province_code"), instant(rs, "first_contact_at"), rs.getBoolean("child_procedure"),
				CaseView.Screening.of(screening));
	}

	private static Instant instant(ResultSet rs, String column) throws SQLException {
		OffsetDateTime at = rs.getObject(column, OffsetDateTime.class);
		return at == null ? null : at.toInstant();
	}
}
