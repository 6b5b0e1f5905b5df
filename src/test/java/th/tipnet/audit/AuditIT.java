package th.tipnet.audit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.dao.DataAccessException;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestDatabase;

@IntegrationTest
class AuditIT {

	@LocalServerPort
	int port;

	@Autowired
	th.tipnet.audit.AuditTrail audit;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Api admin;

	TestAccounts.Account adminAccount;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		adminAccount = accounts.create("audit-admin", Role.SYSTEM_ADMIN);
		admin = new Api(port).signIn(adminAccount.username(), adminAccount.password());
	}

	@Test
	void recordsWhoWhichOrganisationWhatChangedTheRequestAndTheAddress() {
		var member = accounts.create("audited", Role.MEMBER);
		long version = admin.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		admin.put("/api/v1/users/" + member.id(), Map.of("displayName", "Renamed for audit", "organisationId",
				member.organisationId().toString(), "roles", java.util.List.of("MEMBER"), "version", version), Map.of());

		var entries = admin.get("/api/v1/audit?action=USER_UPDATED&actor=" + adminAccount.username()).json().get("items");
		assertThat(entries).hasSize(1);
		var e = entries.get(0);
		assertThat(e.get("actorName").asString()).isEqualTo(adminAccount.username());
		assertThat(e.get("actorOrganisationId").asString()).isEqualTo(adminAccount.organisationId().toString());
		assertThat(e.get("entityType").asString()).isEqualTo("User");
		assertThat(e.get("entityId").asString()).isEqualTo(member.id().toString());
		assertThat(e.get("changes").asString()).contains("displayName").contains("Renamed for audit");
		assertThat(e.get("requestId").asString()).isNotBlank();
		assertThat(e.get("clientAddress").asString()).isIn("127.0.0.1", "0:0:0:0:0:0:0:1");
	}

	@Test
	void entriesCommitAndRollBackWithTheirTransactionInTheOrderTheyWereMade() {
		var transactions = context.getBean(org.springframework.transaction.PlatformTransactionManager.class);
		var outer = new org.springframework.transaction.support.TransactionTemplate(transactions);
		var inner = new org.springframework.transaction.support.TransactionTemplate(transactions);
		inner.setPropagationBehavior(org.springframework.transaction.TransactionDefinition.PROPAGATION_REQUIRES_NEW);
		String entity = java.util.UUID.randomUUID().toString();
		assertThatThrownBy(() -> outer.executeWithoutResult(status -> {
			audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.TEST, entity, TestAudit.FIRST, Changes.none());
			// Committed on its own, whatever the outer transaction does.
			inner.executeWithoutResult(s -> audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.TEST, entity, TestAudit.INNER, Changes.none()));
			audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.TEST, entity, TestAudit.SECOND, Changes.none());
			throw new IllegalStateException("the change fails");
		})).isInstanceOf(IllegalStateException.class);
		outer.executeWithoutResult(status -> {
			audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.TEST, entity, TestAudit.KEPT_1, Changes.none());
			audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.TEST, entity, TestAudit.KEPT_2, Changes.none());
		});
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class, entity))
			.containsExactly("INNER", "KEPT_1", "KEPT_2");
	}

	@Test
	void neverRecordsAPassword() {
		var member = accounts.create("secret", Role.MEMBER);
		new Api(port).post("/api/v1/auth/token", Map.of("username", member.username(), "password", "Wrong-but-secret-99"));
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ? OR actor_name LIKE ?",
				Integer.class, "%Wrong-but-secret-99%", "%Wrong-but-secret-99%")).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE changes LIKE ?", Integer.class,
				"%" + TestAccounts.PASSWORD + "%")).isZero();
	}

	@Test
	void filtersByDateRangeInBangkokDays() {
		String today = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).toString();
		String yesterday = java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).minusDays(1).toString();
		assertThat(admin.get("/api/v1/audit?from=" + today + "&to=" + today).json().get("total").asInt()).isPositive();
		assertThat(admin.get("/api/v1/audit?to=" + yesterday).json().get("total").asInt()).isZero();
		var bad = admin.get("/api/v1/audit?from=5-6-2567");
		assertThat(bad.status()).isEqualTo(400);
		assertThat(bad.problemFields()).containsExactly("from");
	}

	@Test
	void theDatabaseRefusesToUpdateOrDeleteAuditEntries() {
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET action = 'NOTHING' WHERE seq = 1"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThatThrownBy(() -> jdbc.update("DELETE FROM audit_entry WHERE seq = 1"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		if (TestDatabase.postgres()) {
			assertThatThrownBy(() -> jdbc.execute("TRUNCATE audit_entry")).isInstanceOf(DataAccessException.class);
		}
	}

	@Test
	void sealingIsTheOnlyUpdateAndItCannotChangeWhatAnEntrySays() {
		jdbc.update("INSERT INTO audit_entry (occurred_at, actor_name, entity_type, action) VALUES (CURRENT_TIMESTAMP, 'x', 'Test', 'UNSEALED_PROBE')");
		assertThatThrownBy(() -> jdbc.update("UPDATE audit_entry SET action = 'REWRITTEN', seq = -1, previous_hash = 'p', hash = 'h'"
				+ " WHERE action = 'UNSEALED_PROBE'"))
			.isInstanceOf(DataAccessException.class)
			.rootCause()
			.hasMessageContaining("append-only");
		assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'UNSEALED_PROBE' AND hash IS NOT NULL",
				Integer.class)).isEqualTo(1);
	}

	@Test
	void concurrentWritersNeverWaitForEachOtherAndTheChainStaysWhole() throws Exception {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(16);
		try {
			var done = new java.util.ArrayList<java.util.concurrent.Future<?>>();
			for (int i = 0; i < 200; i++) {
				int n = i;
				done.add(pool.submit(() -> audit.recordAs(th.tipnet.common.Actor.SYSTEM, TestAudit.PROBE, n, TestAudit.CONCURRENT_PROBE,
						th.tipnet.audit.Changes.none())));
			}
			for (var f : done) {
				f.get();
			}
		}
		finally {
			pool.shutdown();
		}
		var result = admin.get("/api/v1/audit/verify").json();
		assertThat(result.get("valid").asBoolean()).isTrue();
		assertThat(jdbc.queryForObject("SELECT COUNT(DISTINCT seq) FROM audit_entry WHERE action = 'CONCURRENT_PROBE'",
				Integer.class)).isEqualTo(200);
	}

	@Test
	void verifyingFindsTheFirstEntryWhoseContentWasAlteredBehindTheApplicationsBack() {
		assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
		long seq = jdbc.queryForObject("SELECT MIN(seq) FROM audit_entry WHERE action = 'API_TOKEN_ISSUED'", Long.class);
		String original = jdbc.queryForObject("SELECT actor_name FROM audit_entry WHERE seq = ?", String.class, seq);
		// An attacker with database rights switches the guard off first; the chain still tells.
		bypassGuard(() -> jdbc.update("UPDATE audit_entry SET actor_name = 'someone-else' WHERE seq = ?", seq));
		try {
			var result = admin.get("/api/v1/audit/verify").json();
			assertThat(result.get("valid").asBoolean()).isFalse();
			assertThat(result.get("brokenAtSeq").asLong()).isEqualTo(seq);
			assertThat(result.get("reason").asString()).isEqualTo("content-altered");
		}
		finally {
			bypassGuard(() -> jdbc.update("UPDATE audit_entry SET actor_name = ? WHERE seq = ?", original, seq));
		}
		assertThat(admin.get("/api/v1/audit/verify").json().get("valid").asBoolean()).isTrue();
	}

	@Test
	void onlySystemAdministratorsReadTheLog() {
		var member = accounts.create("nosy", Role.MEMBER);
		Api api = new Api(port).withToken(accounts.token(member));
		assertThat(api.get("/api/v1/audit").status()).isEqualTo(403);
		assertThat(api.get("/api/v1/audit/verify").status()).isEqualTo(403);
		assertThat(new Api(port).get("/api/v1/audit").status()).isEqualTo(401);
	}

	private void bypassGuard(Runnable tamper) {
		if (TestDatabase.postgres()) {
			jdbc.execute("ALTER TABLE audit_entry DISABLE TRIGGER audit_entry_append_only");
			try {
				tamper.run();
			}
			finally {
				jdbc.execute("ALTER TABLE audit_entry ENABLE TRIGGER audit_entry_append_only");
			}
		}
		else {
			jdbc.execute("DROP TRIGGER audit_entry_append_only");
			try {
				tamper.run();
			}
			finally {
				jdbc.execute("CREATE TRIGGER audit_entry_append_only BEFORE UPDATE, DELETE ON audit_entry "
						+ "FOR EACH ROW CALL 'th.tipnet.audit.AppendOnlyTrigger'");
			}
		}
	}
}
