package th.tipnet.directory;

import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVRecord;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.core.io.ClassPathResource;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Loads the reference data on every start, idempotently: a row is added only when its key is
 * missing, and an existing row is never overwritten, so a restart or an upgrade neither duplicates
 * nor undoes an administrator's edits. Sources are copies of the network's reference files:
 * ISO 3166-2:TH provinces, the organisations the source articles name, and one provincial office of
 * social development and human security for each province but Bangkok.
 */
@Component
class ReferenceData implements ApplicationRunner {

	private static final Logger log = LoggerFactory.getLogger(ReferenceData.class);

	static final String BANGKOK = "TH-10";

	private final Provinces provinces;

	private final Organisations organisations;

	private final ServiceTypes serviceTypes;

	private final TransactionTemplate transaction;

	private final ApplicationEventPublisher events;

	private final PublicContactsReference publicContacts;

	private final Clock clock;

	ReferenceData(Provinces provinces, Organisations organisations, ServiceTypes serviceTypes,
			TransactionTemplate transaction, ApplicationEventPublisher events, PublicContactsReference publicContacts,
			Clock clock) {
		this.provinces = provinces;
		this.organisations = organisations;
		this.serviceTypes = serviceTypes;
		this.transaction = transaction;
		this.events = events;
		this.publicContacts = publicContacts;
		this.clock = clock;
	}

	@Override
	public void run(ApplicationArguments args) {
		int[] added = transaction.execute(status -> new int[] { loadProvinces(),
				loadOrganisations() + publicContacts.load() });
		log.info("Reference data: {} provinces and {} organisations added", added[0], added[1]);
		events.publishEvent(new ReferenceDataLoaded(added[0], added[1]));
	}

	private int loadProvinces() {
		int added = 0;
		Set<String> existing = new java.util.HashSet<>();
		provinces.findAll().forEach(p -> existing.add(p.code().value()));
		for (CSVRecord row : read("reference/provinces.csv")) {
			ProvinceCode code = ProvinceCode.of(row.get("iso_code"));
			if (!existing.contains(code.value())) {
				provinces.save(new Province(code, row.get("name_th"), row.get("name_en")));
				added++;
			}
		}
		return added;
	}

	private int loadOrganisations() {
		int added = 0;
		Map<String, UUID> idsByKey = new LinkedHashMap<>();
		Map<String, ServiceType> types = new java.util.HashMap<>();
		serviceTypes.findAll().forEach(t -> types.put(t.code(), t));
		organisations.referenceKeys().forEach(row -> idsByKey.put((String) row[0], (UUID) row[1]));
		for (CSVRecord row : read("reference/organisations.csv")) {
			String key = row.get("key");
			UUID parent = row.get("parent_key").isBlank() ? null : idsByKey.get(row.get("parent_key"));
			if (idsByKey.containsKey(key)) {
				continue;
			}
			var names = new Organisation.Names(row.get("name_th"), row.get("name_en"), blankToNull(row.get("abbreviation_th")),
					blankToNull(row.get("abbreviation_en")));
			Organisation created = Organisation.fromReference(key, names, Sector.valueOf(row.get("sector")), parent, Set.of(),
					clock.instant());
			seedServices(created, row.get("services"), types);
			created = organisations.save(created);
			idsByKey.put(key, created.id());
			added++;
		}
		UUID ministry = idsByKey.get("msdhs");
		for (Province province : provinces.findAll()) {
			String code = province.code().value();
			String key = "pso-" + code;
			if (BANGKOK.equals(code) || idsByKey.containsKey(key)) {
				continue;
			}
			var names = new Organisation.Names("สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด" + province.nameTh(),
					"Provincial Office of Social Development and Human Security, " + province.nameEn(),
					"พมจ." + province.nameTh(), "PSDHS " + province.nameEn());
			Organisation office = Organisation.fromReference(key, names, Sector.GOVERNMENT_PROVINCIAL, ministry,
					Set.of(province.code()), clock.instant());
			// Provincial offices take part in the multidisciplinary screening of potential victims.
			seedServices(office, "SCREENING", types);
			organisations.save(office);
			added++;
		}
		return added;
	}

	/**
	 * Services a reference organisation is known for ("CODE" or "CODE@24" for round the clock, ";"
	 * between), set only when the organisation is first created: administrators own them afterwards.
	 */
	private void seedServices(Organisation organisation, String spec, Map<String, ServiceType> types) {
		if (spec == null || spec.isBlank()) {
			return;
		}
		var offers = new java.util.ArrayList<ServiceOffer>();
		for (String item : spec.split(";")) {
			boolean allDay = item.endsWith("@24");
			String code = allDay ? item.substring(0, item.length() - 3) : item;
			offers.add(new ServiceOffer(code, Set.of(), Set.of(), null, allDay));
		}
		var p = organisation.profile();
		organisation.revise(new Profile(p.nameTh(), p.nameEn(), p.abbreviationTh(), p.abbreviationEn(), p.sector(),
				p.parentId(), p.provinces(), Set.of("th"), p.descriptionTh(), p.descriptionEn(), p.address(), p.mapUrl(),
				p.website(), offers, p.contacts()), types, clock.instant());
	}

	static Iterable<CSVRecord> read(String resource) {
		try (Reader reader = new InputStreamReader(new ClassPathResource(resource).getInputStream(),
				StandardCharsets.UTF_8)) {
			return CSVFormat.RFC4180.builder().setHeader().setSkipHeaderRecord(true).get().parse(reader).getRecords();
		}
		catch (IOException e) {
			throw new IllegalStateException("Reference data missing from the build: " + resource, e);
		}
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}
}
