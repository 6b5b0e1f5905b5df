package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Modifying;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.Repository;

/** Unfinished intakes, always asked for within the organisation that owns them and before they lapse. */
interface IntakeDrafts extends Repository<IntakeDraft, UUID> {

	IntakeDraft save(IntakeDraft d);

	void delete(IntakeDraft d);

	Optional<IntakeDraft> findByIdAndOrganisationIdAndExpiresAtAfter(UUID id, UUID organisationId, Instant now);

	Optional<IntakeDraft> findByCreatedByAndIdempotencyKeyAndOrganisationId(UUID createdBy, String idempotencyKey,
			UUID organisationId);

	List<IntakeDraft> findTop100ByOrganisationIdAndExpiresAtAfterOrderBySavedAtDesc(UUID organisationId, Instant now);

	@Modifying
	@Query("delete from IntakeDraft d where d.expiresAt <= :now")
	int deleteLapsed(Instant now);
}
