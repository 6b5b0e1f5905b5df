package th.tipnet.exhibition;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface Booths extends JpaRepository<Booth, UUID> {

	List<Booth> findByEventId(UUID eventId);

	boolean existsByEventId(UUID eventId);

	Optional<Booth> findByEventIdAndNumber(UUID eventId, String number);

	Optional<Booth> findByEventIdAndGridRowAndGridColumn(UUID eventId, Integer gridRow, Integer gridColumn);

	List<Booth> findByOrganisationId(UUID organisationId);

	@Query("SELECT p.booth FROM Product p WHERE p.id = :productId")
	Optional<Booth> findByProductId(@Param("productId") UUID productId);
}
