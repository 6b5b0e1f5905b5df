package th.tipnet.identity;

import java.util.List;

import jakarta.persistence.EntityManager;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * The active accounts holding a role, for a module that lets its staff choose among them (the
 * awards' secretariat seats judges on a panel). Names and organisations only, as {@link UserView}.
 */
@Service
public class RoleHolders {

	private final EntityManager entities;

	RoleHolders(EntityManager entities) {
		this.entities = entities;
	}

	/** The enabled accounts with the role, by display name. */
	@Transactional(readOnly = true)
	public List<UserView> active(Role role) {
		return entities
			.createQuery("select u from User u join u.roles r where u.enabled = true and r = :role order by u.displayName",
					User.class)
			.setParameter("role", role)
			.getResultList()
			.stream()
			.map(UserView::of)
			.toList();
	}
}
