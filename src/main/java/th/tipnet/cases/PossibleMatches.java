package th.tipnet.cases;

import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.jdbc.core.namedparam.MapSqlParameterSource;
import org.springframework.jdbc.core.namedparam.NamedParameterJdbcTemplate;
import org.springframework.stereotype.Component;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * Earlier cases that may be the same person, flagged at intake: a name in any script with the same
 * blind index ({@link Caseload#nameKey} before the HMAC, so case, spaces and accents do not hide a
 * match), a birth year within two years (or an estimated age that puts it there; an unknown birth
 * does not rule a match out) and a nationality in common (none known does not rule it out either).
 * <p>
 * The names are never compared in clear, and the database holds no searchable copy of them. A case
 * the reader's organisation does not lead is shown only as "a possible match is held by
 * organisation X": never its number, its id or anything of its person. Every flag is audited.
 */
@Component
class PossibleMatches {

	/** The most recent cases read per name: enough to flag, bounded whatever the name (at most 200 names an intake). */
	static final int CANDIDATES_PER_NAME = 20;

	/** The latest cases holding each name key, {@link #CANDIDATES_PER_NAME} at most per key. */
	private static final String CANDIDATES = """
			SELECT * FROM (
			  SELECT n.name_key, c.id, c.case_number, c.lead_org_id, c.birth_precision, c.birth_year, c.estimated_age,
			         c.first_contact_at, c.opened_at,
			         ROW_NUMBER() OVER (PARTITION BY n.name_key ORDER BY c.opened_at DESC, c.id) AS nth
			  FROM nrm_person_name n JOIN nrm_case c ON c.id = n.case_id
			  WHERE n.name_key IN (:keys)) m
			WHERE m.nth <= :perName""";


	/** Years of birth this far apart may still be the same person's (ages are often guessed). */
	static final int BIRTH_YEARS_APART = 2;

	/**
	 * One possible earlier case of a person: who holds it, and its number and id only when the
	 * reader's own organisation leads it (then the reader may open it anyway).
	 */
	record Match(UUID caseId, String organisation, UUID otherCaseId, String otherCaseNumber) {
	}

	private final NamedParameterJdbcTemplate jdbc;

	private final Directory directory;

	private final AuditTrail audit;

	PossibleMatches(NamedParameterJdbcTemplate jdbc, Directory directory, AuditTrail audit) {
		this.jdbc = jdbc;
		this.directory = directory;
		this.audit = audit;
	}

	/** Possible earlier cases of each given case's person, other than the given cases themselves. */
	List<Match> of(Collection<Case> cases, Actor reader, Locale locale) {
		Set<String> keys = new HashSet<>();
		Set<UUID> own = new HashSet<>();
		cases.forEach(c -> {
			c.names().forEach(n -> keys.add(n.key()));
			own.add(c.id().value());
		});
		if (keys.isEmpty()) {
			return List.of();
		}
		Map<String, List<Candidate>> byKey = candidates(keys);
		Map<UUID, Set<String>> nationalities = byKey.isEmpty() ? Map.of() : nationalities(keys);
		List<Match> found = new ArrayList<>();
		for (Case c : cases) {
			Map<UUID, Candidate> matched = new LinkedHashMap<>();
			for (PersonName n : c.names()) {
				for (Candidate other : byKey.getOrDefault(n.key(), List.of())) {
					if (!own.contains(other.id()) && !other.openedAt().isAfter(c.openedAt())
							&& bornNear(approximateBirthYear(c.birth(), c.firstContactAt()), other.birthYear())
							&& shareANationality(c.nationalities(), nationalities.getOrDefault(other.id(), Set.of()))) {
						matched.putIfAbsent(other.id(), other);
					}
				}
			}
			if (matched.isEmpty()) {
				continue;
			}
			matched.values().forEach(other -> {
				boolean mayOpen = other.leadOrganisationId().equals(reader.organisationId());
				found.add(new Match(c.id().value(), organisationName(other.leadOrganisationId(), locale),
						mayOpen ? other.id() : null, mayOpen ? other.number() : null));
			});
			audit.record(CasesAudit.CASE, c.id(), CasesAudit.POSSIBLE_MATCH_FLAGGED, Changes.none()
				.note("matches", matched.keySet().stream().map(UUID::toString).sorted().toList())
				.note("organisations", matched.values().stream().map(o -> o.leadOrganisationId().toString()).distinct().sorted().toList()));
		}
		return found;
	}

	private String organisationName(UUID id, Locale locale) {
		return directory.summary(OrganisationId.of(id)).map(o -> o.name(locale)).orElse("");
	}

	static boolean bornNear(Integer year, Integer otherYear) {
		return year == null || otherYear == null || Math.abs(year - otherYear) <= BIRTH_YEARS_APART;
	}

	static boolean shareANationality(Set<String> one, Set<String> other) {
		return one.isEmpty() || other.isEmpty() || one.stream().anyMatch(other::contains);
	}

	/** The year of birth as far as it is known; from an estimated age, the first contact's year less the age. */
	static Integer approximateBirthYear(Birth birth, Instant firstContactAt) {
		return switch (birth.precision()) {
			case COMPLETE, YEAR_MONTH, YEAR -> birth.year();
			case ESTIMATED -> firstContactAt.atZone(Dates.BANGKOK).getYear() - birth.estimatedAge();
			case UNKNOWN -> null;
		};
	}

	private record Candidate(UUID id, String number, UUID leadOrganisationId, Integer birthYear, Instant openedAt) {
	}

	private Map<String, List<Candidate>> candidates(Set<String> keys) {
		Map<String, List<Candidate>> byKey = new HashMap<>();
		// Bounded: a common name may be held by thousands of cases, and a flag only needs the latest few.
		jdbc.query(CANDIDATES, new MapSqlParameterSource("keys", keys).addValue("perName", CANDIDATES_PER_NAME), rs -> {
			Integer year = rs.getObject("birth_year", Integer.class);
			Integer age = rs.getObject("estimated_age", Integer.class);
			Instant contact = rs.getObject("first_contact_at", OffsetDateTime.class).toInstant();
			Integer birthYear = switch (rs.getString("birth_precision")) {
				case "ESTIMATED" -> contact.atZone(Dates.BANGKOK).getYear() - age;
				case "UNKNOWN" -> null;
				default -> year;
			};
			byKey.computeIfAbsent(rs.getString("name_key"), k -> new ArrayList<>())
				.add(new Candidate(rs.getObject("id", UUID.class), rs.getString("case_number"),
						rs.getObject("lead_org_id", UUID.class), birthYear,
						rs.getObject("opened_at", OffsetDateTime.class).toInstant()));
		});
		return byKey;
	}

	/** The candidates' nationalities, found through the same bounded query (never a list of ids as parameters). */
	private Map<UUID, Set<String>> nationalities(Set<String> keys) {
		Map<UUID, Set<String>> found = new HashMap<>();
		jdbc.query("SELECT p.case_id, p.code FROM nrm_person_nationality p WHERE p.case_id IN (SELECT id FROM (" + CANDIDATES
				+ ") candidate)", new MapSqlParameterSource("keys", keys).addValue("perName", CANDIDATES_PER_NAME),
				rs -> {
					found.computeIfAbsent(rs.getObject("case_id", UUID.class), k -> new HashSet<>()).add(rs.getString("code"));
				});
		return found;
	}
}
