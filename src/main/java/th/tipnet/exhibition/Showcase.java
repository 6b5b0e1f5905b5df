package th.tipnet.exhibition;

import static th.tipnet.common.InputRules.text;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.events.EventId;
import th.tipnet.events.EventPlanning;

/**
 * The survivors' products shown at an exhibition's showcase booths: their names, maker group (a
 * maker's own name only with consent), price and photo. Anyone may see them; only those who manage
 * the event show, change and withdraw them, and every change is in the audit log. Which booth is a
 * showcase, and who holds it, is {@link Exhibitors}'.
 */
@Service
class Showcase {

	static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

	private final Exhibitors exhibitors;

	private final Booths booths;

	private final ProductPhotos photos;

	private final EventPlanning planning;

	private final AuditTrail audit;

	private final Clock clock;

	Showcase(Exhibitors exhibitors, Booths booths, ProductPhotos photos, EventPlanning planning, AuditTrail audit,
			Clock clock) {
		this.exhibitors = exhibitors;
		this.booths = booths;
		this.photos = photos;
		this.planning = planning;
		this.audit = audit;
		this.clock = clock;
	}

	/** A product of an event the current user manages, for its edit page. */
	@Transactional(readOnly = true)
	public Product managedProduct(UUID eventId, UUID productId) {
		planning.managed(new EventId(eventId));
		return productOf(eventId, productId);
	}

	/** Shows a product at a showcase booth, with an optional photo (JPEG, PNG or WebP, at most 2 MB). */
	@Transactional
	public Product show(UUID eventId, UUID boothId, ProductDetails details, byte[] photoUpload) {
		planning.managed(new EventId(eventId));
		Booth booth = exhibitors.boothOf(eventId, boothId);
		return show(booth, details, photoUpload, Actor.current());
	}

	@Transactional
	Product showAsSystem(UUID eventId, UUID boothId, ProductDetails details) {
		return show(exhibitors.boothOf(eventId, boothId), details, null, Actor.SYSTEM);
	}

	private Product show(Booth booth, ProductDetails details, byte[] photoUpload, Actor actor) {
		booth.requireShowcase();
		Photo photo = checked(details, photoUpload);
		Product product = booth.showcase(details, clock);
		product.photographed(photo, clock);
		booths.flush(); // the product's row before its photo's
		if (photo != null) {
			photos.save(new ProductPhoto(product.id(), photo));
		}
		audit.recordAs(actor, ExhibitionAudit.PRODUCT, product.id(), ExhibitionAudit.PRODUCT_ADDED, Changes.none()
			.note("boothId", booth.id())
			.note("nameTh", product.nameTh())
			.note("makerGroup", product.makerGroup())
			.note("makerNameShown", product.makerName() != null)
			.note("priceBaht", product.priceBaht())
			.note("photo", photo == null ? null : photo.digest()));
		return product;
	}

	/**
	 * Changes a product's details; a new photo replaces the old one, {@code removePhoto} takes it away.
	 * Withdrawing the maker's consent erases their name.
	 */
	@Transactional
	public Product change(UUID eventId, UUID productId, long version, ProductDetails details, byte[] photoUpload,
			boolean removePhoto) {
		planning.managed(new EventId(eventId));
		Product product = productOf(eventId, productId);
		DomainException.requireVersion(product.version(), version);
		Photo photo = checked(details, photoUpload);
		String oldDigest = product.photoDigest();
		Changes changes = Changes.none()
			.field("nameTh", product.nameTh(), details.nameTh().strip())
			.field("nameEn", product.nameEn(), blankToNull(details.nameEn()))
			.field("makerGroup", product.makerGroup(), details.makerGroup().strip())
			.field("makerGroupEn", product.makerGroupEn(), blankToNull(details.makerGroupEn()))
			.field("makerNameShown", product.makerName() != null,
					details.makerConsented() && blankToNull(details.makerName()) != null)
			.field("priceBaht", product.priceBaht(), details.priceBaht());
		product.describe(details, clock);
		if (photo != null) {
			photos.findById(product.id()).ifPresentOrElse(p -> p.replace(photo),
					() -> photos.save(new ProductPhoto(product.id(), photo)));
			product.photographed(photo, clock);
		}
		else if (removePhoto && product.hasPhoto()) {
			photos.findById(product.id()).ifPresent(photos::delete);
			product.photographed(null, clock);
		}
		changes.field("photo", oldDigest, product.photoDigest());
		audit.record(ExhibitionAudit.PRODUCT, product.id(), ExhibitionAudit.PRODUCT_CHANGED, changes);
		return product;
	}

	/** Takes a product off its showcase, with its photo. */
	@Transactional
	public void withdraw(UUID eventId, UUID productId) {
		planning.managed(new EventId(eventId));
		Product product = productOf(eventId, productId);
		photos.findById(product.id()).ifPresent(photos::delete);
		Booth booth = product.booth();
		booth.withdraw(product, clock);
		audit.record(ExhibitionAudit.PRODUCT, product.id(), ExhibitionAudit.PRODUCT_REMOVED,
				Changes.none().note("boothId", booth.id()).note("nameTh", product.nameTh()));
	}

	/** A product's photo, if the product belongs to the event and has one. Public. */
	@Transactional(readOnly = true)
	public Optional<Photo> photo(UUID eventId, UUID productId) {
		return booths.findByProductId(productId)
			.filter(b -> b.eventId().equals(eventId))
			.flatMap(b -> b.product(productId))
			.filter(Product::hasPhoto)
			.flatMap(p -> photos.findById(p.id()).map(stored -> new Photo(stored.contentType(), stored.bytes(), p.photoDigest())));
	}

	private Product productOf(UUID eventId, UUID productId) {
		return booths.findByProductId(productId)
			.filter(b -> b.eventId().equals(eventId))
			.flatMap(b -> b.product(productId))
			.orElseThrow(() -> DomainException.notFound("product"));
	}

	/** The details and the photo checked together, so every bad field is named at once; the photo to store, or null. */
	private static Photo checked(ProductDetails details, byte[] photoUpload) {
		List<Violation> v = new ArrayList<>();
		check(details, v);
		Photo photo = checkPhoto(photoUpload, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return photo;
	}

	private static void check(ProductDetails d, List<Violation> v) {
		text(v, "nameTh", d.nameTh(), 200, true);
		text(v, "nameEn", d.nameEn(), 200, false);
		text(v, "makerGroup", d.makerGroup(), 200, true);
		text(v, "makerGroupEn", d.makerGroupEn(), 200, false);
		text(v, "makerName", d.makerName(), 200, false);
		if (!d.makerConsented() && d.makerName() != null && !d.makerName().isBlank()) {
			v.add(new Violation("makerName", "exhibition.makerName.needsConsent"));
		}
		BigDecimal price = d.priceBaht();
		if (price != null && (price.signum() < 0 || price.compareTo(MAX_PRICE) > 0 || price.stripTrailingZeros().scale() > 2)) {
			v.add(new Violation("priceBaht", "exhibition.price.range"));
		}
	}

	/** The photo to store, or null when none was sent; adds a violation when it is refused. */
	private static Photo checkPhoto(byte[] upload, List<Violation> v) {
		if (upload == null || upload.length == 0) {
			return null;
		}
		if (upload.length > Photos.MAX_BYTES) {
			v.add(new Violation("photo", "exhibition.photo.tooLarge", 2));
			return null;
		}
		Optional<Photo> photo = Photos.publishable(upload);
		if (photo.isEmpty()) {
			v.add(new Violation("photo", "exhibition.photo.type"));
			return null;
		}
		return photo.get();
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
