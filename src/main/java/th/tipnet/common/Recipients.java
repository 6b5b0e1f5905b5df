package th.tipnet.common;

import java.util.List;
import java.util.UUID;

/**
 * Where to mail the holders of a role, for modules that must tell people by role without depending on
 * the module that keeps accounts (identity implements it). Only active accounts with an address are
 * given, each address once.
 */
public interface Recipients {

	/** An address and the language to write to it in ({@code th} or {@code en}). */
	record Recipient(String address, String language) {
	}

	/** The active holders of the role in the organisation. */
	List<Recipient> withRole(UUID organisationId, String role);

	/** The active holders of the role for the province (provincial coordinators work in one). */
	List<Recipient> withRoleInProvince(String provinceCode, String role);
}
