package th.tipnet.notify;

import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.springframework.dao.DuplicateKeyException;
import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

import tools.jackson.core.type.TypeReference;
import tools.jackson.databind.json.JsonMapper;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.security.CurrentUser;

/**
 * In-app notices for every module: a module posts a message key with its arguments and a link inside
 * the site to an {@link Audience}; each reader sees the notices addressed to them (their own, their
 * organisation's or their province's for a role they hold), newest first, and marks them read. The
 * reader is resolved from {@link Actor} and the granted roles, so this module never knows accounts.
 * Arguments must never carry personal data (a case number is fine, a name never): notices are read by
 * everyone holding the role and are kept unsealed.
 */
@Service
public class Notices {

	static final int PAGE_SIZE = 20;

	private static final int MAX_ARGUMENT = 100;

	private final NamedParameterJdbcTemplate jdbc;

	private final JsonMapper json;

	private final Clock clock;

	private final AuditTrail audit;

	Notices(NamedParameterJdbcTemplate jdbc, JsonMapper json, Clock clock, AuditTrail audit) {
		this.jdbc = jdbc;
		this.json = json;
		this.clock = clock;
		this.audit = audit;
	}

	/** One notice as a reader sees it. */
	record Shown(UUID id, Instant createdAt, String messageKey, List<String> arguments, String link, boolean read) {
	}

	/** Who is reading: their account, organisation, province and roles (all from the sign-in). */
	record Reader(UUID userId, UUID organisationId, String provinceCode, Set<String> roles) {

		static Optional<Reader> current() {
			Actor actor = Actor.current();
			if (actor.userId() == null || !CurrentUser.signedIn()) {
				return Optional.empty();
			}
			Set<String> roles = new LinkedHashSet<>();
			for (GrantedAuthority a : SecurityContextHolder.getContext().getAuthentication().getAuthorities()) {
				if (a.getAuthority() != null && a.getAuthority().startsWith("ROLE_")) {
					roles.add(a.getAuthority().substring("ROLE_".length()));
				}
			}
			return Optional.of(new Reader(actor.userId(), actor.organisationId(), actor.provinceCode(), roles));
		}
	}

	/**
	 * Posts a notice in the caller's transaction (so it exists exactly when the change it tells of
	 * commits). {@code link} is a path on this site; arguments are short codes such as a case number.
	 */
	@Transactional(propagation = Propagation.MANDATORY)
	public UUID post(Audience to, String messageKey, List<String> arguments, String link) {
		if (link == null || !link.startsWith("/") || link.startsWith("//") || link.length() > 300) {
			throw new IllegalArgumentException("a notice links to a path on this site");
		}
		if (arguments.stream().anyMatch(a -> a == null || a.length() > MAX_ARGUMENT)) {
			throw new IllegalArgumentException("notice arguments are short codes");
		}
		UUID id = UUID.randomUUID();
		jdbc.update("INSERT INTO notice (id, created_at, organisation_id, province_code, user_id, message_key, arguments, link) "
				+ "VALUES (:id, :at, :org, :province, :user, :key, :args, :link)",
				new MapSqlParameterSource().addValue("id", id)
					.addValue("at", clock.instant().atOffset(ZoneOffset.UTC))
					.addValue("org", to.organisationId())
					.addValue("province", to.provinceCode())
					.addValue("user", to.userId())
					.addValue("key", messageKey)
					.addValue("args", json.writeValueAsString(arguments))
					.addValue("link", link));
		for (String role : to.roles()) {
			jdbc.update("INSERT INTO notice_role (notice_id, role) VALUES (:id, :role)", Map.of("id", id, "role", role));
		}
		audit.record(NotifyAudit.NOTICE, id, NotifyAudit.NOTICE_POSTED, Changes.none()
			.note("messageKey", messageKey)
			.note("organisationId", to.organisationId() == null ? null : to.organisationId().toString())
			.note("provinceCode", to.provinceCode())
			.note("userId", to.userId() == null ? null : to.userId().toString())
			.note("roles", to.roles().stream().sorted().toList()));
		return id;
	}

