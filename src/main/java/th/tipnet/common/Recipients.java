package th.tipnet.common;

import java.util.List;
import java.util.UUID;

/**
 * Who to tell: the active accounts holding a role, with an e-mail address. Identity implements it, so
 * a module can mail an organisation's supervisors or a province's coordinator without depending on
 * identity. Roles are named as stored ({@code CASE_SUPERVISOR}); an unknown role has nobody.
 */
public interface Recipients {

	/** Someone to mail: the account's id, display name and e-mail address (never empty). */
	record Recipient(UUID userId, String name, String email) {
	}

	/** The enabled users of the organisation who hold the role and have an address. */
	List<Recipient> withRole(UUID organisationId, String role);

	/** The enabled users with the role whose account names the province (provincial coordinators). */
	List<Recipient> withRoleInProvince(String provinceCode, String role);
}
