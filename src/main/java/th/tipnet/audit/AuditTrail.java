package th.tipnet.audit;

import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.RowMapper;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.web.context.request.RequestContextHolder;
import org.springframework.web.context.request.ServletRequestAttributes;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.RequestIds;
import th.tipnet.common.security.CurrentUser;

/**
 * Appends to and reads the audit log. An entry joins the caller's transaction, so a change and its
 * audit entry commit or roll back together. Appending takes no shared lock (it used to lock the
 * chain head, which put every audited write of the network in one line); {@link AuditSeal} chains
 * entries by hash just after they commit, in one order even with several instances.
 */
@Service
public class AuditTrail {

	private static final int MAX_CHANGES = 8000;

	private final JdbcTemplate jdbc;

	private final JsonMapper json;

	private final AuditSeal seal;

	private final Clock clock;

	AuditTrail(JdbcTemplate jdbc, JsonMapper json, AuditSeal seal, Clock clock) {
		this.jdbc = jdbc;
		this.json = json;
		this.seal = seal;
		this.clock = clock;
	}

	/** Records that the current actor did {@code action} to an entity. */
	@Transactional(propagation = Propagation.REQUIRED)
	public void record(RecordType entityType, Object entityId, AuditAction action, Changes changes) {
		append(Actor.current(), entityType, entityId, action, changes);
	}

	/** Records an action by an explicitly named actor (sign-in attempts, before anyone is signed in). */
	@Transactional(propagation = Propagation.REQUIRED)
	public void recordAs(Actor actor, RecordType entityType, Object entityId, AuditAction action, Changes changes) {
		append(actor, entityType, entityId, action, changes);
	}

	private void append(Actor actor, RecordType entityType, Object entityId, AuditAction action, Changes changes) {
		String changesJson = changes == null || changes.isEmpty() ? null : json.writeValueAsString(changes.asMap());
		if (changesJson != null && changesJson.length() > MAX_CHANGES) {
			changesJson = changesJson.substring(0, MAX_CHANGES - 20) + "…(truncated)";
		}
		// Truncated to what both databases store, so the hash computed at sealing recomputes the same.
		Instant now = clock.instant().truncatedTo(ChronoUnit.MICROS);
		Object[] row = { now.atOffset(ZoneOffset.UTC), actor.userId(), actor.name(), actor.organisationId(), entityType.name(),
				entityId == null ? null : String.valueOf(entityId), action.name(), changesJson, blankToNull(RequestIds.current()),
				clientAddress() };
		// Kept with the transaction and inserted as one batch just before it commits (a batch of a
		// hundred registrations writes its hundred entries at once); committed or rolled back with it.
		List<Object[]> pending = th.tipnet.common.PerTransaction.bound(this, ArrayList::new, this::insert);
		if (pending == null) {
			insert(new ArrayList<>(List.<Object[]>of(row)));
		}
		else {
			pending.add(row);
		}
	}

	private void insert(List<Object[]> rows) {
		if (!rows.isEmpty()) {
			jdbc.batchUpdate("""
					INSERT INTO audit_entry (occurred_at, actor_id, actor_name, actor_org_id, entity_type, entity_id,
					  action, changes, request_id, client_address)
					VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)""", rows);
			rows.clear();
		}
	}

