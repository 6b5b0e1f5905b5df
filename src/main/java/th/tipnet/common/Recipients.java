package th.tipnet.common;

import java.util.List;
import java.util.UUID;

/**
 * Who to tell: the active holders of a role, with an e-mail address, for modules that must tell people
 * by role (case alerts, break glass) without depending on the module that keeps accounts (identity
 * implements it). Each address is given once; roles are named as stored ({@code CASE_SUPERVISOR}), and
 * an unknown role names nobody.
 */
public interface Recipients {

	/** Someone to mail: the account, its display name, its address and the language to write in ({@code th} or {@code en}). */
	record Recipient(UUID userId, String name, String address, String language) {
	}

	/** The active holders of the role in the organisation. */
	List<Recipient> withRole(UUID organisationId, String role);

	/** The active holders of the role whose account names the province (provincial coordinators work in one). */
	List<Recipient> withRoleInProvince(String provinceCode, String role);
}
