package th.tipnet.audit;

import java.util.ArrayList;
import java.util.List;

import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;

/**
 * Chains committed audit entries by hash, in the order they became visible. Sealing takes the
 * chain head's row lock, so any number of instances may run it and each entry is sealed exactly
 * once; writers never wait for it. Runs every second and before every chain check.
 */
@Component
public class AuditSeal {

	private static final int BATCH = 2_000;

	private final JdbcTemplate jdbc;

	/**
	 * Its own transaction, whoever calls (the scheduler calls from inside this class, where an
	 * annotation would not apply): the head's row lock must last until the seals commit.
	 */
	private final org.springframework.transaction.support.TransactionTemplate ownTransaction;

	AuditSeal(JdbcTemplate jdbc, org.springframework.transaction.PlatformTransactionManager transactions) {
		this.jdbc = jdbc;
		this.ownTransaction = new org.springframework.transaction.support.TransactionTemplate(transactions);
		this.ownTransaction.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
	}

	@Scheduled(fixedDelayString = "${tipnet.audit.seal-every:PT1S}", initialDelayString = "${tipnet.audit.seal-every:PT1S}")
	void sealPeriodically() {
		sealCommitted();
	}

	/** Seals everything committed so far; returns how many entries it sealed. */
	public int sealCommitted() {
		int sealed = 0;
		int batch;
		do {
			batch = ownTransaction.execute(status -> sealBatch());
			sealed += batch;
		}
		while (batch == BATCH);
		return sealed;
	}

	private int sealBatch() {
		var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1 FOR UPDATE");
		long seq = ((Number) head.get("last_seq")).longValue();
		String previous = (String) head.get("last_hash");
		List<AuditEntry> unsealed = jdbc.query("SELECT * FROM audit_entry WHERE seq IS NULL ORDER BY id LIMIT " + BATCH,
				AuditTrail::map);
		if (unsealed.isEmpty()) {
			return 0;
		}
		List<Object[]> seals = new ArrayList<>(unsealed.size());
		for (AuditEntry entry : unsealed) {
			seq++;
			String hash = entry.computeHash(seq, previous);
			seals.add(new Object[] { seq, previous, hash, entry.id() });
			previous = hash;
		}
		int[] updated = jdbc.batchUpdate("UPDATE audit_entry SET seq = ?, previous_hash = ?, hash = ? WHERE id = ? AND seq IS NULL",
				seals);
		for (int count : updated) {
			// Another sealer got there first (it should not, under the head's lock): seal nothing rather than fork the chain.
			if (count == 0) {
				throw new IllegalStateException("Audit entry sealed concurrently; this batch is rolled back");
			}
		}
		jdbc.update("UPDATE audit_chain_head SET last_seq = ?, last_hash = ? WHERE id = 1", seq, previous);
		return unsealed.size();
	}
}
