package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowableOfType;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Map;

import org.dhatim.fastexcel.Workbook;
import org.dhatim.fastexcel.Worksheet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import th.tipnet.common.DomainException;

class ImportRowsTest {

	private static final long MB = 1024 * 1024;

	private static final ImportLimits LIMITS = new ImportLimits(5000, 5 * MB, 40 * MB);

	/** Four million rows: a sheet of 196 MB in a file of a few hundred kilobytes. */
	private static final long BOMB_ROWS = 4_000_000;

	private static byte[] bomb;

	@BeforeAll
	static void makeTheBomb() {
		bomb = TestWorkbooks.sheet(TestWorkbooks.headerRow(), TestWorkbooks.BOMB_ROW, BOMB_ROWS);
	}

	@Test
	void aZipBombIsRefusedByItsDeclaredSizeBeforeAnythingIsUnpacked() {
		assertThat(bomb.length).isLessThan((int) MB);
		ImportReading reading = new ImportReading();
		long heapBefore = usedHeap();
		long start = System.nanoTime();

		DomainException refused = refusal(() -> ImportRows.read("bomb.xlsx", bomb, LIMITS, reading));

		System.out.printf("zip bomb of %d KB (sheet of %d MB) refused in %d ms, %d bytes unpacked, heap %+d KB%n", bomb.length / 1024,
				BOMB_ROWS * TestWorkbooks.BOMB_ROW.length() / MB, (System.nanoTime() - start) / 1_000_000, reading.unpackedBytes(),
				(usedHeap() - heapBefore) / 1024);
		assertThat(refused.messageKey()).isEqualTo("directory.import.unpacksTooLarge");
		assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
		assertThat(refused.arguments()).containsExactly(40L, 5000);
		assertThat(reading.unpackedBytes()).isZero();
	}

	@Test
	void aZipBombThatUnderstatesItsSizeIsStoppedAsSoonAsItUnpacksMore() {
		byte[] lying = TestWorkbooks.lyingAboutItsSize(bomb, TestWorkbooks.SHEET, 10_000);
		ImportReading reading = new ImportReading();

		DomainException refused = refusal(() -> ImportRows.read("bomb.xlsx", lying, LIMITS, reading));

		assertThat(refused.messageKey()).isEqualTo("directory.import.unpacksTooLarge");
		// The small parts, then the sheet up to a little past its claimed 10,000 bytes (one read).
		assertThat(reading.unpackedBytes()).isLessThan(100_000);
	}

	@Test
	void aZipBombThatClaimsJustUnderTheLimitIsStoppedAtTheLimit() {
		byte[] lying = TestWorkbooks.lyingAboutItsSize(bomb, TestWorkbooks.SHEET, (int) (39 * MB));
		ImportReading reading = new ImportReading();

		DomainException refused = refusal(() -> ImportRows.read("bomb.xlsx", lying, LIMITS, reading));

		assertThat(refused.messageKey()).isIn("directory.import.unpacksTooLarge", "directory.import.tooManyRows");
		assertThat(reading.unpackedBytes()).isLessThanOrEqualTo(40 * MB + 64 * 1024);
	}

	@Test
	void aSheetPastTheRowLimitIsRefusedAtTheFirstRowTooMany() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		Workbook book = new Workbook(out, "test", "1.0");
		Worksheet sheet = book.newWorksheet("orgs");
		sheet.value(0, 0, "name_th");
		sheet.value(0, 1, "name_en");
		sheet.value(0, 2, "sector");
		for (int r = 1; r <= 20_000; r++) {
			sheet.value(r, 0, "มูลนิธิที่ " + r);
			sheet.value(r, 1, "Foundation " + r);
			sheet.value(r, 2, "NGO");
		}
		book.finish();
		ImportReading reading = new ImportReading();

		DomainException refused = refusal(() -> ImportRows.read("many.xlsx", out.toByteArray(), LIMITS, reading));

