package th.tipnet.cases;

import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * The cases, always asked for within the organisation that leads them: no query here can return
 * another organisation's case, so need-to-know holds in every list, count and look-up. (A plain
 * {@link Repository}: no {@code findById} or {@code findAll} to call by mistake.)
 */
interface Cases extends Repository<Case, UUID> {

	Case save(Case c);

	Optional<Case> findByIdAndLeadOrganisationId(UUID id, UUID leadOrganisationId);

	/** A case one of whose referrals went to the organisation (in any state: its steps go on the case's timeline). */
	@Query("select c from Case c where c.id = :id and exists (select r.id from Referral r where r.caseId = c.id"
			+ " and r.receiverOrganisationId = :organisationId)")
	Optional<Case> findReferredTo(UUID id, UUID organisationId);

	Optional<Case> findByOpenedByAndIdempotencyKey(UUID openedBy, String idempotencyKey);
}
