package th.tipnet.audit;

import java.time.Instant;
import java.util.UUID;

/** One line of the audit log, as stored. */
public record AuditEntry(long seq, Instant occurredAt, UUID actorId, String actorName, UUID actorOrganisationId,
		String entityType, String entityId, String action, String changes, String requestId, String clientAddress,
		String previousHash, String hash) {

	/** The hash this entry must have, given its content and its predecessor's hash. */
	String computeHash() {
		return ChainHash.of(previousHash, seq, occurredAt, actorId, actorName, actorOrganisationId, entityType, entityId,
				action, changes, requestId, clientAddress);
	}
}
