package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Coordinators' queries. The pseudonymised ones select only the columns of {@link PseudonymisedCase}
 * (never a name, the circumstances, the district or the screening's reasons: those are not even read),
 * within the coordinator's province or, for network coordinators, all; the full case only through a
 * break glass of the caller that has not expired.
 */
interface OverseenCases extends Repository<Case, UUID> {

	String FROM = " from Case c left join c.screening s";

	@Query(value = "select " + PseudonymisedCase.COLUMNS + FROM + " where c.provinceCode = :province"
			+ " order by c.screeningDueAt, c.id",
			countQuery = "select count(c) from Case c where c.provinceCode = :province")
	Page<Object[]> linesInProvince(String province, Pageable page);

	@Query(value = "select " + PseudonymisedCase.COLUMNS + FROM + " order by c.screeningDueAt, c.id",
			countQuery = "select count(c) from Case c")
	Page<Object[]> lines(Pageable page);

	@Query("select " + PseudonymisedCase.COLUMNS + FROM + " where c.id = :id and c.provinceCode = :province")
	List<Object[]> lineInProvince(UUID id, String province);

	@Query("select " + PseudonymisedCase.COLUMNS + FROM + " where c.id = :id")
	List<Object[]> line(UUID id);

	/** The case's referrals as {@link PseudonymisedCase.ReferralState} reads them, first sent first. */
	@Query("select r.id, r.senderOrganisationId, r.receiverOrganisationId, r.parentReferralId, r.purpose, r.urgency,"
			+ " r.state, r.sentAt, r.answerDueAt, r.answeredAt from Referral r where r.caseId = :id order by r.sentAt, r.id")
	List<Object[]> referralStates(UUID id);

	/** The case's timeline: what and when, in order. */
	@Query("select st.what, st.at from Case c join c.steps st where c.id = :id order by index(st)")
	List<Object[]> steps(UUID id);

	/** The whole case, only to open it under break glass once the coordinator's scope is checked. */
	@Query("select c from Case c where c.id = :id")
	Optional<Case> whole(UUID id);

	/** The whole case, for the user whose break glass on it is still open at {@code now}. */
	@Query("select c from Case c where c.id = :id and exists (select b.id from BreakGlass b where b.caseId = c.id"
			+ " and b.userId = :userId and b.expiresAt > :now)")
	Optional<Case> openUnderBreakGlass(UUID id, UUID userId, Instant now);
}
