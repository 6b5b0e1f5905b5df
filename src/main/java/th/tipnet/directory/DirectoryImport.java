package th.tipnet.directory;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.dhatim.fastexcel.reader.Sheet;
import org.springframework.stereotype.Service;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Reads organisations from a CSV (UTF-8) or XLSX file and checks every row. A dry run reports every
 * bad row with its number and reasons; nothing is imported until every row is valid, and then all
 * rows are imported in one transaction.
 */
@Service
public class DirectoryImport {

	public static final List<String> COLUMNS = List.of("name_th", "name_en", "abbreviation_th", "abbreviation_en", "sector",
			"parent", "provinces", "services", "languages", "description_th", "description_en", "address", "map_url",
			"website", "contact_name", "contact_position", "contact_phone", "contact_email", "contact_line_id",
			"contact_members_only");

	static final List<String> REQUIRED = List.of("name_th", "name_en", "sector");

	static final int MAX_ROWS = 5000;

	private static final Charset TIS_620 = Charset.forName("TIS-620");

	private final DirectoryEditing editing;

	private final Directory directory;

	DirectoryImport(DirectoryEditing editing, Directory directory) {
		this.editing = editing;
		this.directory = directory;
	}

	/** A problem with one row (row 1 is the header), naming the column and the reason (a message key). */
	public record RowProblem(int row, String column, String messageKey, Object[] arguments) {
	}

	public record Report(int rows, List<RowProblem> problems, List<Profile> profiles) {

		public boolean valid() {
			return problems.isEmpty() && rows > 0;
		}
	}

	/** Checks a file without changing anything. */
	public Report dryRun(String fileName, byte[] content) {
		List<Map<String, String>> rows = read(fileName, content);
		List<RowProblem> problems = new ArrayList<>();
		List<Profile> profiles = new ArrayList<>();
		Set<String> namesInFile = new HashSet<>();
		var checker = editing.checker();
		for (int i = 0; i < rows.size(); i++) {
			int rowNumber = i + 2;
			Map<String, String> row = rows.get(i);
			List<Violation> violations = new ArrayList<>();
			Profile profile = profile(row, violations);
			// A value that could not be read is reported once, not again as "missing".
			Set<String> unreadable = new HashSet<>();
			violations.forEach(v -> unreadable.add(v.field()));
			checker.apply(profile).stream().filter(v -> !unreadable.contains(v.field())).forEach(violations::add);
			String name = row.getOrDefault("name_th", "").strip().toLowerCase(Locale.ROOT);
			if (!name.isEmpty() && !namesInFile.add(name)) {
				violations.add(new Violation("nameTh", "directory.import.duplicateInFile"));
			}
			violations.forEach(v -> problems.add(new RowProblem(rowNumber, column(v.field()), v.messageKey(), v.arguments())));
			profiles.add(profile);
		}
		return new Report(rows.size(), problems, profiles);
	}

	/** Imports a file whose dry run is clean; refuses the whole file otherwise. */
	public int importAll(String fileName, byte[] content) {
		Report report = dryRun(fileName, content);
		if (!report.valid()) {
			throw DomainException.invalid("file", "directory.import.notValid", report.problems().size());
		}
		return editing.createAll(report.profiles()).size();
	}

	private Profile profile(Map<String, String> row, List<Violation> violations) {
		Sector sector = null;
		String sectorText = row.getOrDefault("sector", "").strip();
		if (!sectorText.isEmpty()) {
			try {
				sector = Sector.valueOf(sectorText.toUpperCase(Locale.ROOT));
			}
			catch (IllegalArgumentException e) {
				violations.add(new Violation("sector", "directory.sector.unknown"));
			}
		}
		UUID parent = null;
		String parentText = row.getOrDefault("parent", "").strip();
		if (!parentText.isEmpty()) {
			parent = parentId(parentText);
			if (parent == null) {
				violations.add(new Violation("parentId", "directory.parent.unknown"));
			}
		}
		List<ServiceOffer> services = list(row.get("services")).stream()
			.map(code -> new ServiceOffer(code, Set.of(), Set.of(), null, false))
			.toList();
		List<ContactDetails> contacts = new ArrayList<>();
		if (!blank(row.get("contact_name")) || !blank(row.get("contact_phone")) || !blank(row.get("contact_email"))) {
			contacts.add(new ContactDetails(row.get("contact_name"), row.get("contact_position"), row.get("contact_phone"),
					row.get("contact_email"), row.get("contact_line_id"), yes(row.get("contact_members_only"))));
		}
		return DirectoryEditing.normalise(new Profile(row.get("name_th"), row.get("name_en"), row.get("abbreviation_th"),
				row.get("abbreviation_en"), sector, parent, Set.copyOf(list(row.get("provinces"))),
				Set.copyOf(list(row.get("languages"))), row.get("description_th"), row.get("description_en"),
				row.get("address"), row.get("map_url"), row.get("website"), services, contacts));
	}

