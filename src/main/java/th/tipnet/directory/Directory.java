package th.tipnet.directory;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** What other modules may ask the directory. */
@Service
@Transactional(readOnly = true)
public class Directory {

	private final Organisations organisations;

	private final Provinces provinces;

	private final ServiceTypes serviceTypes;

	Directory(Organisations organisations, Provinces provinces, ServiceTypes serviceTypes) {
		this.organisations = organisations;
		this.provinces = provinces;
		this.serviceTypes = serviceTypes;
	}

	/** The controlled list of services, in display order. */
	List<ServiceType> serviceTypes() {
		return serviceTypes.findAllByOrderBySortOrder();
	}

	Optional<ServiceType> serviceType(String code) {
		return code == null ? Optional.empty() : serviceTypes.findById(code);
	}

	/** The chain of parents, nearest first. */
	List<Organisation> ancestors(Organisation organisation) {
		List<Organisation> chain = new java.util.ArrayList<>();
		UUID cursor = organisation.parentId();
		while (cursor != null && chain.size() < 20) {
			Organisation parent = organisations.findById(cursor).orElse(null);
			if (parent == null) {
				break;
			}
			chain.add(parent);
			cursor = parent.parentId();
		}
		return chain;
	}

	/** Profiles nobody has confirmed since {@code before} (never-verified ones first), optionally in one province. */
	List<Organisation> unverifiedSince(java.time.Instant before, String province) {
		return organisations.unverifiedSince(before)
			.stream()
			.filter(o -> province == null || o.provinceCodes().contains(province))
			.toList();
	}

	Optional<Organisation> organisation(UUID id) {
		return id == null ? Optional.empty() : organisations.findById(id);
	}

	/**
	 * The entity, for this module and for the integration tests' set-up, which name seeded organisations by key;
	 * other modules' code reads {@link #summaryByReferenceKey}.
	 */
	public Optional<Organisation> organisationByReferenceKey(String referenceKey) {
		return organisations.findByReferenceKey(referenceKey);
	}

	List<Organisation> children(UUID parentId) {
		return organisations.findByParentIdOrderByNameTh(parentId)
			.stream()
			.filter(o -> o.status() != OrganisationStatus.MERGED)
			.toList();
	}

	/** Organisations that cover a province (not the nationwide ones). */
	public List<UUID> organisationIdsCovering(ProvinceCode province) {
		return organisations.idsCovering(province.value());
	}

	List<Province> provinces() {
		return provinces.findAll().stream().sorted(java.util.Comparator.comparing(p -> p.code().value())).toList();
	}

	/**
	 * The provinces in the reader's alphabetical order: Thai collation on Thai pages (เชียงราย before
	 * แพร่, the leading vowel not counted), English on English pages. Every province list uses this.
	 */
	List<Province> provinces(java.util.Locale locale) {
		return provinces.findAll().stream().sorted(Province.byName(locale)).toList();
	}

	Optional<Province> province(ProvinceCode code) {
		return provinces.findById(code.value());
	}

	public boolean provinceExists(String code) {
		return code != null && provinces.existsById(code);
	}

	/** All organisations, for pickers; the directory is small enough (thousands) to list. */
	List<Organisation> all() {
		return organisations.findAll().stream().sorted(java.util.Comparator.comparing(Organisation::nameTh)).toList();
	}

	// --- read views: what other modules use (the entity-returning lookups above are this module's own) ---

	public Optional<OrganisationSummary> summary(OrganisationId id) {
		return id == null ? Optional.empty() : organisations.findById(id.value()).map(OrganisationSummary::of);
	}

	public boolean organisationExists(OrganisationId id) {
		return id != null && organisations.existsById(id.value());
	}

	/** The chain of an organisation's parents, nearest first; none for an organisation the directory does not know. */
	public List<OrganisationSummary> ancestors(OrganisationId id) {
		return organisations.findById(id.value())
			.map(o -> ancestors(o).stream().map(OrganisationSummary::of).toList())
			.orElse(List.of());
	}

	public Optional<OrganisationSummary> summaryByReferenceKey(String referenceKey) {
		return organisations.findByReferenceKey(referenceKey).map(OrganisationSummary::of);
	}

	/** All organisations, for pickers, by Thai name; the directory is small enough (thousands) to list. */
	public List<OrganisationSummary> summaries() {
		return all().stream().map(OrganisationSummary::of).toList();
	}

	/** The provinces in the reader's alphabetical order (see {@link #provinces(java.util.Locale)}). */
	public List<ProvinceName> provinceNames(java.util.Locale locale) {
		return provinces.findAll().stream().map(ProvinceName::of).sorted(ProvinceName.byName(locale)).toList();
	}

	public Optional<ProvinceName> provinceName(ProvinceCode code) {
		return provinces.findById(code.value()).map(ProvinceName::of);
	}

	/** The controlled list of services, in display order. */
	public List<ServiceTypeName> serviceTypeNames() {
		return serviceTypes().stream().map(ServiceTypeName::of).toList();
	}

	public Optional<ServiceTypeName> serviceTypeName(String code) {
		return serviceType(code).map(ServiceTypeName::of);
	}
}
