package th.tipnet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.awt.image.BufferedImage;
import java.time.LocalDate;
import java.util.Map;
import java.util.regex.MatchResult;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import javax.imageio.ImageIO;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.security.core.context.SecurityContextHolder;

import com.google.zxing.BinaryBitmap;
import com.google.zxing.DecodeHintType;
import com.google.zxing.client.j2se.BufferedImageLuminanceSource;
import com.google.zxing.common.HybridBinarizer;
import com.google.zxing.qrcode.QRCodeReader;

import th.tipnet.certificates.CertificateNumber;
import th.tipnet.certificates.Certificates;
import th.tipnet.certificates.Signatory;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.CheckIns;
import th.tipnet.events.Participants;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.CertificateSignatories;
import th.tipnet.events.Event;
import th.tipnet.events.EventDocuments;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.events.Registrar;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.TestClock;

/**
 * Badges and certificates are real PDFs printed by Chromium: rendered to PNG (target/screenshots,
 * for people to look at) and their text extracted and compared, so Thai names with vowels and tone
 * marks above and below come out as they went in.
 */
@BrowserTest
class DocumentsIT {

	static final String NAME = "น้ำผึ้ง ศรีสุขใจ";

	static final String SECOND = "ผู้ใหญ่ ตั้งใจดี";

	@Autowired
	ApplicationContext context;

	@Autowired
	EventPlanning planning;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	CheckIns checkIns;

	@Autowired
	EventDocuments documents;

	@Autowired
	Directory directory;

	@Autowired
	Certificates certificates;

	@Autowired
	CertificateSignatories signatories;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void badgesAndCertificatesKeepThaiNamesIntactAndReadable() throws Exception {
		Event event = event();
		var first = registrar.register(event.id(), applicant(NAME, "th"), null).registration();
		var second = registrar.register(event.id(), applicant(SECOND, "en"), null).registration();
		var absent = registrar.register(event.id(), applicant("ไม่ได้ มาร่วม", "th"), null).registration();
		var organiser = directory.organisationByReferenceKey("msdhs-atip").orElseThrow();
		// At the door and at the printer, as the event's organiser.
		TestAccounts accounts = new TestAccounts(context);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(accounts.createIn(organiser.id(), null,
				"doc-door", Role.EVENT_ORGANISER)));
		try {
			checkIns.checkIn(event.id(), first.ticketCode());
			checkIns.checkIn(event.id(), second.ticketCode());

			byte[] badges = documents.badges(event.id(), new Locale("th"));
			String badgeText = text(badges, "badges");
			assertThat(badgeText).contains(NAME).contains(SECOND).contains("มูลนิธิทดสอบ");
			// pdftotext may split a letter-spaced code at a wide pair ("T A"): compare the code without spaces.
			assertThat(badgeText.replaceAll("\\s", "")).contains(first.ticketCode()).contains(second.ticketCode());
			assertThat(pages(badges)).as("three badges fit on one A4 sheet").isEqualTo(1);
			assertThat(pageSize(badges)).as("A4 portrait, in points").isEqualTo("595 x 842");
			assertThat(fonts(badges)).as("Thai and Latin set in the one bundled family").allMatch(f -> f.contains("Sarabun"));

			// Checked in early at the door, but no certificate before the event has started.
			assertThatThrownBy(() -> documents.certificates(event.id())).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("events.certificate.notStarted"));

