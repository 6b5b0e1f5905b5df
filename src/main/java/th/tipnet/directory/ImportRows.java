package th.tipnet.directory;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVParser;
import org.apache.commons.csv.CSVRecord;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import th.tipnet.common.DomainException;

/**
 * The rows of an import file, each a map from lower-case column name to text. CSV (UTF-8) and XLSX
 * (the first sheet) are both read row by row, and a file past one of its {@link ImportLimits} is
 * refused at that point, before the rest of it is read.
 */
final class ImportRows {

	static final List<String> REQUIRED = List.of("name_th", "name_en", "sector");

	private static final Charset TIS_620 = Charset.forName("TIS-620");

	private ImportRows() {
	}

	static List<Map<String, String>> read(String fileName, byte[] content, ImportLimits limits, ImportReading reading) {
		if (content == null || content.length == 0) {
			throw DomainException.invalid("file", "directory.import.empty");
		}
		if (content.length > limits.maxFileBytes()) {
			throw limits.fileTooLarge();
		}
		String lower = fileName == null ? "" : fileName.toLowerCase(Locale.ROOT);
		return lower.endsWith(".xlsx") ? readXlsx(content, limits, reading) : readCsv(content, limits, reading);
	}

	/** Parses record by record and stops at the first row past the limit. */
	private static List<Map<String, String>> readCsv(byte[] content, ImportLimits limits, ImportReading reading) {
		try (CSVParser parser = CSVFormat.RFC4180.builder()
			.setHeader()
			.setSkipHeaderRecord(true)
			.setIgnoreEmptyLines(true)
			.setTrim(true)
			.get()
			.parse(utf8(content))) {
			List<String> header = parser.getHeaderNames().stream().map(h -> h.strip().toLowerCase(Locale.ROOT)).toList();
			checkHeader(header);
			List<Map<String, String>> rows = new ArrayList<>();
			for (CSVRecord record : parser) {
				reading.rowsRead(rows.size() + 2, limits);
				Map<String, String> row = new LinkedHashMap<>();
				for (int i = 0; i < header.size() && i < record.size(); i++) {
					row.put(header.get(i), record.get(i));
				}
				rows.add(row);
			}
			return rows;
		}
		catch (IOException | java.io.UncheckedIOException | IllegalArgumentException | IllegalStateException e) {
			if (notUtf8(e)) {
				throw notUtf8(content);
			}
			// Commons CSV reports a broken quote while iterating, wrapped as UncheckedIOException.
			throw DomainException.invalid("file", "directory.import.malformedCsv");
		}
	}

	/**
	 * Checks the workbook's zip first (sizes, rows, columns: {@link WorkbookInspection}), then streams
	 * the first sheet row by row.
	 */
	private static List<Map<String, String>> readXlsx(byte[] content, ImportLimits limits, ImportReading reading) {
		WorkbookInspection.check(content, limits, reading);
		try (ReadableWorkbook workbook = new ReadableWorkbook(new ByteArrayInputStream(content));
				Stream<Row> sheetRows = workbook.getFirstSheet().openStream()) {
			Iterator<Row> iterator = sheetRows.iterator();
			if (!iterator.hasNext()) {
				throw DomainException.invalid("file", "directory.import.empty");
			}
			Row headerRow = iterator.next();
			List<String> header = new ArrayList<>();
			for (int i = 0; i < headerRow.getCellCount(); i++) {
				header.add(headerRow.getCellText(i).strip().toLowerCase(Locale.ROOT));
			}
			checkHeader(header);
			List<Map<String, String>> rows = new ArrayList<>();
			while (iterator.hasNext()) {
				Row r = iterator.next();
				Map<String, String> row = new HashMap<>();
				boolean any = false;
				for (int i = 0; i < header.size(); i++) {
					String value = i < r.getCellCount() ? r.getCellText(i) : "";
					any |= value != null && !value.isBlank();
					row.put(header.get(i), value);
				}
				if (any) {
					reading.rowsRead(rows.size() + 2, limits);
					rows.add(row);
				}
			}
			return rows;
		}
		catch (IOException | RuntimeException e) {
			if (e instanceof DomainException d) {
				throw d;
			}
			throw ImportLimits.malformedXlsx();
		}
	}

	private static void checkHeader(List<String> header) {
		for (String required : REQUIRED) {
			if (!header.contains(required)) {
				throw DomainException.invalid("file", "directory.import.missingColumn", required);
			}
		}
	}

	/** The text as UTF-8, without a byte-order mark; a byte that is not UTF-8 fails the read. */
	private static Reader utf8(byte[] content) {
		int start = content.length >= 3 && (content[0] & 0xFF) == 0xEF && (content[1] & 0xFF) == 0xBB
				&& (content[2] & 0xFF) == 0xBF ? 3 : 0;
		return new BufferedReader(new InputStreamReader(new ByteArrayInputStream(content, start, content.length - start),
				StandardCharsets.UTF_8.newDecoder()
					.onMalformedInput(CodingErrorAction.REPORT)
					.onUnmappableCharacter(CodingErrorAction.REPORT)));
	}

	private static boolean notUtf8(Throwable e) {
		for (Throwable t = e; t != null; t = t.getCause()) {
			if (t instanceof CharacterCodingException) {
				return true;
			}
		}
		return false;
	}

	/**
	 * A clear refusal for a file that is not UTF-8. Thai files saved by older Windows programs are
	 * often TIS-620: say so, so the user knows to save as UTF-8 rather than see garbled names.
	 */
	private static DomainException notUtf8(byte[] content) {
		String asTis = new String(content, TIS_620);
		// Thai text has consonants (ก..ฮ); a lone high byte such as Latin-1's é reads as a tone mark.
		boolean thai = asTis.codePoints().anyMatch(c -> c >= 0x0E01 && c <= 0x0E2E);
		return DomainException.invalid("file", thai ? "directory.import.tis620" : "directory.import.notUtf8");
	}
}
