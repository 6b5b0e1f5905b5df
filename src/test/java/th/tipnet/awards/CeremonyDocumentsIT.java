package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.locks.LockSupport;
import java.util.function.Supplier;
import java.util.zip.ZipEntry;
import java.util.zip.ZipInputStream;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;

import th.tipnet.certificates.CertificateKind;
import th.tipnet.certificates.CertificateNumber;
import th.tipnet.certificates.Certificates;
import th.tipnet.common.Dates;
import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.PdfText;
import th.tipnet.support.TestClock;

/**
 * The ceremony's documents as the secretariat uses them and everyone else is kept from them: who
 * gives and signs a round's certificates, each winner's certificate (printed by Chromium, so this
 * class needs it, on H2 and PostgreSQL alike), all of them as a ZIP, and the prize list as XLSX.
 */
@IntegrationTest
@ExtendWith(BrowserTest.Chromium.class)
class CeremonyDocumentsIT {

	/** The first place's name, with vowels above and below the line. */
	static final String FIRST = "มูลนิธิกระจกเงา";

	static final Map<String, String> SIGNING = Map.of("issuerTh", "กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์", "issuerEn",
			"Ministry of Social Development and Human Security", "nameTh", "นางสาวพิมพ์ใจ ตั้งมั่น", "positionTh",
			"ผู้อำนวยการกองต่อต้านการค้ามนุษย์", "nameEn", "Ms Pimjai Tangman", "positionEn",
			"Director, Anti-Trafficking in Persons Division");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	ResultsDesk results;

	@Autowired
	CeremonyDesk ceremonies;

	@Autowired
	EventPlanning planning;

	ResultsFixture fixture;

	@Autowired
	Certificates certificates;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account secretariat;

	TestAccounts.Account member;

