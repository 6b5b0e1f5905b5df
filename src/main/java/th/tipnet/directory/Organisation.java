package th.tipnet.directory;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

/**
 * A member of the network: an agency, NGO, international organisation, embassy, committee or
 * network. Refers to its parent by id, so the tree (ministry → department → division, ministry → 76
 * provincial offices) is walked through {@link Organisations}.
 */
@Entity
@Table(name = "organisation")
public class Organisation {

	@Id
	private UUID id;

	@Column(name = "reference_key", unique = true)
	private String referenceKey;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(name = "abbreviation_th")
	private String abbreviationTh;

	@Column(name = "abbreviation_en")
	private String abbreviationEn;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Sector sector;

	@Column(name = "parent_id")
	private UUID parentId;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private OrganisationStatus status;

	@ElementCollection(fetch = jakarta.persistence.FetchType.EAGER)
	@CollectionTable(name = "organisation_province", joinColumns = @JoinColumn(name = "organisation_id"))
	@Column(name = "province_code")
	private Set<String> provinceCodes = new LinkedHashSet<>();

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
			Set<ProvinceCode> provinces) {
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
		o.createdAt = Instant.now();
		o.updatedAt = o.createdAt;
		return o;
	}

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
		return "en".equals(locale.getLanguage()) ? nameEn : nameTh;
	}

	public String abbreviationTh() {
		return abbreviationTh;
	}

	public String abbreviationEn() {
		return abbreviationEn;
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

	/** Provinces covered; empty means nationwide. */
	public Set<String> provinceCodes() {
		return Set.copyOf(provinceCodes);
	}

	public boolean covers(ProvinceCode province) {
		return provinceCodes.contains(province.value());
	}

	public long version() {
		return version;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	/** Thai and English names and abbreviations of an organisation. */
	public record Names(String th, String en, String abbreviationTh, String abbreviationEn) {
	}
}
