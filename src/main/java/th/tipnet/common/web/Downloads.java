package th.tipnet.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.apache.commons.csv.QuoteMode;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way TIPNet hands out tables: CSV in UTF-8 with a byte-order mark (so Excel shows Thai),
 * XLSX with a bold header row, as an attachment that caches nowhere.
 * <p>
 * A cell is text or a number ({@link Number}, e.g. a waiting position). Neither format can carry a
 * formula: names, phone numbers and needs are typed by the public, and a spreadsheet would run a
 * CSV cell such as {@code =HYPERLINK("http://evil","x")} when an organiser opens the file. CSV text
 * that a spreadsheet would read as a formula is written as OWASP advises against CSV injection:
 * prefixed with a single quote and quoted; numbers are written as they are. XLSX text is written as
 * string cells, which spreadsheets never evaluate, and numbers as number cells.
 */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	/** Text quoted, numbers not: the quotes keep a neutralised cell one cell in every reader. */
	private static final CSVFormat CSV_FORMAT = CSVFormat.RFC4180.builder().setQuoteMode(QuoteMode.NON_NUMERIC).get();

	private Downloads() {
	}

	public static byte[] csv(List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xEF);
		out.write(0xBB);
		out.write(0xBF);
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSV_FORMAT)) {
			printer.printRecord(csvCells(header));
			for (List<?> row : rows) {
				printer.printRecord(csvCells(row));
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx(String sheetName, List<String> header, Iterable<? extends List<?>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "TIPNet", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (List<?> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					xlsxCell(sheet, r, c, row.get(c));
				}
				r++;
			}
			workbook.finish();
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	/**
	 * The text a spreadsheet shows as typed: a value starting with {@code = + - @}, a tab or a
	 * carriage return gets a leading {@code '} (OWASP's list), so {@code +66 2 123 4567} becomes
	 * {@code '+66 2 123 4567}; anything else is unchanged.
	 */
	static String inert(String text) {
		if (text.isEmpty()) {
			return text;
		}
		return switch (text.charAt(0)) {
			case '=', '+', '-', '@', '\t', '\r' -> "'" + text;
			default -> text;
		};
	}

	private static List<Object> csvCells(List<?> row) {
		List<Object> cells = new ArrayList<>(row.size());
		for (Object value : row) {
			cells.add(value instanceof Number ? value : inert(value == null ? "" : value.toString()));
		}
		return cells;
	}

	private static void xlsxCell(Worksheet sheet, int r, int c, Object value) {
		if (value instanceof Number number) {
			sheet.value(r, c, number);
		}
		else if (value != null) {
			// Worksheet.value(String) writes a shared-string cell; only Worksheet.formula writes a formula.
			sheet.value(r, c, value.toString());
		}
	}

	public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