	TestAccounts.Account judge;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		fixture = new ResultsFixture(context);
		secretariat = accounts.create("cer-secretariat", Role.NETWORK_COORDINATOR);
		member = accounts.create("cer-member", Role.MEMBER);
		judge = accounts.create("cer-judge", Role.JUDGE);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void onlyTheSecretariatNamesWhoGivesAndSignsARoundsCertificatesAndEveryFieldAtFaultIsNamed() throws Exception {
		AwardRound round = openRound();
		String page = "/awards/rounds/" + round.id() + "/certificates";
		String form = page + "/signing";
		Map<String, String> signing = SIGNING;

		for (TestAccounts.Account outsider : new TestAccounts.Account[] { member, judge }) {
			assertThat(perform(outsider, get(page)).getResponse().getStatus()).isEqualTo(403);
			assertThat(perform(outsider, form(post(form), signing)).getResponse().getStatus()).isEqualTo(403);
		}
		assertThat(certificates.signatory(RoundSigning.scope(round.id()))).isEmpty();

		MvcResult refused = perform(secretariat, form(post(form).param("lang", "th"), Map.of("issuerEn", "Ministry", "nameEn", "X")));
		assertThat(refused.getResponse().getStatus()).isEqualTo(422);
		assertThat(refused.getResponse().getContentAsString()).contains("aria-invalid=\"true\"")
			.contains("id=\"issuerTh\"")
			.contains("ต้องระบุ");
		assertThat(count("SELECT COUNT(*) FROM award_round_issuer WHERE round_id = ?", round.id().value())).isZero();
		assertThat(certificates.signatory(RoundSigning.scope(round.id()))).isEmpty();

		MvcResult saved = perform(secretariat, form(post(form), signing));
		assertThat(saved.getResponse().getStatus()).isEqualTo(302);
		assertThat(certificates.signatory(RoundSigning.scope(round.id()))).get()
			.satisfies(s -> assertThat(s.nameTh()).isEqualTo("นางสาวพิมพ์ใจ ตั้งมั่น"));
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'AWARD_CERTIFICATE_ISSUER_NAMED' AND entity_id = ?",
				round.id().toString())).isEqualTo(1);
		String shown = perform(secretariat, get(page + "?lang=th")).getResponse().getContentAsString();
		assertThat(shown).contains("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์").contains("Director, Anti-Trafficking in Persons Division")
			.contains("คณะกรรมการยังไม่ได้ยืนยันผู้ได้รับรางวัลของรอบนี้");
		// Nothing to print before the committee confirms its winners.
		assertThat(perform(secretariat, get(page.replace("/certificates", "/certificates.zip"))).getResponse().getStatus())
			.isEqualTo(409);
	}

	@Test
	void eachWinnerGetsACheckableThaiCertificateTheZipHoldsThemAllAndThePrizeListGoesToTheFinanceOfficeOnly() throws Exception {
		Scene scene = confirmedRound();
		String base = "/awards/rounds/" + scene.round().id();
		String api = "/api/v1/award-rounds/" + scene.round().id();
		perform(secretariat, form(post(base + "/certificates/signing"), SIGNING));

		for (TestAccounts.Account outsider : new TestAccounts.Account[] { member, judge }) {
			for (String path : new String[] { base + "/certificates/" + scene.first(), base + "/certificates.zip",
					base + "/prize-list.xlsx", api + "/certificates/" + scene.first(), api + "/certificates", api + "/prize-list" }) {
				MvcResult refused = perform(outsider, get(path));
				assertThat(refused.getResponse().getStatus()).as(path).isEqualTo(403);
				assertThat(refused.getResponse().getContentAsString()).doesNotContain(FIRST);
			}
		}
		assertThat(perform(secretariat, get(base + "/certificates/" + scene.loser())).getResponse().getStatus())
			.as("a nomination that did not win").isEqualTo(404);
		assertThat(perform(secretariat, get(api + "/certificates/" + scene.first() + "?language=fr")).getResponse().getStatus())
			.isEqualTo(422);

		MvcResult pdf = perform(secretariat, get(base + "/certificates/" + scene.first() + "?language=th"));
		assertThat(pdf.getResponse().getStatus()).isEqualTo(200);
		assertThat(pdf.getResponse().getContentType()).isEqualTo("application/pdf");
		assertThat(pdf.getResponse().getHeader("Content-Disposition")).startsWith("attachment").contains("certificate-TIP-");
		String text = PdfText.of(pdf.getResponse().getContentAsByteArray(), "awards-ceremony-certificate-th");
		LocalDate announced = scene.round().windows().announcement().atZone(Dates.BANGKOK).toLocalDate();
		assertThat(text).contains("กระทรวงการพัฒนาสังคมและความมั่นคงของมนุษย์")
			.contains("เกียรติบัตร")
			.contains("ขอมอบเกียรติบัตรฉบับนี้ไว้เพื่อแสดงว่า")
			.contains(FIRST)
			.contains("ได้รับรางวัลหน่วยงานดีเด่น ลำดับที่ ๑")
			.contains(Certificates.thaiDigits(scene.round().titleTh()))
			.contains(Certificates.givenOn(announced, Languages.THAI))
			.contains("(นางสาวพิมพ์ใจ ตั้งมั่น)")
			.contains("ผู้อำนวยการกองต่อต้านการค้ามนุษย์");
		assertThat(PdfText.numbers(text)).hasSize(1);
		String number = PdfText.numbers(text).get(0);
		assertThat(text.replace(number, "")).as("a Thai certificate writes its digits in Thai").doesNotContainPattern("[0-9]");
		assertThat(certificates.verify(new CertificateNumber(number))).get().satisfies(c -> {
			assertThat(c.valid()).isTrue();
			assertThat(c.kind()).isEqualTo(CertificateKind.AWARD);
			assertThat(c.holder()).isEqualTo(FIRST);
		});
		assertThat(PdfText.qr(pdf.getResponse().getContentAsByteArray(), "awards-ceremony-certificate-qr"))
			.isEqualTo(certificates.verificationUrl(new CertificateNumber(number)));

		// Printed again it keeps its number; in English it is a certificate of its own.
		assertThat(PdfText.numbers(PdfText.of(perform(secretariat, get(base + "/certificates/" + scene.first()))
			.getResponse().getContentAsByteArray(), "awards-ceremony-certificate-again"))).containsExactly(number);
		String english = PdfText.of(perform(secretariat, get(base + "/certificates/" + scene.first() + "?language=en"))
			.getResponse().getContentAsByteArray(), "awards-ceremony-certificate-en");
		assertThat(english).contains("Certificate of Award").contains("Ministry of Social Development and Human Security")
			.contains("has received the Outstanding agency award, place 1").contains("(Ms Pimjai Tangman)").contains("Given on ");
		assertThat(PdfText.numbers(english)).doesNotContain(number);

		// All of them as a ZIP, one PDF each.
		MvcResult zip = perform(secretariat, get(base + "/certificates.zip"));
		assertThat(zip.getResponse().getStatus()).isEqualTo(200);
		Map<String, byte[]> entries = unzip(zip.getResponse().getContentAsByteArray());
		assertThat(entries).hasSize(scene.winners());
		assertThat(entries.keySet()).anyMatch(name -> name.equals("OUTSTANDING_AGENCY-1-" + number + ".pdf"));
		assertThat(entries.values()).allMatch(b -> new String(b, 0, 5, StandardCharsets.ISO_8859_1).equals("%PDF-"));

		// The prize list: text cells, the amount a number, the Thai certificate's number.
		MvcResult xlsx = perform(secretariat, get(base + "/prize-list.xlsx?lang=th"));
		assertThat(xlsx.getResponse().getStatus()).isEqualTo(200);
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.getResponse().getContentAsByteArray()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(scene.winners() + 1);
			assertThat(rows.get(0).getCellText(0)).isEqualTo("ประเภทรางวัล");
			assertThat(rows.get(0).getCellText(6)).isEqualTo("เงินรางวัล (บาท)");
			Row first = rows.get(1);
			assertThat(first.getCellText(0)).isEqualTo("หน่วยงานดีเด่น");
			assertThat(first.getCellText(2)).isEqualTo(FIRST);
			assertThat(first.getCellText(5)).isEqualTo("มี");
			assertThat(first.getCell(6).getType()).isEqualTo(CellType.NUMBER);
			assertThat(first.getCellAsNumber(6).orElseThrow().intValue()).isEqualTo(30000);
			assertThat(first.getCellText(7)).isEqualTo(number);
			for (Row r : rows.subList(1, rows.size())) {
				assertThat(r.getCell(2).getType()).as("a name stays text").isEqualTo(CellType.STRING);
			}
		}
		assertThat(count("SELECT COUNT(*) FROM audit_entry WHERE action = 'AWARD_PRIZE_LIST_DOWNLOADED' AND entity_id = ?",
				scene.round().id().toString())).isEqualTo(1);

		// Another signatory: printed again, the old number is revoked and points to the new one.
		Map<String, String> resigned = new HashMap<>(SIGNING);
		resigned.put("nameTh", "นายสมชาย ใจดี");
		perform(secretariat, form(post(base + "/certificates/signing"), resigned));
		String renumbered = PdfText.numbers(PdfText.of(perform(secretariat, get(base + "/certificates/" + scene.first()))
			.getResponse().getContentAsByteArray(), "awards-ceremony-certificate-resigned")).get(0);
		assertThat(renumbered).isNotEqualTo(number);
		assertThat(certificates.verify(new CertificateNumber(number))).get().satisfies(c -> {
			assertThat(c.valid()).isFalse();
			assertThat(c.replacedBy()).isEqualTo(new CertificateNumber(renumbered));
		});

		// Published with its ceremony's event: each winning organisation is offered an award-winner booth there, the loser none.
		UUID event = ceremonyEvent();
		clock.advance(Duration.ofDays(10));
		fixture.as(secretariat, () -> {
			ceremonies.holdAt(scene.round().id(), ceremonies.eventAt(jdbc.queryForObject("SELECT slug FROM event WHERE id = ?",
					String.class, event)));
			return results.publish(scene.round().id());
		});
		String offered = "SELECT COUNT(*) FROM exhibition_booth_offer WHERE event_id = ? AND booth_type = 'AWARD_WINNER'";
		long until = System.nanoTime() + Duration.ofSeconds(30).toNanos();
		while (count(offered, event) < 2 && System.nanoTime() < until) {
			LockSupport.parkNanos(Duration.ofMillis(100).toNanos());
		}
		assertThat(count(offered, event)).isEqualTo(2);
		assertThat(count(offered + " AND organisation_id = ?", event,
				directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id())).isZero();
	}

	/** A campaign day planned by the division, where the awards are handed over. */
	private UUID ceremonyEvent() {
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		TestAccounts.Account organiser = accounts.createIn(division, null, "cer-organiser", Role.EVENT_ORGANISER);
		Instant now = clock.instant();
		String slug = "cer-" + UUID.randomUUID().toString().substring(0, 8);
		return as(organiser, () -> planning.plan(new EventPlan(slug, EventType.CAMPAIGN_DAY, "งานวันต่อต้านการค้ามนุษย์ทดสอบ",
				"Test anti-trafficking day", null, null, now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(40)).plusSeconds(14400),
				"อิมแพ็ค", null, null, null, null, null, 100, 100, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(39)),
				division, java.util.Set.of(), List.of(new AgendaItem("09:00", "มอบรางวัล", "Awards", null)),
				List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false)))).id());
	}

	private static Map<String, byte[]> unzip(byte[] zip) throws Exception {
		Map<String, byte[]> entries = new LinkedHashMap<>();
		try (ZipInputStream in = new ZipInputStream(new ByteArrayInputStream(zip))) {
			for (ZipEntry e = in.getNextEntry(); e != null; e = in.getNextEntry()) {
				entries.put(e.getName(), in.readAllBytes());
			}
		}
		return entries;
	}

	/** A round whose committee confirmed two winners, first and second, and a third nomination that did not win. */
	record Scene(AwardRound round, UUID first, UUID second, UUID loser, int winners) {
	}

	/**
	 * A round whose committee confirmed two agencies (the Mirror Foundation first, Stella Maris second) and left out a third,
	 * the Royal Thai Police centre.
	 */
	private Scene confirmedRound() {
		ResultsFixture.Scene decided = fixture.decided(2, List.of("mirror-foundation", "stella-maris", "rtp-tatip"),
				new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		List<UUID> n = decided.nominations();
		fixture.as(decided.secretariat(),
				() -> results.confirm(new RoundId(decided.roundId()), decided.categoryId(), n.subList(0, 2), null, List.of()));
		AwardRound round = awards.round(new RoundId(decided.roundId()));
		return new Scene(round, n.get(0), n.get(1), n.get(2), 2);
	}

	private AwardRound openRound() {
		Instant now = clock.instant();
		Windows windows = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		return as(secretariat, () -> awards.open(AwardRoundsIT.plan(NominationsIT.YEARS.getAndIncrement(), windows)));
	}

	private int count(String sql, Object... args) {
		return jdbc.queryForObject(sql, Integer.class, args);
	}

	private static MockHttpServletRequestBuilder form(MockHttpServletRequestBuilder request, Map<String, String> fields) {
		fields.forEach(request::param);
		return request.with(csrf());
	}

	private MvcResult perform(TestAccounts.Account account, MockHttpServletRequestBuilder request) throws Exception {
		return mvc.perform(request.with(authentication(accounts.authentication(account)))).andReturn();
	}

	private <T> T as(TestAccounts.Account account, Supplier<T> action) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return action.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	static UUID id(String text) {
		return UUID.fromString(text);
	}
}
