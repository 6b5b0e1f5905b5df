package th.tipnet.exhibition;

import java.math.BigDecimal;
import java.text.DecimalFormat;
import java.text.DecimalFormatSymbols;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationStatus;
import th.tipnet.directory.OrganisationSummary;
import th.tipnet.events.EventSummary;

/**
 * What the exhibition pages show: each booth with its organisation's name in the reader's
 * language, the booths grouped by type, and the booth map laid out as an SVG grid.
 */
record ExhibitionView(List<Section> sections, BoothMap map, int boothCount) {

	/** One exhibitor: the booth, who holds it (with a link to the directory when it is listed there). */
	record Exhibitor(Booth booth, String anchor, String organisationName, String organisationShortName,
			String organisationHref, String label, List<ProductLine> products) {

		public String cssType() {
			return cssType(booth.type());
		}

		static String cssType(BoothType type) {
			return type.name().toLowerCase(Locale.ROOT).replace('_', '-');
		}
	}

	/** A product as shown: its price already written the reader's way ("120 บาท", "THB 120"). */
	record ProductLine(Product product, String name, String makerGroup, String price, String photoHref) {
	}

	/** The booths of one type, in zone and number order. */
	record Section(BoothType type, String cssType, List<Exhibitor> exhibitors) {
	}

	static ExhibitionView of(EventSummary event, List<Booth> booths, Directory directory, Locale locale) {
		Map<BoothType, List<Exhibitor>> byType = new EnumMap<>(BoothType.class);
		List<Exhibitor> all = new ArrayList<>();
		for (Booth b : booths) {
			Exhibitor e = exhibitor(event, b, directory, locale);
			all.add(e);
			byType.computeIfAbsent(b.type(), t -> new ArrayList<>()).add(e);
		}
		List<Section> sections = new ArrayList<>();
		byType.forEach((type, list) -> sections.add(new Section(type, Exhibitor.cssType(type), list)));
		return new ExhibitionView(sections, BoothMap.of(all), booths.size());
	}

	static Exhibitor exhibitor(EventSummary event, Booth b, Directory directory, Locale locale) {
		Optional<OrganisationSummary> org = directory.summary(OrganisationId.of(b.organisationId()));
		String name = org.map(o -> o.name(locale)).orElse("—");
		String shortName = org.map(o -> shortName(o, locale)).orElse("");
		String href = org.filter(o -> o.status() != OrganisationStatus.MERGED)
			.map(o -> "/directory/organisations/" + o.id())
			.orElse(null);
		List<ProductLine> products = b.products()
			.stream()
			.map(p -> new ProductLine(p, p.name(locale), p.makerGroup(locale), price(p.priceBaht(), locale), photoHref(event, p)))
			.toList();
		return new Exhibitor(b, "booth-" + b.id(), name, shortName, href, b.label(locale), products);
	}

	/** The abbreviation in the reader's language, else the other one, else the name. */
	static String shortName(OrganisationSummary o, Locale locale) {
		String thai = blankToNull(o.abbreviationTh());
		String english = blankToNull(o.abbreviationEn());
		String preferred = Languages.pick(locale, thai != null ? thai : english, english != null ? english : thai);
		return preferred != null ? preferred : o.name(locale);
	}

	static String photoHref(EventSummary event, Product p) {
		if (!p.hasPhoto()) {
			return null;
		}
		// The digest in the link changes with the photo, so a replaced photo is fetched anew.
		return "/events/" + event.slug() + "/exhibition/products/" + p.id() + "/photo?v=" + p.photoDigest().substring(0, 12);
	}

	/** "1,200 บาท" / "THB 1,200"; satang only when there are some ("120.50 บาท"). */
	static String price(BigDecimal baht, Locale locale) {
		if (baht == null) {
			return null;
		}
		boolean whole = baht.stripTrailingZeros().scale() <= 0;
		DecimalFormat format = new DecimalFormat(whole ? "#,##0" : "#,##0.00", DecimalFormatSymbols.getInstance(Locale.ROOT));
		String amount = format.format(baht);
		return Languages.pick(locale, amount + " บาท", "THB " + amount);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	/**
	 * The booth map: one cell per booth that has a place, on a grid as large as the furthest booth,
	 * with the empty cells drawn faintly so the layout of the hall shows.
	 */
	record BoothMap(int width, int height, List<Cell> cells, List<Slot> slots) {

		static final int CELL_WIDTH = 120;

		static final int CELL_HEIGHT = 76;

		static final int GAP = 10;

		static final int MARGIN = 6;

		public String viewBox() {
			return "0 0 " + width + " " + height;
		}

		public boolean isEmpty() {
			return cells.isEmpty();
		}

		/** A booth on the map, its rectangle and the centre for its number. */
		record Cell(Exhibitor exhibitor, int x, int y, int w, int h, int cx, int numberY, int nameY) {
		}

		/** An empty place on the grid. */
		record Slot(int x, int y, int w, int h) {
		}

		static BoothMap of(List<Exhibitor> exhibitors) {
			int rows = 0;
			int columns = 0;
			for (Exhibitor e : exhibitors) {
				if (e.booth().onMap()) {
					rows = Math.max(rows, e.booth().gridRow());
					columns = Math.max(columns, e.booth().gridColumn());
				}
			}
			List<Cell> cells = new ArrayList<>();
			boolean[][] taken = new boolean[rows + 1][columns + 1];
			for (Exhibitor e : exhibitors) {
				if (e.booth().onMap()) {
					int r = e.booth().gridRow();
					int c = e.booth().gridColumn();
					taken[r][c] = true;
					int x = x(c);
					int y = y(r);
					cells.add(new Cell(e, x, y, CELL_WIDTH, CELL_HEIGHT, x + CELL_WIDTH / 2, y + 30, y + 62));
				}
			}
			List<Slot> slots = new ArrayList<>();
			for (int r = 1; r <= rows; r++) {
				for (int c = 1; c <= columns; c++) {
					if (!taken[r][c]) {
						slots.add(new Slot(x(c), y(r), CELL_WIDTH, CELL_HEIGHT));
					}
				}
			}
			int width = 2 * MARGIN + columns * CELL_WIDTH + Math.max(0, columns - 1) * GAP;
			int height = 2 * MARGIN + rows * CELL_HEIGHT + Math.max(0, rows - 1) * GAP;
			return new BoothMap(width, height, cells, slots);
		}

		private static int x(int column) {
			return MARGIN + (column - 1) * (CELL_WIDTH + GAP);
		}

		private static int y(int row) {
			return MARGIN + (row - 1) * (CELL_HEIGHT + GAP);
		}
	}
}
