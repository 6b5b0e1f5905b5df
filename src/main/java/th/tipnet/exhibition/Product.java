package th.tipnet.exhibition;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.ManyToOne;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import th.tipnet.common.Languages;

/**
 * A product made by survivors of trafficking, shown at a showcase booth. It names the group or
 * cooperative that made it; a maker's own name is kept only when they agreed to it being shown.
 * The photo's bytes live apart ({@link ProductPhoto}); the product knows its type and digest.
 */
@Entity
@Table(name = "exhibition_product")
class Product {

	@Id
	private UUID id;

	@ManyToOne(fetch = FetchType.EAGER, optional = false)
	@JoinColumn(name = "booth_id", nullable = false)
	private Booth booth;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en")
	private String nameEn;

	@Column(name = "maker_group", nullable = false)
	private String makerGroup;

	@Column(name = "maker_group_en")
	private String makerGroupEn;

	@Column(name = "maker_name")
	private String makerName;

	@Column(name = "maker_consented", nullable = false)
	private boolean makerConsented;

	@Column(name = "price_baht", precision = 12, scale = 2)
	private BigDecimal priceBaht;

	@Column(name = "photo_content_type")
	private String photoContentType;

	@Column(name = "photo_digest")
	private String photoDigest;

	@Column(name = "created_at", nullable = false)
	private Instant createdAt;

	@Column(name = "updated_at", nullable = false)
	private Instant updatedAt;

	@Version
	private long version;

	protected Product() {
	}

	static Product of(Booth booth, ProductDetails details, Clock clock) {
		Product p = new Product();
		p.id = UUID.randomUUID();
		p.booth = booth;
		p.createdAt = clock.instant();
		p.describe(details, clock);
		return p;
	}

	/** New details, checked by {@link Showcase}: without consent no personal name is kept. */
	void describe(ProductDetails d, Clock clock) {
		nameTh = d.nameTh().strip();
		nameEn = blankToNull(d.nameEn());
		makerGroup = d.makerGroup().strip();
		makerGroupEn = blankToNull(d.makerGroupEn());
		makerConsented = d.makerConsented();
		makerName = d.makerConsented() ? blankToNull(d.makerName()) : null;
		priceBaht = d.priceBaht();
		updatedAt = clock.instant();
	}

	void photographed(Photo photo, Clock clock) {
		photoContentType = photo == null ? null : photo.contentType();
		photoDigest = photo == null ? null : photo.digest();
		updatedAt = clock.instant();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	public UUID id() {
		return id;
	}

	public Booth booth() {
		return booth;
	}

	public String nameTh() {
		return nameTh;
	}

	public String nameEn() {
		return nameEn;
	}

	/** The name in the reader's language, Thai when there is no English one. */
	public String name(Locale locale) {
		String en = nameEn == null ? nameTh : nameEn;
		return Languages.pick(locale, nameTh, en);
	}

	public String makerGroup() {
		return makerGroup;
	}

	public String makerGroupEn() {
		return makerGroupEn;
	}

	/** The maker group in the reader's language, as the group names itself when there is no English. */
	public String makerGroup(Locale locale) {
		return Languages.pick(locale, makerGroup, makerGroupEn == null ? makerGroup : makerGroupEn);
	}

	/** The maker's own name: only ever present when the maker consented to it being shown. */
	public String makerName() {
		return makerConsented ? makerName : null;
	}

	public boolean makerConsented() {
		return makerConsented;
	}

	public BigDecimal priceBaht() {
		return priceBaht;
	}

	public boolean hasPhoto() {
		return photoDigest != null;
	}

	public String photoContentType() {
		return photoContentType;
	}

	/** Changes whenever the photo does: photo links carry it, so browsers may cache them for long. */
	public String photoDigest() {
		return photoDigest;
	}

	public Instant updatedAt() {
		return updatedAt;
	}

	public long version() {
		return version;
	}
}
