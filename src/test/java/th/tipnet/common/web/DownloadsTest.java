package th.tipnet.common.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.Test;

class DownloadsTest {

	private static final List<String> HEADER = List.of("name", "phone", "position");

	@Test
	void textThatASpreadsheetWouldRunGetsAQuoteInFront() {
		assertThat(Downloads.inert("=HYPERLINK(\"http://evil\",\"x\")")).isEqualTo("'=HYPERLINK(\"http://evil\",\"x\")");
		assertThat(Downloads.inert("@SUM(1+1)")).isEqualTo("'@SUM(1+1)");
		assertThat(Downloads.inert("+66 2 123 4567")).isEqualTo("'+66 2 123 4567");
		assertThat(Downloads.inert("-2+3")).isEqualTo("'-2+3");
		assertThat(Downloads.inert("\t=1")).isEqualTo("'\t=1");
		assertThat(Downloads.inert("\r=1")).isEqualTo("'\r=1");
		assertThat(Downloads.inert("มูลนิธิ = ดี")).isEqualTo("มูลนิธิ = ดี");
		assertThat(Downloads.inert("053-000-000")).isEqualTo("053-000-000");
		assertThat(Downloads.inert("")).isEmpty();
	}

	@Test
	void csvQuotesEveryTextCellAndLeavesNumbersAsNumbers() {
		String csv = new String(Downloads.csv(HEADER, List.of(Arrays.asList("=1+1", "+66 2 123 4567", -3),
				Arrays.asList("สมหญิง", null, 12L))), StandardCharsets.UTF_8);
		assertThat(csv).isEqualTo("\uFEFF\"name\",\"phone\",\"position\"\r\n" + "\"'=1+1\",\"'+66 2 123 4567\",-3\r\n"
				+ "\"สมหญิง\",\"\",12\r\n");
	}

	@Test
	void xlsxWritesTextAsStringCellsAndNumbersAsNumberCells() throws IOException {
		byte[] xlsx = Downloads.xlsx("Sheet", HEADER, List.of(Arrays.asList("=HYPERLINK(\"http://evil\",\"x\")", "@SUM(1+1)", 7)));
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			Row row = book.getFirstSheet().read().get(1);
			assertThat(row.getCell(0).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(0).getRawValue()).isEqualTo("=HYPERLINK(\"http://evil\",\"x\")");
			assertThat(row.getCell(0).getFormula()).isNull();
			assertThat(row.getCell(1).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCell(1).getRawValue()).isEqualTo("@SUM(1+1)");
			assertThat(row.getCell(2).getType()).isEqualTo(CellType.NUMBER);
			assertThat(row.getCell(2).asNumber()).isEqualByComparingTo("7");
		}
	}
}
