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

	/** Accounts with this e-mail address, whatever its case (an address may serve several accounts). */
	@Query("select u from User u where lower(u.email) = :email")
	java.util.List<User> findByEmail(@Param("email") String lowerCaseEmail);

	/**
	 * Accounts an administrator may act on: in the given organisations (or all), holding no role
	 * beyond those the administrator may grant, by free text on name and username. The same rule as
	 * {@link AdministrationScope#mayManage}, so a list never shows an account that then is "not found".
	 */
	@Query("""
			select u from User u
			where (:allOrganisations = true or u.organisationId in :organisations)
			  and not exists (select o.id from User o join o.roles r where o = u and r not in :assignable)
			  and (:q is null or lower(u.username) like :q or lower(u.displayName) like :q)
			order by u.username
			""")
	Page<User> search(@Param("allOrganisations") boolean allOrganisations,
			@Param("organisations") Collection<UUID> organisations, @Param("assignable") Collection<Role> assignableRoles,
			@Param("q") String likePattern, Pageable pageable);

	/** Active accounts holding the role in the organisation. */
	@Query("select u from User u join u.roles r where u.enabled = true and r = :role and u.organisationId = :organisationId order by u.username")
	java.util.List<User> findActiveWithRoleInOrganisation(@Param("organisationId") UUID organisationId, @Param("role") Role role);

	/** Active accounts holding the role for the province. */
	@Query("select u from User u join u.roles r where u.enabled = true and r = :role and u.provinceCode = :provinceCode order by u.username")
	java.util.List<User> findActiveWithRoleInProvince(@Param("provinceCode") String provinceCode, @Param("role") Role role);
}