			signatories.appoint(event.id(), new Signatory("นางสาวพิมพ์ใจ ตั้งมั่น", "ผู้อำนวยการกองต่อต้านการค้ามนุษย์",
					"Ms Pimjai Tangman", "Director, Anti-Trafficking in Persons Division"));
			clock.advance(Duration.ofDays(1).plusMinutes(5));
			byte[] certificates = documents.certificates(event.id());
			String certificateText = text(certificates, "certificates");
			LocalDate lastDay = event.endsAt().atZone(Dates.BANGKOK).toLocalDate();
			assertThat(certificateText).contains("เกียรติบัตร").contains(NAME).contains("Certificate of Attendance").contains(SECOND)
				.contains("เวทีหารือเครือข่ายต้านการค้ามนุษย์")
				.contains(organiser.nameTh()).contains(organiser.nameEn())
				.contains(Certificates.givenOn(lastDay, new Locale("th"))).contains("Given on " + lastDay.format(
						java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.ENGLISH)))
				.contains("(นางสาวพิมพ์ใจ ตั้งมั่น)").contains("ผู้อำนวยการกองต่อต้านการค้ามนุษย์")
				.contains("(Ms Pimjai Tangman)").contains("Director, Anti-Trafficking in Persons Division")
				.doesNotContain("ไม่ได้ มาร่วม");
			assertThat(pages(certificates)).as("the one who did not come is left out").isEqualTo(2);
			assertThat(fonts(certificates)).allMatch(f -> f.contains("Sarabun"));
			List<String> numbers = numbers(certificateText);
			assertThat(numbers).hasSize(2);
			for (String number : numbers) {
				assertThat(this.certificates.verify(new CertificateNumber(number))).get()
					.satisfies(c -> assertThat(c.valid()).isTrue())
					.satisfies(c -> assertThat(List.of(NAME, SECOND)).contains(c.holder()));
			}
			// The QR code on the first certificate leads to its public check.
			assertThat(qr(certificates, "certificates-qr")).isEqualTo(this.certificates.verificationUrl(new CertificateNumber(numbers.get(0))));

			// Printed again, each keeps its number; another signatory revokes them and gives new numbers.
			assertThat(numbers(text(documents.certificates(event.id()), "certificates-again"))).containsExactlyElementsOf(numbers);
			signatories.appoint(event.id(), new Signatory("นายสมชาย ใจดี", "รองผู้อำนวยการ", null, null));
			List<String> renumbered = numbers(text(documents.certificates(event.id()), "certificates-resigned"));
			assertThat(renumbered).hasSize(2).doesNotContainAnyElementsOf(numbers);
			assertThat(this.certificates.verify(new CertificateNumber(numbers.get(0)))).get()
				.satisfies(c -> assertThat(c.valid()).isFalse())
				.satisfies(c -> assertThat(c.replacedBy()).isNotNull());
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		// The no-show's own link gives no certificate either.
		assertThatThrownBy(() -> documents.certificate(registered.byToken(registered.manageTokenOf(absent))))
			.isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("events.certificate.notAttended"));
	}

	private Event event() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		SecurityContextHolder.getContext()
			.setAuthentication(accounts.authentication(accounts.createIn(division, null, "doc-organiser", Role.EVENT_ORGANISER)));
		try {
			Instant now = Instant.now();
			return planning.plan(new EventPlan("docs-" + UUID.randomUUID().toString().substring(0, 8), EventType.FORUM,
					"เวทีหารือเครือข่ายต้านการค้ามนุษย์", "Counter-trafficking network forum", null, null, now.plus(Duration.ofDays(1)),
					now.plus(Duration.ofDays(1)).plus(Duration.ofHours(3)), "สำนักงานตำรวจแห่งชาติ", "ห้องศรีสรสิน", null, null, null,
					null, 20, 20, now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(20)), division, java.util.Set.of(),
					List.of(new AgendaItem("09:00", "เปิดเวที", "Opening", null)),
					List.of(new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "NGOs", null, null, false))));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Applicant applicant(String name, String language) {
		return new Applicant(name, "มูลนิธิทดสอบ", "ผู้ประสานงาน", "NGO", AttendanceMode.ONSITE,
				UUID.randomUUID().toString().substring(0, 8) + "@example.org", null, null, null, language, true, false, false);
	}

	/**
	 * Saves the PDF and its first page as PNG under target/screenshots (and /work/screens, where people look
	 * at them) and returns the PDF's text.
	 */
	private static String text(byte[] pdf, String name) throws Exception {
		Path dir = BrowserTest.SCREENSHOTS;
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", file.toString(), dir.resolve(name).toString());
		Path png = dir.resolve(name + "-1.png");
		assertThat(Files.size(png)).isGreaterThan(5_000);
		Path screens = Path.of("/work/screens");
		if (Files.isDirectory(screens)) {
			Files.copy(png, screens.resolve("documents-" + name + ".png"), StandardCopyOption.REPLACE_EXISTING);
		}
		Path txt = dir.resolve(name + ".txt");
		run("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString());
		return Files.readString(txt, StandardCharsets.UTF_8);
	}

	/** The certificate numbers printed in a text, in order. */
	private static List<String> numbers(String text) {
		return Pattern.compile("TIP-[0-9]{4}-[0-9A-Z]{5}-[0-9A-Z]{5}").matcher(text).results().map(MatchResult::group).toList();
	}

	/** The text of the QR code on the first page, rendered sharp enough to read. */
	private static String qr(byte[] pdf, String name) throws Exception {
		Path file = BrowserTest.SCREENSHOTS.resolve(name + ".pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "200", "-f", "1", "-l", "1", file.toString(), BrowserTest.SCREENSHOTS.resolve(name).toString());
		BufferedImage image = ImageIO.read(BrowserTest.SCREENSHOTS.resolve(name + "-1.png").toFile());
		var bitmap = new BinaryBitmap(new HybridBinarizer(new BufferedImageLuminanceSource(image)));
		return new QRCodeReader().decode(bitmap, Map.of(DecodeHintType.TRY_HARDER, true)).getText();
	}

	/** The names of the fonts a PDF embeds (pdffonts' first column). */
	private static List<String> fonts(byte[] pdf) throws Exception {
		Path file = Files.createTempFile(BrowserTest.SCREENSHOTS, "fonts", ".pdf");
		Files.write(file, pdf);
		String listing = output("pdffonts", file.toString());
		Files.delete(file);
		List<String> names = listing.lines().skip(2).map(l -> l.split("\\s+")[0]).toList();
		assertThat(names).isNotEmpty();
		return names;
	}

	private static String pageSize(byte[] pdf) throws Exception {
		Path file = Files.createTempFile(BrowserTest.SCREENSHOTS, "size", ".pdf");
		Files.write(file, pdf);
		String info = output("pdfinfo", file.toString());
		Files.delete(file);
		Matcher m = Pattern.compile("Page size:\\s+([0-9.]+) x ([0-9.]+)").matcher(info);
		assertThat(m.find()).isTrue();
		return Math.round(Double.parseDouble(m.group(1))) + " x " + Math.round(Double.parseDouble(m.group(2)));
	}

	private static int pages(byte[] pdf) {
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		return raw.split("/Type\\s*/Page[^s]").length - 1;
	}

	private static String output(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
		return out;
	}

	private static void run(String... command) throws Exception {
		output(command);
	}
}
