package th.tipnet.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/**
 * Referrals asked for through the case they belong to: the lead organisation reaches every referral of
 * its case (onward ones included), an organisation the case was referred to those it received and
 * those it referred onward. Every query carries the caller's organisation.
 */
interface CaseReferrals extends Repository<Referral, UUID> {

	@Query("select r from Referral r where r.caseId = :caseId and exists (select c.id from Case c where c.id = r.caseId"
			+ " and c.leadOrganisationId = :organisationId) order by r.sentAt, r.id")
	List<Referral> ofCaseLedBy(UUID caseId, UUID organisationId);

	@Query("select r from Referral r where r.caseId = :caseId and (r.receiverOrganisationId = :organisationId"
			+ " or (r.senderOrganisationId = :organisationId and r.parentReferralId is not null)) order by r.sentAt, r.id")
	List<Referral> ofCaseReceivedOrSentOnwardBy(UUID caseId, UUID organisationId);

	/** A referral of a case the organisation leads. */
	@Query("select r from Referral r where r.id = :id and exists (select c.id from Case c where c.id = r.caseId"
			+ " and c.leadOrganisationId = :organisationId)")
	Optional<Referral> oneOfCaseLedBy(UUID id, UUID organisationId);

	/** The referrals made onward from this one. */
	List<Referral> findByParentReferralId(UUID parentReferralId);
}
