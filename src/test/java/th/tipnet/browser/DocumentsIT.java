package th.tipnet.browser;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
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

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.CheckIns;
import th.tipnet.events.Participants;
import th.tipnet.events.Applicant;
import th.tipnet.events.AttendanceMode;
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
		// At the door and at the printer, as the event's organiser.
		TestAccounts accounts = new TestAccounts(context);
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(accounts.createIn(
				directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id(), null, "doc-door", Role.EVENT_ORGANISER)));
		try {
			checkIns.checkIn(event.id(), first.ticketCode());
			checkIns.checkIn(event.id(), second.ticketCode());

			byte[] badges = documents.badges(event.id(), new Locale("th"));
			String badgeText = text(badges, "badges");
			assertThat(badgeText).contains(NAME).contains(SECOND).contains("มูลนิธิทดสอบ");
			// pdftotext may split a letter-spaced code at a wide pair ("T A"): compare the code without spaces.
			assertThat(badgeText.replaceAll("\\s", "")).contains(first.ticketCode()).contains(second.ticketCode());
			assertThat(pages(badges)).isEqualTo(3);

			// Checked in early at the door, but no certificate before the event has started.
			assertThatThrownBy(() -> documents.certificates(event.id())).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.messageKey()).isEqualTo("events.certificate.notStarted"));

			clock.advance(Duration.ofDays(1).plusMinutes(5));
			byte[] certificates = documents.certificates(event.id());
			String certificateText = text(certificates, "certificates");
			assertThat(certificateText).contains("เกียรติบัตร").contains(NAME).contains("Certificate of Attendance").contains(SECOND)
				.contains("เวทีหารือเครือข่ายต้านการค้ามนุษย์")
				.doesNotContain("ไม่ได้ มาร่วม");
			assertThat(pages(certificates)).as("the one who did not come is left out").isEqualTo(2);
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

	/** Saves the PDF and its first page as PNG under target/screenshots and returns the PDF's text. */
	private static String text(byte[] pdf, String name) throws Exception {
		Path dir = BrowserTest.SCREENSHOTS;
		Files.createDirectories(dir);
		Path file = dir.resolve(name + ".pdf");
		Files.write(file, pdf);
		run("pdftoppm", "-png", "-r", "80", "-f", "1", "-l", "1", file.toString(), dir.resolve(name).toString());
		assertThat(Files.size(dir.resolve(name + "-1.png"))).isGreaterThan(5_000);
		Path txt = dir.resolve(name + ".txt");
		run("pdftotext", "-enc", "UTF-8", file.toString(), txt.toString());
		return Files.readString(txt, StandardCharsets.UTF_8);
	}

	private static int pages(byte[] pdf) {
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		return raw.split("/Type\\s*/Page[^s]").length - 1;
	}

	private static void run(String... command) throws Exception {
		Process p = new ProcessBuilder(command).redirectErrorStream(true).start();
		assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
		assertThat(p.exitValue()).as(String.join(" ", command)).isZero();
	}
}
