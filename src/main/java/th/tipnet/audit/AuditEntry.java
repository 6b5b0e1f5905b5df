package th.tipnet.audit;

import java.time.Instant;
import java.util.UUID;

/**
 * One line of the audit log, as stored. {@code seq}, {@code previousHash} and {@code hash} are
 * null until the entry is sealed into the chain, a moment after its transaction commits.
 */
public record AuditEntry(long id, Long seq, Instant occurredAt, UUID actorId, String actorName, UUID actorOrganisationId,
		String entityType, String entityId, String action, String changes, String requestId, String clientAddress,
		String previousHash, String hash) {

	public boolean sealed() {
		return hash != null;
	}

	/** The hash this entry must have at chain position {@code seq} after {@code previousHash}. */
	String computeHash(long seq, String previousHash) {
		return ChainHash.of(previousHash, seq, occurredAt, actorId, actorName, actorOrganisationId, entityType, entityId,
				action, changes, requestId, clientAddress);
	}

	String computeHash() {
		return computeHash(seq, previousHash);
	}
}
