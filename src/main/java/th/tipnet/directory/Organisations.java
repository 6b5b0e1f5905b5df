package th.tipnet.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.repository.ListCrudRepository;
import org.springframework.data.repository.query.Param;

/** All organisations of the network. */
interface Organisations extends ListCrudRepository<Organisation, UUID> {

	Optional<Organisation> findByReferenceKey(String referenceKey);

	/** Reference key → id of every reference-data organisation, in one query (start-up reads it). */
	@Query("select o.referenceKey, o.id from Organisation o where o.referenceKey is not null")
	List<Object[]> referenceKeys();

	List<Organisation> findByParentIdOrderByNameTh(UUID parentId);

	@Query("select o from Organisation o where o.status = th.tipnet.directory.OrganisationStatus.ACTIVE"
			+ " and (o.verifiedAt is null or o.verifiedAt < :before) order by o.verifiedAt nulls first, o.nameTh")
	List<Organisation> unverifiedSince(@Param("before") java.time.Instant before);

	boolean existsByNameThIgnoreCase(String nameTh);

	@Query("select o.id from Organisation o join o.provinceCodes p where p = :code")
	List<UUID> idsCovering(@Param("code") String provinceCode);

}
