package th.tipnet.directory;

import java.time.Clock;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.EntityManager;

import org.apache.commons.csv.CSVRecord;
import org.hibernate.search.mapper.orm.Search;
import org.springframework.stereotype.Component;

import th.tipnet.common.Dates;

/**
 * Loads the network's file of public contacts (reference/organisations-public-contacts.csv, a copy
 * of the shared reference file): adds the organisations it names that the directory lacks, and
 * each organisation's phone, hotline, website and address as {@link PublicContact}s with their
 * sources. Idempotent and never overwriting: an organisation is added only when its key is
 * missing, a contact only when the organisation has never had one of that kind from the file
 * (even if its administrator since corrected or removed it). The names the file lacks, and those
 * of the rows that stand for a family of offices, come from organisations-public-contacts-names.csv.
 */
@Component
class PublicContactsReference {

	static final String FILE = "reference/organisations-public-contacts.csv";

	static final String NAMES = "reference/organisations-public-contacts-names.csv";

	/** The file's columns that become contacts, hotline first. */
	private static final Map<PublicContact.Kind, String> COLUMNS = new java.util.EnumMap<>(Map.of(
			PublicContact.Kind.HOTLINE, "hotline", PublicContact.Kind.PHONE, "phone",
			PublicContact.Kind.WEBSITE, "website", PublicContact.Kind.ADDRESS, "address_th"));

	private final Organisations organisations;

	private final PublicContacts contacts;

	private final Clock clock;

	private final EntityManager entityManager;

	PublicContactsReference(Organisations organisations, PublicContacts contacts, Clock clock,
			EntityManager entityManager) {
		this.organisations = organisations;
		this.contacts = contacts;
		this.clock = clock;
		this.entityManager = entityManager;
	}

	/** Runs inside the reference data's transaction; answers how many organisations it added. */
	int load() {
		Map<String, UUID> idsByKey = new HashMap<>();
		organisations.referenceKeys().forEach(row -> idsByKey.put((String) row[0], (UUID) row[1]));
		Set<String> loaded = new HashSet<>();
		contacts.findAll().forEach(c -> loaded.add(c.organisationId() + "|" + c.kind()));
		Map<String, CSVRecord> filledNames = new HashMap<>();
		ReferenceData.read(NAMES).forEach(row -> filledNames.put(row.get("key"), row));
		// The date this installation took the values from the file: the file itself carries none, and its notes say how old each source is.
		LocalDate asOf = LocalDate.now(clock.withZone(Dates.BANGKOK));
		int added = 0;
		Iterable<CSVRecord> rows = ReferenceData.read(FILE);
		for (CSVRecord row : rows) {
			if (!idsByKey.containsKey(row.get("key"))) {
				idsByKey.put(row.get("key"), organisations.save(organisation(row, filledNames.get(row.get("key")))).id());
				added++;
			}
		}
		// The contacts refer to the organisations by id only, so the new organisations must be written first.
		entityManager.flush();
		Set<UUID> withNewContacts = new HashSet<>();
		for (CSVRecord row : rows) {
			UUID id = idsByKey.get(row.get("key"));
			String sources = row.get("source_url").strip();
			for (var column : COLUMNS.entrySet()) {
				if (add(loaded, id, column.getKey(), row.get(column.getValue()), sources, asOf)) {
					withNewContacts.add(id);
				}
			}
		}
		reindex(withNewContacts);
		return added;
	}

	private boolean add(Set<String> loaded, UUID organisationId, PublicContact.Kind kind, String value, String sources,
			LocalDate asOf) {
		if (value == null || value.isBlank() || sources.isEmpty() || !loaded.add(organisationId + "|" + kind)) {
			return false;
		}
		contacts.save(PublicContact.fromPublicSource(organisationId, kind, value.strip(), sources, asOf));
		return true;
	}

	/**
	 * The search documents of the organisations that got contacts hold their numbers: the rows are
	 * written first, and each organisation is read again (one just added still has the empty list
	 * it was created with) before Hibernate Search is told to rebuild its document.
	 */
	private void reindex(Set<UUID> organisationIds) {
		if (organisationIds.isEmpty()) {
			return;
		}
		entityManager.flush();
		var indexing = Search.session(entityManager).indexingPlan();
		for (UUID id : organisationIds) {
			Organisation o = entityManager.find(Organisation.class, id);
			entityManager.refresh(o);
			indexing.addOrUpdate(o);
		}
	}

	private Organisation organisation(CSVRecord row, CSVRecord filled) {
		var names = new Organisation.Names(name(row, filled, "name_th"), name(row, filled, "name_en"),
				blankToNull(row.get("abbreviation_th")), blankToNull(row.get("abbreviation_en")));
		Set<ProvinceCode> provinces = row.get("province_iso").isBlank() ? Set.of()
				: Set.of(ProvinceCode.of(row.get("province_iso")));
		return Organisation.fromReference(row.get("key"), names, Sector.valueOf(row.get("sector")), null, provinces,
				clock.instant());
	}

	/** The file's name, unless it lacks one or gives a naming pattern ("…จังหวัด{จังหวัด}"). */
	private static String name(CSVRecord row, CSVRecord filled, String column) {
		String given = row.get(column);
		if (!given.isBlank() && !given.contains("{")) {
			return given.strip();
		}
		String name = filled == null ? null : blankToNull(filled.get(column));
		if (name == null) {
			throw new IllegalStateException("No " + column + " for " + row.get("key") + " in " + NAMES);
		}
		return name;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
