package th.tipnet.directory;

import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.repository.ListCrudRepository;

/** The contacts taken from public sources, by organisation. */
interface PublicContacts extends ListCrudRepository<PublicContact, UUID> {

	List<PublicContact> findByOrganisationIdOrderByKind(UUID organisationId);

	List<PublicContact> findByOrganisationIdIn(Collection<UUID> organisationIds);

	Optional<PublicContact> findByIdAndOrganisationId(UUID id, UUID organisationId);

	boolean existsByOrganisationIdAndKind(UUID organisationId, PublicContact.Kind kind);
}
