package th.tipnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class ChainHashTest {

	private final AuditEntry entry = new AuditEntry(7, 7L, Instant.parse("2026-11-24T01:00:00Z"), UUID.randomUUID(), "admin",
			UUID.randomUUID(), "User", "42", "USER_UPDATED", "{\"displayName\":{\"from\":\"a\",\"to\":\"b\"}}", "req-1",
			"127.0.0.1", ChainHash.GENESIS, null);

	@Test
	void changesWhenAnyFieldOrThePredecessorChanges() {
		String hash = entry.computeHash();
		assertThat(hash).hasSize(64).isEqualTo(entry.computeHash());
		assertThat(withAction("USER_CREATED").computeHash()).isNotEqualTo(hash);
		var otherPredecessor = new AuditEntry(entry.id(), entry.seq(), entry.occurredAt(), entry.actorId(), entry.actorName(),
				entry.actorOrganisationId(), entry.entityType(), entry.entityId(), entry.action(), entry.changes(),
				entry.requestId(), entry.clientAddress(), "f".repeat(64), null);
		assertThat(otherPredecessor.computeHash()).isNotEqualTo(hash);
	}

	@Test
	void fieldsCannotBleedIntoEachOther() {
		assertThat(ChainHash.of("ab", "c")).isNotEqualTo(ChainHash.of("a", "bc"));
		assertThat(ChainHash.of(null, "x")).isNotEqualTo(ChainHash.of("", "x"));
	}

	private AuditEntry withAction(String action) {
		return new AuditEntry(entry.id(), entry.seq(), entry.occurredAt(), entry.actorId(), entry.actorName(),
				entry.actorOrganisationId(), entry.entityType(), entry.entityId(), action, entry.changes(), entry.requestId(),
				entry.clientAddress(), entry.previousHash(), null);
	}
}
