package th.tipnet.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Referrals, always asked for by the organisation that sent or received them: no query here returns
 * another organisation's referral.
 */
interface Referrals extends Repository<Referral, UUID> {

	Referral save(Referral r);

	/** Writes a verb's change at once, so the referral's row is locked before the case's (see {@link ReferralDesk}). */
	Referral saveAndFlush(Referral r);

	Optional<Referral> findByIdAndSenderOrganisationId(UUID id, UUID senderOrganisationId);

	Optional<Referral> findByIdAndReceiverOrganisationId(UUID id, UUID receiverOrganisationId);

	List<Referral> findByCaseIdAndSenderOrganisationIdOrderBySentAtAsc(UUID caseId, UUID senderOrganisationId);

	List<Referral> findByCaseIdAndReceiverOrganisationId(UUID caseId, UUID receiverOrganisationId);

	/** The organisation's incoming referrals, the earliest answer due first. */
	List<Referral> findByReceiverOrganisationIdOrderByAnswerDueAtAsc(UUID receiverOrganisationId);

	Optional<Referral> findBySentByAndIdempotencyKey(UUID sentBy, String idempotencyKey);
}