	private UUID parentId(String text) {
		try {
			UUID id = UUID.fromString(text);
			return directory.organisation(id).map(Organisation::id).orElse(null);
		}
		catch (IllegalArgumentException notAUuid) {
			return directory.organisationByReferenceKey(text).map(Organisation::id).orElse(null);
		}
	}

	private List<Map<String, String>> read(String fileName, byte[] content) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("file", "directory.import.empty");
		}
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		List<Map<String, String>> rows = lower.endsWith(".xlsx") ? readXlsx(content) : readCsv(content);
		if (rows.size() > MAX_ROWS) {
			throw DomainException.invalid("file", "directory.import.tooManyRows", MAX_ROWS);
		}
		return rows;
	}

	private static List<Map<String, String>> readCsv(byte[] content) {
		String text = decode(content);
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(new StringReader(text))) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			checkHeader(header);
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				rows.add(row);
				if (rows.size() > MAX_ROWS) {
					break;
				}
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			// Commons CSV reports a broken quote while iterating, wrapped as UncheckedIOException.
			throw DomainException.invalid("file", "directory.import.malformedCsv");
		}
	}

	private static List<Map<String, String>> readXlsx(byte[] content) {
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content))) {
			Sheet sheet = workbook.getFirstSheet();
			List<Row> sheetRows = sheet.read();
			if (sheetRows.isEmpty()) {
				throw DomainException.invalid("file", "directory.import.empty");
			}
			Row headerRow = sheetRows.get(0);
			List<String> header = new ArrayList<>();
			for (int i = 0; i < headerRow.getCellCount(); i++) {
				header.add(headerRow.getCellText(i).strip().toLowerCase(Locale.ROOT));
			}
			checkHeader(header);
			List<Map<String, String>> rows = new ArrayList<>();
			for (Row r : sheetRows.subList(1, sheetRows.size())) {
				Map<String, String> row = new HashMap<>();
				boolean any = false;
				for (int i = 0; i < header.size(); i++) {
					String value = i < r.getCellCount() ? r.getCellText(i) : "";
					any |= value != null && !value.isBlank();
					row.put(header.get(i), value);
				}
				if (any) {
					rows.add(row);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException d) {
				throw d;
			}
			throw DomainException.invalid("file", "directory.import.malformedXlsx");
		}
	}

	private static void checkHeader(List<String> header) {
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				throw DomainException.invalid("file", "directory.import.missingColumn", required);
			}
		}
	}

	/**
	 * UTF-8 (with or without BOM), or a clear refusal. Thai files saved by older Windows programs are
	 * often TIS-620: say so, so the user knows to save as UTF-8 rather than see garbled names.
	 */
	static String decode(byte[] content) {
		try {
			String text = StandardCharsets.UTF_8.newDecoder()
				.onMalformedInput(CodingErrorAction.REPORT)
				.onUnmappableCharacter(CodingErrorAction.REPORT)
				.decode(ByteBuffer.wrap(content))
				.toString();
			return text.startsWith("\uFEFF") ? text.substring(1) : text;
		}
		catch (CharacterCodingException notUtf8) {
			String asTis = new String(content, TIS_620);
			boolean thai = asTis.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E5B);
			throw DomainException.invalid("file", thai ? "directory.import.tis620" : "directory.import.notUtf8");
		}
	}

	private static String column(String field) {
		if (field == null) {
			return "";
		}
		String base = field.replaceAll("\\[\\d+]", "");
		return switch (base) {
			case "nameTh" -> "name_th";
			case "nameEn" -> "name_en";
			case "abbreviationTh" -> "abbreviation_th";
			case "abbreviationEn" -> "abbreviation_en";
			case "parentId" -> "parent";
			case "services.code", "services.provinces", "services.languages", "services" -> "services";
			case "descriptionTh" -> "description_th";
			case "descriptionEn" -> "description_en";
			case "mapUrl" -> "map_url";
			case "contacts.name" -> "contact_name";
			case "contacts.position" -> "contact_position";
			case "contacts.phone" -> "contact_phone";
			case "contacts.email" -> "contact_email";
			case "contacts.lineId" -> "contact_line_id";
			default -> base;
		};
	}

	private static List<String> list(String cell) {
		if (cell == null || cell.isBlank()) {
			return List.of();
		}
		List<String> items = new ArrayList<>();
		for (String part : cell.split("[;,|]")) {
			if (!part.isBlank()) {
				items.add(part.strip());
			}
		}
		return items;
	}

	private static boolean yes(String cell) {
		return cell != null && Set.of("yes", "y", "true", "1", "ใช่", "x").contains(cell.strip().toLowerCase(Locale.ROOT));
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
