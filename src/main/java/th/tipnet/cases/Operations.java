package th.tipnet.cases;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.Repository;

/**
 * Operations and their cases, always within the organisation that leads them (as {@link Cases}):
 * no query here returns another organisation's operation or case.
 */
interface Operations extends Repository<Operation, UUID> {

	Operation save(Operation o);

	Optional<Operation> findByIdAndLeadOrganisationId(UUID id, UUID leadOrganisationId);

	Optional<Operation> findByOpenedByAndIdempotencyKey(UUID openedBy, String idempotencyKey);

	/** The operation's cases that the organisation leads, by number. */
	@org.springframework.data.jpa.repository.Query("select c from Case c where c.operationId = :operationId"
			+ " and c.leadOrganisationId = :organisationId order by c.number")
	List<Case> casesOf(UUID operationId, UUID organisationId);
}