	/** The caller's notices, newest first, a page at a time. */
	@Transactional(readOnly = true)
	List<Shown> page(int page) {
		Reader reader = reader();
		MapSqlParameterSource p = audience(reader).addValue("limit", PAGE_SIZE).addValue("offset", (long) page * PAGE_SIZE);
		return jdbc.query("SELECT n.id, n.created_at, n.message_key, n.arguments, n.link, "
				+ "(SELECT COUNT(*) FROM notice_read x WHERE x.notice_id = n.id AND x.user_id = :user) AS seen "
				+ "FROM notice n WHERE " + VISIBLE + " ORDER BY n.created_at DESC, n.id LIMIT :limit OFFSET :offset", p,
				(rs, row) -> new Shown(rs.getObject("id", UUID.class),
						rs.getObject("created_at", OffsetDateTime.class).toInstant(), rs.getString("message_key"),
						arguments(rs.getString("arguments")), rs.getString("link"), rs.getLong("seen") > 0));
	}

	/** How many notices the caller has. */
	@Transactional(readOnly = true)
	long count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM notice n WHERE " + VISIBLE, audience(reader()), Long.class);
	}

	/** How many of the caller's notices they have not read; 0 for a visitor. */
	@Transactional(readOnly = true)
	public long unread() {
		return Reader.current()
			.map(reader -> jdbc.queryForObject("SELECT COUNT(*) FROM notice n WHERE " + VISIBLE + " AND NOT EXISTS "
					+ "(SELECT 1 FROM notice_read x WHERE x.notice_id = n.id AND x.user_id = :user)", audience(reader), Long.class))
			.orElse(0L);
	}

	/** Opens one of the caller's notices (marking it read) and gives where it leads; "not found" for anyone else's. */
	@Transactional
	String open(UUID id) {
		Reader reader = reader();
		List<String> link = jdbc.queryForList("SELECT n.link FROM notice n WHERE n.id = :id AND " + VISIBLE,
				audience(reader).addValue("id", id), String.class);
		if (link.isEmpty()) {
			throw DomainException.notFound("notice");
		}
		markRead(List.of(id), reader);
		return link.get(0);
	}

	/** Marks every notice of the caller read; how many were unread. */
	@Transactional
	int readAll() {
		Reader reader = reader();
		List<UUID> unread = jdbc.queryForList("SELECT n.id FROM notice n WHERE " + VISIBLE + " AND NOT EXISTS "
				+ "(SELECT 1 FROM notice_read x WHERE x.notice_id = n.id AND x.user_id = :user)", audience(reader), UUID.class);
		markRead(unread, reader);
		return unread.size();
	}

	private void markRead(List<UUID> ids, Reader reader) {
		List<UUID> marked = new ArrayList<>();
		for (UUID id : ids) {
			try {
				int inserted = jdbc.update("INSERT INTO notice_read (notice_id, user_id, read_at) SELECT :id, :user, :at "
						+ "FROM notice WHERE id = :id AND NOT EXISTS (SELECT 1 FROM notice_read WHERE notice_id = :id AND user_id = :user)",
						new MapSqlParameterSource("id", id).addValue("user", reader.userId())
							.addValue("at", clock.instant().atOffset(ZoneOffset.UTC)));
				if (inserted > 0) {
					marked.add(id);
				}
			}
			catch (DuplicateKeyException readInAnotherTab) {
				// The same reader opened it at the same moment elsewhere: it is read either way.
			}
		}
		if (!marked.isEmpty()) {
			audit.record(NotifyAudit.NOTICE, marked.size() == 1 ? marked.get(0) : null, NotifyAudit.NOTICES_READ,
					Changes.none().note("noticeIds", marked.stream().map(UUID::toString).toList()));
		}
	}

	/** A notice is the reader's when it is theirs, or their organisation's or province's for a role they hold. */
	private static final String VISIBLE = "(n.user_id = :user OR ((n.organisation_id = :org OR n.province_code = :province) "
			+ "AND EXISTS (SELECT 1 FROM notice_role r WHERE r.notice_id = n.id AND r.role IN (:roles))))";

	private static MapSqlParameterSource audience(Reader reader) {
		// IN () is not SQL: a reader without roles is given one nobody holds.
		Set<String> roles = reader.roles().isEmpty() ? Set.of("-") : reader.roles();
		return new MapSqlParameterSource("user", reader.userId())
			.addValue("org", reader.organisationId())
			.addValue("province", reader.provinceCode())
			.addValue("roles", roles);
	}

	private static Reader reader() {
		return Reader.current().orElseThrow(DomainException::forbidden);
	}

	private List<String> arguments(String stored) {
		return json.readValue(stored, new TypeReference<List<String>>() {
		});
	}
}
