package th.tipnet.directory;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.util.unit.DataSize;

import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Reads organisations from a CSV (UTF-8) or XLSX file and checks every row. A dry run reports every
 * bad row with its number and reasons; nothing is imported until every row is valid, and then all
 * rows are imported in one transaction. Files are read row by row within {@link ImportLimits}
 * (rows, file size, unpacked size), and one past a limit is refused before the rest is read.
 */
@Service
class DirectoryImport {

	public static final List<String> COLUMNS = List.of("name_th", "name_en", "abbreviation_th", "abbreviation_en", "sector",
			"parent", "provinces", "services", "languages", "description_th", "description_en", "address", "map_url",
			"website", "contact_name", "contact_position", "contact_phone", "contact_email", "contact_line_id",
			"contact_members_only");

	private final DirectoryEditing editing;

	private final Directory directory;

	private final ImportLimits limits;

	DirectoryImport(DirectoryEditing editing, Directory directory,
			@Value("${tipnet.directory.import.max-rows:5000}") int maxRows,
			@Value("${tipnet.directory.import.max-file-size:5MB}") DataSize maxFileSize,
			@Value("${tipnet.directory.import.max-unpacked-size:40MB}") DataSize maxUnpackedSize) {
		this.editing = editing;
		this.directory = directory;
		this.limits = new ImportLimits(maxRows, maxFileSize.toBytes(), maxUnpackedSize.toBytes());
	}

	/** The most data rows one file may hold. */
	public int maxRows() {
		return limits.maxRows();
	}

	/** The largest file accepted, in whole megabytes. */
	public long maxFileMegabytes() {
		return ImportLimits.megabytes(limits.maxFileBytes());
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
		List<Map<String, String>> rows = ImportRows.read(fileName, content, limits, new ImportReading());
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
