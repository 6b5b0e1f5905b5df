package th.tipnet.exhibition;

import java.util.UUID;

/**
 * What an organiser says about a booth: its number (unique in the event), zone, type, the
 * organisation it is allocated to, an optional label in Thai and English, and an optional cell on
 * the booth map (row and column, both or neither).
 */
record BoothAllocation(String number, String zone, BoothType type, UUID organisationId, String labelTh,
		String labelEn, Integer gridRow, Integer gridColumn) {
}
