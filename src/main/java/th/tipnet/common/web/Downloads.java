package th.tipnet.common.web;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStreamWriter;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.List;

import org.apache.commons.csv.CSVFormat;
import org.apache.commons.csv.CSVPrinter;
import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.springframework.http.ContentDisposition;
import org.springframework.http.HttpHeaders;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;

/**
 * The one way TIPNet hands out tables: CSV in UTF-8 with a byte-order mark (so Excel shows Thai),
 * XLSX with a bold header row, as an attachment that caches nowhere.
 */
public final class Downloads {

	public static final MediaType CSV = new MediaType("text", "csv", StandardCharsets.UTF_8);

	public static final MediaType XLSX = MediaType
		.parseMediaType("application/vnd.openxmlformats-officedocument.spreadsheetml.sheet");

	private Downloads() {
	}

	public static byte[] csv(List<String> header, Iterable<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		out.write(0xEF);
		out.write(0xBB);
		out.write(0xBF);
		try (CSVPrinter printer = new CSVPrinter(new OutputStreamWriter(out, StandardCharsets.UTF_8), CSVFormat.RFC4180)) {
			printer.printRecord(header);
			for (List<String> row : rows) {
				printer.printRecord(row);
			}
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
		return out.toByteArray();
	}

	public static byte[] xlsx(String sheetName, List<String> header, Iterable<List<String>> rows) {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		try {
			Workbook workbook = new Workbook(out, "TIPNet", "1.0");
			Worksheet sheet = workbook.newWorksheet(sheetName);
			for (int c = 0; c < header.size(); c++) {
				sheet.value(0, c, header.get(c));
				sheet.style(0, c).bold().set();
			}
			int r = 1;
			for (List<String> row : rows) {
				for (int c = 0; c < row.size(); c++) {
					sheet.value(r, c, row.get(c));
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

	public static ResponseEntity<byte[]> attachment(byte[] body, String fileName, MediaType type) {
		return ResponseEntity.ok()
			.contentType(type)
			.header(HttpHeaders.CACHE_CONTROL, "no-store")
			.header(HttpHeaders.CONTENT_DISPOSITION, ContentDisposition.attachment().filename(fileName).build().toString())
			.body(body);
	}
}
