package th.tipnet.exhibition;

import static th.tipnet.common.InputRules.text;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
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
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventId;
import th.tipnet.events.EventPlanning;

/**
 * The booths of an event's exhibition and the organisations holding them: anyone may see them; only
 * those who manage the event (see {@link EventPlanning#managed}) allocate, change and remove booths,
 * and every change is in the audit log. Bad input changes nothing and names its field. The products
 * at survivors' showcases are {@link Showcase}'s.
 */
@Service
class Exhibitors {

	static final int MAX_ROWS = 20;

	static final int MAX_COLUMNS = 30;

	/** Letters (Thai too) and digits, with inner hyphens: A1, A-01, ก12. */
	private static final Pattern NUMBER = Pattern.compile("[\\p{L}\\p{M}\\p{N}]([\\p{L}\\p{M}\\p{N}-]{0,10}[\\p{L}\\p{M}\\p{N}])?");

	/** Booths in map order: zone, then number with its digits compared as numbers (A2 before A10). */
	static final Comparator<Booth> ORDER = Comparator.comparing(Booth::zone, String.CASE_INSENSITIVE_ORDER)
		.thenComparing(Booth::number, Exhibitors::naturally);

	private final Booths booths;

	private final ProductPhotos photos;

	private final EventPlanning planning;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	Exhibitors(Booths booths, ProductPhotos photos, EventPlanning planning, Directory directory, AuditTrail audit,
			Clock clock) {
		this.booths = booths;
		this.photos = photos;
		this.planning = planning;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** The event's booths, ordered by zone and number, with their products. Public. */
	@Transactional(readOnly = true)
	public List<Booth> booths(UUID eventId) {
		planning.summary(new EventId(eventId));
		return booths.findByEventId(eventId).stream().sorted(ORDER).toList();
	}

	@Transactional(readOnly = true)
	public boolean hasBooths(UUID eventId) {
		return booths.existsByEventId(eventId);
	}

	/** A booth of an event the current user manages, for its edit page. */
	@Transactional(readOnly = true)
	public Booth managedBooth(UUID eventId, UUID boothId) {
		planning.managed(new EventId(eventId));
		return boothOf(eventId, boothId);
	}

	/** Allocates a booth to an organisation: 422 naming each bad field, 409 on a taken number or cell. */
	@Transactional
	public Booth allocate(UUID eventId, BoothAllocation allocation) {
		planning.managed(new EventId(eventId));
		return allocate(eventId, allocation, Actor.current());
	}

	/** Without permission checks: the demo exhibition at start-up. */
	@Transactional
	Booth allocateAsSystem(UUID eventId, BoothAllocation allocation) {
		planning.summary(new EventId(eventId));
		return allocate(eventId, allocation, Actor.SYSTEM);
	}

	private Booth allocate(UUID eventId, BoothAllocation a, Actor actor) {
		check(a);
		checkFree(eventId, null, a);
		Booth booth = booths.save(Booth.allocate(eventId, a, clock));
		audit.recordAs(actor, ExhibitionAudit.BOOTH, booth.id(), ExhibitionAudit.BOOTH_ALLOCATED,
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
		planning.managed(new EventId(eventId));
		Booth booth = boothOf(eventId, boothId);
		DomainException.requireVersion(booth.version(), version);
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
		booth.change(a, clock);
		audit.record(ExhibitionAudit.BOOTH, booth.id(), ExhibitionAudit.BOOTH_CHANGED, changes);
		return booth;
	}

	/** Takes a booth off the exhibition, with its products and their photos. */
	@Transactional
	public void remove(UUID eventId, UUID boothId) {
		planning.managed(new EventId(eventId));
		Booth booth = boothOf(eventId, boothId);
		booth.products().forEach(p -> photos.findById(p.id()).ifPresent(photos::delete));
		booths.delete(booth);
		audit.record(ExhibitionAudit.BOOTH, booth.id(), ExhibitionAudit.BOOTH_REMOVED, Changes.none()
			.note("eventId", eventId)
			.note("number", booth.number())
			.note("organisationId", booth.organisationId())
			.note("products", booth.products().size()));
	}

	/** Booths of a merged organisation now belong to the organisation it was merged into. */
	@Transactional
	void reallocate(UUID fromOrganisationId, UUID toOrganisationId) {
		for (Booth booth : booths.findByOrganisationId(fromOrganisationId)) {
			booth.change(new BoothAllocation(booth.number(), booth.zone(), booth.type(), toOrganisationId, booth.labelTh(),
					booth.labelEn(), booth.gridRow(), booth.gridColumn()), clock);
			audit.record(ExhibitionAudit.BOOTH, booth.id(), ExhibitionAudit.BOOTH_CHANGED,
					Changes.none().field("organisationId", fromOrganisationId, toOrganisationId).note("reason", "merge"));
		}
	}

	/** The event's booth, or "not found" (also when it is another event's). */
	Booth boothOf(UUID eventId, UUID boothId) {
		return booths.findById(boothId)
			.filter(b -> b.eventId().equals(eventId))
			.orElseThrow(() -> DomainException.notFound("booth"));
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
		else if (directory.summary(OrganisationId.of(a.organisationId())).filter(OrganisationSummary::active).isEmpty()) {
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
