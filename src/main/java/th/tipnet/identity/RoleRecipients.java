package th.tipnet.identity;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Languages;
import th.tipnet.common.Recipients;

/**
 * The addresses of the active holders of a role, for other modules' mail (case alerts, break glass). Accounts keep
 * no language of their own yet, so every recipient is written to in Thai, the network's language; an
 * unknown role names nobody.
 */
@Component
class RoleRecipients implements Recipients {

	private final Users users;

	RoleRecipients(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> withRole(UUID organisationId, String role) {
		return role(role) == null ? List.of() : addresses(users.findActiveWithRoleInOrganisation(organisationId, role(role)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> withRoleInProvince(String provinceCode, String role) {
		return role(role) == null || provinceCode == null ? List.of()
				: addresses(users.findActiveWithRoleInProvince(provinceCode, role(role)));
	}

	private static Role role(String name) {
		for (Role r : Role.values()) {
			if (r.name().equals(name)) {
				return r;
			}
		}
		return null;
	}

	private static List<Recipient> addresses(List<User> holders) {
		Map<String, Recipient> once = new LinkedHashMap<>();
		for (User u : holders) {
			if (u.email() != null && !u.email().isBlank()) {
				once.putIfAbsent(u.email().strip().toLowerCase(Locale.ROOT),
						new Recipient(u.id(), u.displayName(), u.email().strip(), Languages.THAI.getLanguage()));
			}
		}
		return List.copyOf(once.values());
	}
}