		assertThat(refused.messageKey()).isEqualTo("directory.import.tooManyRows");
		assertThat(refused.arguments()).containsExactly(5000);
		assertThat(reading.rows()).isEqualTo(5002);
	}

	@Test
	void aCsvPastTheRowLimitIsRefusedAtTheFirstRowTooMany() {
		StringBuilder csv = new StringBuilder("name_th,name_en,sector\n");
		for (int r = 1; r <= 20_000; r++) {
			csv.append("มูลนิธิที่ ").append(r).append(",Foundation ").append(r).append(",NGO\n");
		}
		ImportReading reading = new ImportReading();

		DomainException refused = refusal(
				() -> ImportRows.read("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), LIMITS, reading));

		assertThat(refused.messageKey()).isEqualTo("directory.import.tooManyRows");
		assertThat(reading.rows()).isEqualTo(5002);
	}

	@Test
	void fiveThousandRowsAreRead() {
		StringBuilder csv = new StringBuilder("\uFEFFname_th,name_en,sector\n");
		for (int r = 1; r <= 5000; r++) {
			csv.append("มูลนิธิที่ ").append(r).append(",Foundation ").append(r).append(",NGO\n");
		}
		var rows = ImportRows.read("five.csv", csv.toString().getBytes(StandardCharsets.UTF_8), LIMITS, new ImportReading());
		assertThat(rows).hasSize(5000);
		assertThat(rows.get(4999)).containsEntry("name_th", "มูลนิธิที่ 5000").containsEntry("sector", "NGO");
	}

	@Test
	void anXlsxWithinTheLimitsIsReadFromItsFirstSheet() {
		byte[] xlsx = TestWorkbooks.sheet(TestWorkbooks.headerRow(), "<row>" + TestWorkbooks.cell("มูลนิธิเอ็กเซล")
				+ TestWorkbooks.cell("Excel Foundation") + TestWorkbooks.cell("NGO") + "</row>", 3);
		ImportReading reading = new ImportReading();
		var rows = ImportRows.read("three.xlsx", xlsx, LIMITS, reading);
		assertThat(rows).hasSize(3).allSatisfy(row -> assertThat(row).isEqualTo(
				Map.of("name_th", "มูลนิธิเอ็กเซล", "name_en", "Excel Foundation", "sector", "NGO")));
		assertThat(reading.rows()).isEqualTo(4);
	}

	@Test
	void aCellFarToTheRightIsRefusedBeforeTheReaderMakesRoomForIt() {
		// fastexcel-reader would make a list of 321 million columns for this one cell.
		byte[] xlsx = TestWorkbooks.sheet(TestWorkbooks.headerRow(), "<row><c r=\"ZZZZZZ2\" t=\"inlineStr\"><is><t>x</t></is></c></row>", 1);
		DomainException refused = refusal(() -> ImportRows.read("wide.xlsx", xlsx, LIMITS, new ImportReading()));
		assertThat(refused.messageKey()).isEqualTo("directory.import.tooManyColumns");
	}

	@Test
	void aRowOfTooManyCellsIsRefused() {
		byte[] xlsx = TestWorkbooks.sheet(TestWorkbooks.headerRow(), "<row>" + "<c/>".repeat(101) + "</row>", 1);
		DomainException refused = refusal(() -> ImportRows.read("wide.xlsx", xlsx, LIMITS, new ImportReading()));
		assertThat(refused.messageKey()).isEqualTo("directory.import.tooManyColumns");
	}

	@Test
	void aSharedStringPastTheTableIsRefused() {
		// Without a shared-strings table the reader would look for string 2,000,000,000 in vain.
		byte[] xlsx = TestWorkbooks.sheet(TestWorkbooks.headerRow(), "<row><c t=\"s\"><v>2000000000</v></c></row>", 1);
		DomainException refused = refusal(() -> ImportRows.read("strings.xlsx", xlsx, LIMITS, new ImportReading()));
		assertThat(refused.messageKey()).isEqualTo("directory.import.malformedXlsx");
	}

	@Test
	void aFileLargerThanTheLimitIsRefusedUnread() {
		DomainException refused = refusal(
				() -> ImportRows.read("big.csv", new byte[(int) (5 * MB + 1)], LIMITS, new ImportReading()));
		assertThat(refused.messageKey()).isEqualTo("directory.import.fileTooLarge");
		assertThat(refused.status()).isEqualTo(HttpStatus.PAYLOAD_TOO_LARGE);
	}

	@Test
	void aCsvThatIsNotUtf8IsNamedTis620WhenItIsThai() {
		byte[] tis = "name_th,name_en,sector\nมูลนิธิไทย,Thai Foundation,NGO\n".getBytes(Charset.forName("TIS-620"));
		assertThat(refusal(() -> ImportRows.read("thai.csv", tis, LIMITS, new ImportReading())).messageKey())
			.isEqualTo("directory.import.tis620");
		byte[] latin = "name_th,name_en,sector\nCaf\u00e9,Caf\u00e9,NGO\n".getBytes(StandardCharsets.ISO_8859_1);
		assertThat(refusal(() -> ImportRows.read("latin.csv", latin, LIMITS, new ImportReading())).messageKey())
			.isEqualTo("directory.import.notUtf8");
	}

	private static DomainException refusal(Runnable reading) {
		DomainException refused = catchThrowableOfType(DomainException.class, reading::run);
		assertThat(refused).as("refused").isNotNull();
		return refused;
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}
}
