package th.tipnet.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.query.Param;
import org.springframework.data.repository.Repository;

/**
 * The cases, always asked for within the organisation that leads them: no query here can return
 * another organisation's case, so need-to-know holds in every list, count and look-up. (A plain
 * {@link Repository}: no {@code findById} or {@code findAll} to call by mistake.)
 */
interface Cases extends Repository<Case, UUID> {

	Case save(Case c);

	Optional<Case> findByIdAndLeadOrganisationId(UUID id, UUID leadOrganisationId);

	/** The organisation's cases, the screening clock's most urgent first. */
	/**
	 * An organisation's cases as its case workers work them: those awaiting screening or sign-off first,
	 * the clock's most urgent first; then the others, the newest first (years of closed cases must not
	 * push today's screenings off the first page).
	 */
	@Query(value = """
			select c from Case c where c.leadOrganisationId = :lead
			order by case when c.status in (th.tipnet.cases.CaseStatus.AWAITING_SCREENING, th.tipnet.cases.CaseStatus.AWAITING_SIGN_OFF)
			              then 0 else 1 end,
			         case when c.status in (th.tipnet.cases.CaseStatus.AWAITING_SCREENING, th.tipnet.cases.CaseStatus.AWAITING_SIGN_OFF)
			              then c.screeningDueAt end asc,
			         c.openedAt desc, c.id""", countQuery = "select count(c) from Case c where c.leadOrganisationId = :lead")
	Page<Case> worklist(@Param("lead") UUID leadOrganisationId, Pageable page);

	/** A case one of whose referrals went to the organisation (in any state: its steps go on the case's timeline). */
	@Query("select c from Case c where c.id = :id and exists (select r.id from Referral r where r.caseId = c.id"
			+ " and r.receiverOrganisationId = :organisationId)")
	Optional<Case> findReferredTo(UUID id, UUID organisationId);

	Optional<Case> findByOpenedByAndIdempotencyKey(UUID openedBy, String idempotencyKey);
}
