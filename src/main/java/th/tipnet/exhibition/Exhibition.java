package th.tipnet.exhibition;

import static th.tipnet.common.InputRules.text;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.UUID;
import java.util.regex.Pattern;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.directory.Directory;
import th.tipnet.directory.Organisation;
import th.tipnet.events.Event;
import th.tipnet.events.EventPlanning;

/**
 * An event's exhibition: anyone may see the booths and products; only those who manage the event
 * (see {@link EventPlanning#managed}) allocate booths and show products, and every change is in
 * the audit log. Bad input changes nothing and names its field.
 */
@Service
public class Exhibition {

	static final String BOOTH = "ExhibitionBooth";

	static final String PRODUCT = "ExhibitionProduct";

	static final int MAX_ROWS = 20;

	static final int MAX_COLUMNS = 30;

	static final BigDecimal MAX_PRICE = new BigDecimal("10000000");

	/** Letters (Thai too) and digits, with inner hyphens: A1, A-01, ก12. */
	private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{M}\\p{N}]([\\p{L}\\p{M}\\p{N}-]{0,10}[\\p{L}\\p{M}\\p{N}])?");

	/** Booths in map order: zone, then number with its digits compared as numbers (A2 before A10). */
	static final Comparator<Booth> ORDER = Comparator.comparing(Booth::zone, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(Booth::number, Exhibition::naturally);

	private final Booths booths;

	private final ProductPhotos photos;

	private final EventPlanning planning;

	private final Directory directory;

	private final AuditTrail audit;

	Exhibition(Booths booths, ProductPhotos photos, EventPlanning planning, Directory directory, AuditTrail audit) {
		this.booths = booths;
		this.photos = photos;
		this.planning = planning;
		this.directory = directory;
		this.audit = audit;
	}

	/** The event's booths, ordered by zone and number, with their products. Public. */
	@Transactional(readOnly = true)
	public List<Booth> booths(UUID eventId) {
		planning.byId(eventId);
		return booths.findByEventId(eventId).stream().sorted(ORDER).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasBooths(UUID eventId) {
		return booths.existsByEventId(eventId);
	}

	/** A booth of an event the current user manages, for its edit page. */
	@Transactional(readOnly = true)
	public Booth managedBooth(UUID eventId, UUID boothId) {
		planning.managed(eventId);
		return boothOf(eventId, boothId);
	}

	/** A product of an event the current user manages, for its edit page. */
	@Transactional(readOnly = true)
	public Product managedProduct(UUID eventId, UUID productId) {
		planning.managed(eventId);
		return productOf(eventId, productId);
	}

	/** Allocates a booth to an organisation: 422 naming each bad field, 409 on a taken number or cell. */
	@Transactional
	public Booth allocate(UUID eventId, BoothAllocation allocation) {
		Event event = planning.managed(eventId);
		return allocate(event.id(), allocation, Actor.current());
	}

	/** Without permission checks: the demo exhibition at start-up. */
	@Transactional
	Booth allocateAsSystem(UUID eventId, BoothAllocation allocation) {
		planning.byId(eventId);
		return allocate(eventId, allocation, Actor.SYSTEM);
	}

	private Booth allocate(UUID eventId, BoothAllocation a, Actor actor) {
		check(a);
		checkFree(eventId, null, a);
		Booth booth = booths.save(Booth.allocate(eventId, a));
		audit.recordAs(actor, BOOTH, booth.id(), "BOOTH_ALLOCATED",
				Changes.none()
					.note("eventId", eventId)
					.note("number", booth.number())
					.note("zone", booth.zone())
					.note("type", booth.type())
					.note("organisationId", booth.organisationId())
					.note("position", position(booth.gridRow(), booth.gridColumn())));
		return booth;
	}

	/** Changes a booth; {@code version} is the one the organiser saw (409 when someone changed it since). */
	@Transactional
	public Booth change(UUID eventId, UUID boothId, long version, BoothAllocation a) {
		planning.managed(eventId);
		Booth booth = boothOf(eventId, boothId);
		if (booth.version() != version) {
			throw DomainException.staleVersion();
		}
		check(a);
		checkFree(eventId, booth.id(), a);
		Changes changes = Changes.none()
			.field("number", booth.number(), Booth.normalisedNumber(a.number()))
			.field("zone", booth.zone(), a.zone().strip())
			.field("type", booth.type(), a.type())
			.field("organisationId", booth.organisationId(), a.organisationId())
			.field("labelTh", booth.labelTh(), blankToNull(a.labelTh()))
			.field("labelEn", booth.labelEn(), blankToNull(a.labelEn()))
			.field("position", position(booth.gridRow(), booth.gridColumn()), position(a.gridRow(), a.gridColumn()));
		booth.change(a);
		audit.record(BOOTH, booth.id(), "BOOTH_CHANGED", changes);
		return booth;
	}

	/** Takes a booth off the exhibition, with its products and their photos. */
	@Transactional
	public void remove(UUID eventId, UUID boothId) {
		planning.managed(eventId);
		Booth booth = boothOf(eventId, boothId);
		booth.products().forEach(p -> photos.findById(p.id()).ifPresent(photos::delete));
		booths.delete(booth);
		audit.record(BOOTH, booth.id(), "BOOTH_REMOVED", Changes.none()
			.note("eventId", eventId)
			.note("number", booth.number())
			.note("organisationId", booth.organisationId())
			.note("products", booth.products().size()));
	}

	/** Shows a product at a showcase booth, with an optional photo (JPEG, PNG or WebP, at most 2 MB). */
	@Transactional
	public Product showcase(UUID eventId, UUID boothId, ProductDetails details, byte[] photoUpload) {
		planning.managed(eventId);
		Booth booth = boothOf(eventId, boothId);
		return showcase(booth, details, photoUpload, Actor.current());
	}

	@Transactional
	Product showcaseAsSystem(UUID eventId, UUID boothId, ProductDetails details) {
		return showcase(boothOf(eventId, boothId), details, null, Actor.SYSTEM);
	}

	private Product showcase(Booth booth, ProductDetails details, byte[] photoUpload, Actor actor) {
		booth.requireShowcase();
		List<Violation> v = new ArrayList<>();
		check(details, v);
		Photo photo = checkPhoto(photoUpload, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Product product = booth.showcase(details);
		product.photographed(photo);
		booths.flush(); // the product's row before its photo's
		if (photo != null) {
			photos.save(new ProductPhoto(product.id(), photo));
		}
		audit.recordAs(actor, PRODUCT, product.id(), "PRODUCT_ADDED", Changes.none()
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
	public Product changeProduct(UUID eventId, UUID productId, long version, ProductDetails details, byte[] photoUpload,
			boolean removePhoto) {
		planning.managed(eventId);
		Product product = productOf(eventId, productId);
		if (product.version() != version) {
			throw DomainException.staleVersion();
		}
		List<Violation> v = new ArrayList<>();
		check(details, v);
		Photo photo = checkPhoto(photoUpload, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		String oldDigest = product.photoDigest();
		Changes changes = Changes.none()
			.field("nameTh", product.nameTh(), details.nameTh().strip())
			.field("nameEn", product.nameEn(), blankToNull(details.nameEn()))
			.field("makerGroup", product.makerGroup(), details.makerGroup().strip())
			.field("makerGroupEn", product.makerGroupEn(), blankToNull(details.makerGroupEn()))
			.field("makerNameShown", product.makerName() != null,
					details.makerConsented() && blankToNull(details.makerName()) != null)
			.field("priceBaht", product.priceBaht(), details.priceBaht());
		product.describe(details);
		if (photo != null) {
			photos.findById(product.id()).ifPresentOrElse(p -> p.replace(photo),
					() -> photos.save(new ProductPhoto(product.id(), photo)));
			product.photographed(photo);
		}
		else if (removePhoto && product.hasPhoto()) {
			photos.findById(product.id()).ifPresent(photos::delete);
			product.photographed(null);
		}
		changes.field("photo", oldDigest, product.photoDigest());
		audit.record(PRODUCT, product.id(), "PRODUCT_CHANGED", changes);
		return product;
	}

	/** Takes a product off its showcase, with its photo. */
	@Transactional
	public void withdraw(UUID eventId, UUID productId) {
		planning.managed(eventId);
		Product product = productOf(eventId, productId);
		photos.findById(product.id()).ifPresent(photos::delete);
		Booth booth = product.booth();
		booth.withdraw(product);
		audit.record(PRODUCT, product.id(), "PRODUCT_REMOVED",
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

	/** Booths of a merged organisation now belong to the organisation it was merged into. */
	@Transactional
	void reallocate(UUID fromOrganisationId, UUID toOrganisationId) {
		for (Booth booth : booths.findByOrganisationId(fromOrganisationId)) {
			booth.change(new BoothAllocation(booth.number(), booth.zone(), booth.type(), toOrganisationId, booth.labelTh(),
					booth.labelEn(), booth.gridRow(), booth.gridColumn()));
			audit.record(BOOTH, booth.id(), "BOOTH_CHANGED",
					Changes.none().field("organisationId", fromOrganisationId, toOrganisationId).note("reason", "merge"));
		}
	}

	private Booth boothOf(UUID eventId, UUID boothId) {
		return booths.findById(boothId)
			.filter(b -> b.eventId().equals(eventId))
			.orElseThrow(() -> DomainException.notFound("booth"));
	}

	private Product productOf(UUID eventId, UUID productId) {
		return booths.findByProductId(productId)
			.filter(b -> b.eventId().equals(eventId))
			.flatMap(b -> b.product(productId))
			.orElseThrow(() -> DomainException.notFound("product"));
	}

	private void check(BoothAllocation a) {
		List<Violation> v = new ArrayList<>();
		if (a.number() == null || a.number().isBlank()) {
			v.add(new Violation("number", "error.required"));
		}
		else if (!NUMBER.matcher(a.number().strip()).matches()) {
			v.add(new Violation("number", "exhibition.number.format"));
		}
		text(v, "zone", a.zone(), 40, true);
		if (a.type() == null) {
			v.add(new Violation("type", "error.required"));
		}
		if (a.organisationId() == null) {
			v.add(new Violation("organisationId", "error.required"));
		}
		else if (directory.organisation(a.organisationId()).filter(Organisation::active).isEmpty()) {
			v.add(new Violation("organisationId", "exhibition.organisation.unknown"));
		}
		text(v, "labelTh", a.labelTh(), 200, false);
		text(v, "labelEn", a.labelEn(), 200, false);
		if ((a.gridRow() == null) != (a.gridColumn() == null)) {
			v.add(new Violation(a.gridRow() == null ? "gridRow" : "gridColumn", "exhibition.grid.both"));
		}
		if (a.gridRow() != null && (a.gridRow() < 1 || a.gridRow() > MAX_ROWS)) {
			v.add(new Violation("gridRow", "exhibition.grid.range", 1, MAX_ROWS));
		}
		if (a.gridColumn() != null && (a.gridColumn() < 1 || a.gridColumn() > MAX_COLUMNS)) {
			v.add(new Violation("gridColumn", "exhibition.grid.range", 1, MAX_COLUMNS));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
	}

	/** The number and the map cell must not be another booth's (the unique indexes catch races). */
	private void checkFree(UUID eventId, UUID self, BoothAllocation a) {
		String number = Booth.normalisedNumber(a.number());
		booths.findByEventIdAndNumber(eventId, number).filter(b -> !b.id().equals(self)).ifPresent(b -> {
			throw new DomainException(HttpStatus.CONFLICT, "exhibition.number.taken", "number", number);
		});
		if (a.gridRow() != null) {
			booths.findByEventIdAndGridRowAndGridColumn(eventId, a.gridRow(), a.gridColumn())
				.filter(b -> !b.id().equals(self))
				.ifPresent(b -> {
					throw new DomainException(HttpStatus.CONFLICT, "exhibition.grid.taken", "gridRow", b.number());
				});
		}
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

	private static String position(Integer row, Integer column) {
		return row == null || column == null ? null : row + "," + column;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}

	/** Compares booth numbers with runs of digits as numbers: A2 < A10 < B1. */
	static int naturally(String a, String b) {
		int i = 0;
		int j = 0;
		while (i < a.length() && j < b.length()) {
			char ca = a.charAt(i);
			char cb = b.charAt(j);
			if (Character.isDigit(ca) && Character.isDigit(cb)) {
				int si = i;
				int sj = j;
				while (i < a.length() && Character.isDigit(a.charAt(i))) {
					i++;
				}
				while (j < b.length() && Character.isDigit(b.charAt(j))) {
					j++;
				}
				String na = a.substring(si, i).replaceFirst("^0+(?=.)", "");
				String nb = b.substring(sj, j).replaceFirst("^0+(?=.)", "");
				int c = na.length() != nb.length() ? Integer.compare(na.length(), nb.length()) : na.compareTo(nb);
				if (c != 0) {
					return c;
				}
			}
			else {
				int c = Character.compare(Character.toUpperCase(ca), Character.toUpperCase(cb));
				if (c != 0) {
					return c;
				}
				i++;
				j++;
			}
		}
		return Objects.compare(a.length() - i, b.length() - j, Integer::compare);
	}
}
