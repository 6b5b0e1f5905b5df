package th.tipnet.identity;

import java.util.Collection;
import java.util.Optional;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.Pageable;
import org.springframework.data.jpa.repository.Query;
import org.springframework.data.jpa.repository.JpaRepository;
import org.springframework.data.repository.query.Param;

interface Users extends JpaRepository<User, UUID> {

	Optional<User> findByUsername(String username);

	boolean existsByUsername(String username);

	java.util.List<User> findByOrganisationId(UUID organisationId);

	/** Accounts in the given organisations (null = all), by free text on name and username. */
	@Query("""
			select u from User u
			where (:allOrganisations = true or u.organisationId in :organisations)
			  and (:q is null or lower(u.username) like :q or lower(u.displayName) like :q)
			order by u.username
			""")
	Page<User> search(@Param("allOrganisations") boolean allOrganisations,
			@Param("organisations") Collection<UUID> organisations, @Param("q") String likePattern, Pageable pageable);
}
