package th.tipnet.identity;

import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Recipients;

/** The accounts other modules may mail, by role, within an organisation or a province. */
@Component
class AccountRecipients implements Recipients {

	private final Users users;

	AccountRecipients(Users users) {
		this.users = users;
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> withRole(UUID organisationId, String role) {
		return role(role) == null ? List.of() : mailable(users.findEnabledByOrganisationIdAndRole(organisationId, role(role)));
	}

	@Override
	@Transactional(readOnly = true)
	public List<Recipient> withRoleInProvince(String provinceCode, String role) {
		return role(role) == null ? List.of() : mailable(users.findEnabledByProvinceCodeAndRole(provinceCode, role(role)));
	}

	private static Role role(String name) {
		return Arrays.stream(Role.values()).filter(r -> r.name().equals(name)).findFirst().orElse(null);
	}

	private static List<Recipient> mailable(List<User> found) {
		return found.stream()
			.filter(u -> u.email() != null && !u.email().isBlank())
			.map(u -> new Recipient(u.id(), u.displayName(), u.email()))
			.toList();
	}
}
