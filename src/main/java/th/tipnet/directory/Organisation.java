package th.tipnet.directory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Transient;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.hibernate.search.engine.backend.types.Sortable;
import org.hibernate.search.mapper.pojo.automaticindexing.ReindexOnUpdate;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.FullTextField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.GenericField;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.Indexed;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.IndexingDependency;
import org.hibernate.search.mapper.pojo.mapping.definition.annotation.KeywordField;

import th.tipnet.common.Languages;
import th.tipnet.common.DomainException;

/**
 * A member of the network: an agency, NGO, international organisation, embassy, committee or
 * network; its names, place in the tree (by parent id), where it works, the languages it serves,
 * its services and whom to call. Indexed for Thai-aware search; the derived fields (computed by
 * {@link SearchFields}) are what search and "who can help here" filter on. Changed only through its
 * verbs; {@link Directory} re-indexes it after each change.
 */
@Entity
@Table(name = "organisation")
@Indexed(index = "organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(name = "reference_key", unique = true)
	private String referenceKey;

	@Column(name = "name_th", nullable = false)
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "nameTh_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	@KeywordField(name = "nameSort", sortable = Sortable.YES, normalizer = ThaiAnalysis.LOWERCASE)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "nameEn_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	private String nameEn;

	@Column(name = "abbreviation_th")
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "abbreviationTh_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	private String abbreviationTh;

	@Column(name = "abbreviation_en")
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "abbreviationEn_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	private String abbreviationEn;

	@Column(name = "description_th")
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	private String descriptionTh;

	@Column(name = "description_en")
	@FullTextField(analyzer = ThaiAnalysis.THAI)
	private String descriptionEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField
	private Sector sector;

	@Column(name = "parent_id")
	private UUID parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	@KeywordField
	private OrganisationStatus status;

	@Column(name = "merged_into")
	private UUID mergedInto;

	private String address;

	@Column(name = "map_url")
	private String mapUrl;

	private String website;

	@Column(name = "verified_at")
	private Instant verifiedAt;

	@Column(name = "verified_by")
	private String verifiedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_province", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "province_code")
	@BatchSize(size = 50)
	private Set<String> provinceCodes = new LinkedHashSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_language", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "language_code")
	@BatchSize(size = 50)
	private Set<String> languageCodes = new LinkedHashSet<>();

	// Loaded with the organisation (in batches across a page of results): views are built after the transaction.
	@OneToMany(mappedBy = "organisation", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("listOrder")
	@BatchSize(size = 50)
	private List<OfferedService> services = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "organisation_contact", joinColumns = @JoinColumn(name = "organisation_id"))
	@OrderColumn(name = "list_order")
	@BatchSize(size = 50)
	private List<ContactDetails> contacts = new ArrayList<>();

	// Read only from here, and loaded only when the search document is built: PublicSourceContacts
	// and PublicContactsReference change the rows and put the organisation in the indexing plan.
	@OneToMany(fetch = FetchType.LAZY)
	@JoinColumn(name = "organisation_id", insertable = false, updatable = false)
	@BatchSize(size = 50)
	private List<PublicContact> publicSourceContacts = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Organisation() {
	}

	/** A reference-data organisation, created once under its stable key. */
	static Organisation fromReference(String referenceKey, Names names, Sector sector, UUID parentId,
			Set<ProvinceCode> provinces, Instant at) {
		Organisation o = new Organisation();
		o.id = UUID.randomUUID();
		o.referenceKey = referenceKey;
		o.nameTh = names.th();
		o.nameEn = names.en();
		o.abbreviationTh = names.abbreviationTh();
		o.abbreviationEn = names.abbreviationEn();
		o.sector = sector;
		o.parentId = parentId;
		o.status = OrganisationStatus.ACTIVE;
		provinces.forEach(p -> o.provinceCodes.add(p.value()));
		o.createdAt = at;
		o.updatedAt = o.createdAt;
		return o;
	}

	/** A new member of the network, from a validated profile. */
	static Organisation register(Profile profile, Map<String, ServiceType> serviceTypes, Instant at) {
		Organisation o = new Organisation();
		o.id = UUID.randomUUID();
		o.status = OrganisationStatus.ACTIVE;
		o.createdAt = at;
		o.revise(profile, serviceTypes, at);
		return o;
	}

	/** Replaces the profile with a validated one. */
	void revise(Profile p, Map<String, ServiceType> serviceTypes, Instant at) {
		requireNotMerged();
		nameTh = p.nameTh();
		nameEn = p.nameEn();
		abbreviationTh = p.abbreviationTh();
		abbreviationEn = p.abbreviationEn();
		sector = p.sector();
		parentId = p.parentId();
		descriptionTh = p.descriptionTh();
		descriptionEn = p.descriptionEn();
		address = p.address();
		mapUrl = p.mapUrl();
		website = p.website();
		provinceCodes.clear();
		provinceCodes.addAll(new TreeSet<>(p.provinces()));
		languageCodes.clear();
		languageCodes.addAll(new TreeSet<>(p.languages()));
		services.clear();
		for (ServiceOffer offer : p.services()) {
			services.add(new OfferedService(this, serviceTypes.get(offer.code()), offer, services.size()));
		}
		contacts.clear();
		contacts.addAll(p.contacts());
		updatedAt = at;
	}

	/** Someone responsible for the profile confirms it is still right (HSDS: last assured). */
	void confirmVerified(String by, Instant at) {
		requireNotMerged();
		verifiedAt = at;
		verifiedBy = by;
		updatedAt = verifiedAt;
	}

	void deactivate(Instant at) {
		if (status != OrganisationStatus.ACTIVE) {
			throw DomainException.conflict("directory.organisation.notActive");
		}
		status = OrganisationStatus.INACTIVE;
		updatedAt = at;
	}

	void reactivate(Instant at) {
		if (status != OrganisationStatus.INACTIVE) {
			throw DomainException.conflict("directory.organisation.notInactive");
		}
		status = OrganisationStatus.ACTIVE;
		updatedAt = at;
	}

	/** This record was a duplicate of {@code survivor}: it stays (for references and history) but is retired. */
	void mergeInto(UUID survivor, Instant at) {
		requireNotMerged();
		if (survivor.equals(id)) {
			throw DomainException.invalid("intoId", "directory.merge.self");
		}
		status = OrganisationStatus.MERGED;
		mergedInto = survivor;
		updatedAt = at;
	}

	/** Takes over a merged duplicate's child organisations. */
	void adoptParent(UUID newParent, Instant at) {
		parentId = newParent;
		updatedAt = at;
	}

	private void requireNotMerged() {
		if (status == OrganisationStatus.MERGED) {
			throw DomainException.conflict("directory.organisation.merged");
		}
	}

	public Profile profile() {
		return new Profile(nameTh, nameEn, abbreviationTh, abbreviationEn, sector, parentId, Set.copyOf(provinceCodes),
				Set.copyOf(languageCodes), descriptionTh, descriptionEn, address, mapUrl, website, serviceOffers(),
				List.copyOf(contacts));
	}

	public List<ServiceOffer> serviceOffers() {
		return services.stream().map(OfferedService::offer).toList();
	}

	/** Contacts a reader may see: all for members, the public ones for everyone else. */
	public List<ContactDetails> contacts(boolean member) {
		return contacts.stream().filter(c -> member || !c.membersOnly()).toList();
	}

	// --- what search and "who can help here" look at (derived; Directory re-indexes after changes) ---

	/** The derived fields, computed from the profile as it is now (members-only contacts left out). */
	private SearchFields searchFields() {
		return new SearchFields(provinceCodes, languageCodes, services, contacts(false), publicSourceContacts);
	}

	/** Provinces served by the organisation or any of its services; "*" when it works nationwide. */
	@Transient
	@KeywordField(name = "coverage")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getCoverage() {
		return searchFields().coverage();
	}

	@Transient
	@KeywordField(name = "serviceCodes")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getServiceCodes() {
		return searchFields().serviceCodes();
	}

	/** The names of its services in both languages, so "ที่พักพิง" or "shelter" finds who offers one. */
	@Transient
	@FullTextField(name = "serviceNames", analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "serviceNames_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getServiceNames() {
		return searchFields().serviceNames();
	}

	/**
	 * The public contacts' names and numbers, so a hotline's number (1300) finds its organisation,
	 * with the hotlines and phones taken from public sources that the organisation has not removed.
	 * Members-only contacts stay out of the index: a search is open to everyone.
	 */
	@Transient
	@FullTextField(name = "publicContacts", analyzer = ThaiAnalysis.THAI)
	@FullTextField(name = "publicContacts_parts", analyzer = ThaiAnalysis.PARTS, searchAnalyzer = ThaiAnalysis.PARTS_QUERY)
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public String getPublicContacts() {
		return searchFields().publicContacts();
	}

	@Transient
	@KeywordField(name = "allLanguages")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getAllLanguages() {
		return searchFields().allLanguages();
	}

	@Transient
	@GenericField(name = "twentyFourSeven")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public boolean getTwentyFourSeven() {
		return searchFields().twentyFourSeven();
	}

	/** "SERVICE|province" for every province a service is given in, "SERVICE|*" for nationwide ones. */
	@Transient
	@KeywordField(name = "offers")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getOffers() {
		return searchFields().offers();
	}

	/** The same, for the services open around the clock. */
	@Transient
	@KeywordField(name = "offers24")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getOffers24() {
		return searchFields().offers24();
	}

	/** "SERVICE|language" for every language a service is given in. */
	@Transient
	@KeywordField(name = "offerLanguages")
	@IndexingDependency(reindexOnUpdate = ReindexOnUpdate.NO)
	public Set<String> getOfferLanguages() {
		return searchFields().offerLanguages();
	}

	static final String NATIONWIDE = SearchFields.NATIONWIDE;

	/** How this organisation can give a service: where, in which languages, when (empty if it does not). */
	public java.util.Optional<ServiceOffer> effectiveOffer(String serviceCode) {
		return services.stream()
			.filter(s -> s.type().code().equals(serviceCode))
			.findFirst()
			.map(s -> new ServiceOffer(serviceCode, s.effectiveProvinces(), s.effectiveLanguages(), s.offer().hours(),
					s.twentyFourSeven()));
	}

	// --- accessors ---

	public UUID id() {
		return id;
	}

	public String referenceKey() {
		return referenceKey;
	}

	public String nameTh() {
		return nameTh;
	}

	public String nameEn() {
		return nameEn;
	}

	public String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	public String abbreviationTh() {
		return abbreviationTh;
	}

	public String abbreviationEn() {
		return abbreviationEn;
	}

	public String description(Locale locale) {
		String preferred = Languages.pick(locale, descriptionTh, descriptionEn);
		return preferred != null ? preferred : (Languages.pick(locale, descriptionEn, descriptionTh));
	}

	public String descriptionTh() {
		return descriptionTh;
	}

	public String descriptionEn() {
		return descriptionEn;
	}

	public Sector sector() {
		return sector;
	}

	public UUID parentId() {
		return parentId;
	}

	public OrganisationStatus status() {
		return status;
	}

	public boolean active() {
		return status == OrganisationStatus.ACTIVE;
	}

	public UUID mergedInto() {
		return mergedInto;
	}

	public String address() {
		return address;
	}

	public String mapUrl() {
		return mapUrl;
	}

	public String website() {
		return website;
	}

	public Instant verifiedAt() {
		return verifiedAt;
	}

	public String verifiedBy() {
		return verifiedBy;
	}

	/** Provinces covered; empty means nationwide. */
	public Set<String> provinceCodes() {
		return Set.copyOf(provinceCodes);
	}

	public boolean nationwide() {
		return provinceCodes.isEmpty();
	}

	public Set<String> languageCodes() {
		return Set.copyOf(languageCodes);
	}

	public boolean covers(ProvinceCode province) {
		return provinceCodes.contains(province.value());
	}

	public long version() {
		return version;
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Thai and English names and abbreviations of an organisation. */
	public record Names(String th, String en, String abbreviationTh, String abbreviationEn) {
	}
}
