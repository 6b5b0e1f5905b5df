package th.tipnet.exhibition;

import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.springframework.http.HttpStatus;

import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;

/**
 * A booth at an event's exhibition, allocated to one organisation of the directory. Only a
 * survivors' products showcase holds products, and a booth that holds some cannot become another
 * type until they are withdrawn.
 */
@Entity
@Table(name = "exhibition_booth")
class Booth {

	@Id
	private UUID id;

	@Column(name = "event_id", nullable = false)
	private UUID eventId;

	@Column(name = "booth_number", nullable = false)
	private String number;

	@Column(nullable = false)
	private String zone;

	@Enumerated(EnumType.STRING)
	@Column(name = "booth_type", nullable = false)
	private BoothType type;

	@Column(name = "organisation_id", nullable = false)
	private UUID organisationId;

	@Column(name = "label_th")
	private String labelTh;

	@Column(name = "label_en")
	private String labelEn;

	@Column(name = "grid_row")
	private Integer gridRow;

	@Column(name = "grid_col")
	private Integer gridColumn;

	@OneToMany(mappedBy = "booth", cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@OrderBy("createdAt ASC, id ASC")
	@BatchSize(size = 50)
	private List<Product> products = new ArrayList<>();

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Booth() {
	}

	/** A new booth for the event; the allocation has been checked by {@link Exhibitors}. */
	static Booth allocate(UUID eventId, BoothAllocation a, Clock clock) {
		Booth b = new Booth();
		b.id = UUID.randomUUID();
		b.eventId = eventId;
		b.createdAt = clock.instant();
		b.apply(a, b.createdAt);
		return b;
	}

	/** Changes what the organiser said about the booth; a showcase with products keeps its type. */
	void change(BoothAllocation a, Clock clock) {
		if (a.type() != BoothType.SURVIVOR_SHOWCASE && !products.isEmpty()) {
			throw new DomainException(HttpStatus.CONFLICT, "exhibition.type.hasProducts", "type", products.size());
		}
		apply(a, clock.instant());
	}

	/** Only a survivors' products showcase has products. */
	void requireShowcase() {
		if (type != BoothType.SURVIVOR_SHOWCASE) {
			throw new DomainException(HttpStatus.CONFLICT, "exhibition.products.onlyShowcase", "boothId");
		}
	}

	/** Shows a product at this booth. */
	Product showcase(ProductDetails details, Clock clock) {
		requireShowcase();
		Product p = Product.of(this, details, clock);
		products.add(p);
		updatedAt = clock.instant();
		return p;
	}

	void withdraw(Product product, Clock clock) {
		products.remove(product);
		updatedAt = clock.instant();
	}

	private void apply(BoothAllocation a, Instant at) {
		number = normalisedNumber(a.number());
		zone = a.zone().strip();
		type = a.type();
		organisationId = a.organisationId();
		labelTh = blankToNull(a.labelTh());
		labelEn = blankToNull(a.labelEn());
		gridRow = a.gridRow();
		gridColumn = a.gridColumn();
		updatedAt = at;
	}

	/** Booth numbers compare without case or surrounding spaces: "a1" is booth A1. */
	static String normalisedNumber(String number) {
		return number == null ? null : number.strip().toUpperCase(Locale.ROOT);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public UUID id() {
		return id;
	}

	public UUID eventId() {
		return eventId;
	}

	public String number() {
		return number;
	}

	public String zone() {
		return zone;
	}

	public BoothType type() {
		return type;
	}

	public UUID organisationId() {
		return organisationId;
	}

	public String labelTh() {
		return labelTh;
	}

	public String labelEn() {
		return labelEn;
	}

	/** The label in the reader's language (the other one if that is missing), or null. */
	public String label(Locale locale) {
		String preferred = Languages.pick(locale, labelTh, labelEn);
		return preferred != null ? preferred : Languages.pick(locale, labelEn, labelTh);
	}

	public Integer gridRow() {
		return gridRow;
	}

	public Integer gridColumn() {
		return gridColumn;
	}

	public boolean onMap() {
		return gridRow != null && gridColumn != null;
	}

	public List<Product> products() {
		return List.copyOf(products);
	}

	public Optional<Product> product(UUID productId) {
		return products.stream().filter(p -> p.id().equals(productId)).findFirst();
	}

	public Instant createdAt() {
		return createdAt;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}
}
