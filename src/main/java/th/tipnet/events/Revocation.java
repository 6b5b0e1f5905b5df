package th.tipnet.events;

import java.util.UUID;

/**
 * A ticket scanners must refuse: every ticket of a cancelled registration ({@code serial} null), or
 * one replaced ticket (its serial and typed code) of a participant who changed mode.
 */
record Revocation(UUID registrationId, String ticketCode, Integer serial, String reason) {

	public static final String CANCELLED = "CANCELLED";

	public static final String REISSUED = "REISSUED";
}
