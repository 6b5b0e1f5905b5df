package th.tipnet.identity;

import java.util.EnumSet;
import java.util.Set;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.stereotype.Component;

/** Which roles must use a second factor; set by a system administrator. */
@Component
class RolePolicies {

	private final JdbcTemplate jdbc;

	RolePolicies(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	Set<Role> totpRequired() {
		Set<Role> roles = EnumSet.noneOf(Role.class);
		jdbc.queryForList("SELECT role FROM role_policy WHERE totp_required = TRUE", String.class).forEach(r -> {
			try {
				roles.add(Role.valueOf(r));
			}
			catch (IllegalArgumentException retired) {
				// a role removed from the code; its policy row is ignored
			}
		});
		return roles;
	}

	boolean requiresTotp(Set<Role> roles) {
		Set<Role> required = totpRequired();
		return roles.stream().anyMatch(required::contains);
	}

	void requireTotp(Role role, boolean required) {
		int updated = jdbc.update("UPDATE role_policy SET totp_required = ?, version = version + 1 WHERE role = ?", required,
				role.name());
		if (updated == 0) {
			jdbc.update("INSERT INTO role_policy (role, totp_required, version) VALUES (?, ?, 0)", role.name(), required);
		}
	}
}