	/** Entries matching the query, newest first. */
	@Transactional(readOnly = true)
	public Page<AuditEntry> find(AuditQuery query, int page, int size) {
		CurrentUser.requireRole(AuditAccess.ROLE);
		List<Object> args = new ArrayList<>();
		StringBuilder where = new StringBuilder(" WHERE 1 = 1");
		if (query.actor() != null && !query.actor().isBlank()) {
			where.append(" AND LOWER(actor_name) = ?");
			args.add(query.actor().strip().toLowerCase(java.util.Locale.ROOT));
		}
		if (query.entityType() != null && !query.entityType().isBlank()) {
			where.append(" AND entity_type = ?");
			args.add(query.entityType().strip());
		}
		if (query.action() != null && !query.action().isBlank()) {
			where.append(" AND action = ?");
			args.add(query.action().strip());
		}
		if (query.from() != null) {
			where.append(" AND occurred_at >= ?");
			args.add(query.from().atStartOfDay(Dates.BANGKOK).toOffsetDateTime());
		}
		if (query.to() != null) {
			where.append(" AND occurred_at < ?");
			args.add(query.to().plusDays(1).atStartOfDay(Dates.BANGKOK).toOffsetDateTime());
		}
		long total = jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry" + where, Long.class, args.toArray());
		List<Object> pageArgs = new ArrayList<>(args);
		pageArgs.add(size);
		pageArgs.add((long) page * size);
		List<AuditEntry> items = jdbc.query("SELECT * FROM audit_entry" + where + " ORDER BY id DESC LIMIT ? OFFSET ?",
				ROW, pageArgs.toArray());
		return new PageImpl<>(items, PageRequest.of(page, size), total);
	}

	/** The distinct entity types and actions recorded so far, for filter menus. */
	@Transactional(readOnly = true)
	public List<String> entityTypes() {
		return jdbc.queryForList("SELECT DISTINCT entity_type FROM audit_entry ORDER BY entity_type", String.class);
	}

	@Transactional(readOnly = true)
	public List<String> actions() {
		return jdbc.queryForList("SELECT DISTINCT action FROM audit_entry ORDER BY action", String.class);
	}

	/** Seals what has committed so far, then walks the chain from the first entry and reports the first broken link. */
	public ChainVerification verify() {
		CurrentUser.requireRole(AuditAccess.ROLE);
		seal.sealCommitted();
		return walkChain();
	}

	private ChainVerification walkChain() {
		String expectedPrevious = ChainHash.GENESIS;
		long expectedSeq = 1;
		long checked = 0;
		final int batch = 1000;
		while (true) {
			List<AuditEntry> entries = jdbc.query("SELECT * FROM audit_entry WHERE seq >= ? ORDER BY seq LIMIT ?", ROW,
					expectedSeq, batch);
			for (AuditEntry e : entries) {
				if (e.seq() != expectedSeq) {
					return ChainVerification.brokenAt(checked, expectedSeq, "missing");
				}
				if (!e.previousHash().equals(expectedPrevious)) {
					return ChainVerification.brokenAt(checked, e.seq(), "previous-hash-mismatch");
				}
				if (!e.computeHash().equals(e.hash())) {
					return ChainVerification.brokenAt(checked, e.seq(), "content-altered");
				}
				expectedPrevious = e.hash();
				expectedSeq++;
				checked++;
			}
			if (entries.size() < batch) {
				break;
			}
		}
		var head = jdbc.queryForMap("SELECT last_seq, last_hash FROM audit_chain_head WHERE id = 1");
		if (((Number) head.get("last_seq")).longValue() != checked || !expectedPrevious.equals(head.get("last_hash"))) {
			return ChainVerification.brokenAt(checked, checked + 1, "entries-removed-at-end");
		}
		return ChainVerification.intact(checked);
	}

	private static String clientAddress() {
		if (RequestContextHolder.getRequestAttributes() instanceof ServletRequestAttributes servlet) {
			return servlet.getRequest().getRemoteAddr();
		}
		return null;
	}

	private static String blankToNull(String s) {
		return s == null || s.isEmpty() ? null : s;
	}

	private static final RowMapper<AuditEntry> ROW = AuditTrail::map;

	static AuditEntry map(ResultSet rs, int row) throws SQLException {
		return new AuditEntry(rs.getLong("id"), rs.getObject("seq", Long.class), rs.getObject("occurred_at", OffsetDateTime.class).toInstant(),
				rs.getObject("actor_id", UUID.class), rs.getString("actor_name"), rs.getObject("actor_org_id", UUID.class),
				rs.getString("entity_type"), rs.getString("entity_id"), rs.getString("action"), rs.getString("changes"),
				rs.getString("request_id"), rs.getString("client_address"), rs.getString("previous_hash"),
				rs.getString("hash"));
	}
}
