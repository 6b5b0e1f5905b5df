package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/** Files attached to nominations: the type read from the content, bounded in size and count, seen only by the nomination's readers. */
@IntegrationTest
class NominationFilesIT {

	static final byte[] PDF = "%PDF-1.4\n1 0 obj << >> endobj\ntrailer << >>\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	static final byte[] PNG = { (byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1A, '\n', 0, 0, 0, 13, 'I', 'H', 'D', 'R', 0, 0, 0, 1 };

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Awards awards;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account nominator;

	TestAccounts.Account secretariat;

	String nomination;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		nominator = accounts.createIn(division, null, "files-nominator", Role.ORG_ADMIN);
		secretariat = accounts.create("files-secretariat", Role.NETWORK_COORDINATOR);
		Instant now = clock.instant();
		Windows open = new Windows(now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(12)),
				now.plus(Duration.ofDays(20)), now.plus(Duration.ofDays(30)));
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(secretariat));
		AwardRound round;
		try {
			round = awards.open(AwardRoundsIT.plan(NominationsIT.YEARS.getAndIncrement(), open));
		}
		finally {
			SecurityContextHolder.clearContext();
		}
		Map<String, Object> body = new HashMap<>();
		body.put("categoryId", round.categories().stream().filter(c -> c.code().equals("OUTSTANDING_AGENCY")).findFirst()
			.orElseThrow().id().toString());
		body.put("nomineeKind", "ORGANISATION");
		body.put("organisationId", directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id().toString());
		body.put("justification", "ทำงานร่วมกับเครือข่าย");
		body.put("achievements", "ส่งต่อผู้เสียหาย");
		body.put("nomineeConsented", true);
		var created = new Api(port).withToken(accounts.token(nominator)).post("/api/v1/award-rounds/" + round.id() + "/nominations", body);
		assertThat(created.status()).isEqualTo(201);
		nomination = created.json().get("id").asString();
	}

	@Test
	void theNominatorAttachesAPdfThatTheSecretariatDownloadsAndAnotherOrganisationCannotSee() {
		WebVisitor web = signedIn(nominator);
		assertThat(web.get(page()).body()).contains("data-testid=\"attach-form\"").contains("ยังไม่มีไฟล์แนบ");
		var attached = web.postMultipart(page() + "/attachments", Map.of(), "file", "ผลงาน 2567.pdf", "application/pdf", PDF);
		assertThat(attached.statusCode()).isEqualTo(302);
		String listed = web.get(page()).body();
		assertThat(listed).contains("ผลงาน 2567.pdf").contains("เอกสาร PDF");
		String fileId = jdbc.queryForObject("SELECT id FROM award_nomination_attachment WHERE nomination_id = ?", String.class,
				UUID.fromString(nomination));

		var download = signedIn(secretariat).getBytes(page() + "/attachments/" + fileId, Map.of());
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		TestAccounts.Account stranger = accounts.createIn(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id(),
				null, "files-stranger", Role.ORG_ADMIN);
		assertThat(signedIn(stranger).getBytes(page() + "/attachments/" + fileId, Map.of()).statusCode()).isEqualTo(404);
		WebVisitor strangerPage = signedIn(stranger);
		strangerPage.get("/awards");
		assertThat(strangerPage.postMultipart(page() + "/attachments", Map.of(), "file", "x.png", "image/png", PNG).statusCode())
			.isEqualTo(404);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'AWARD_NOMINATION_FILE_ATTACHED'"
				+ " AND entity_id = ?", Integer.class, nomination)).isEqualTo(1);
	}

	@Test
	void aFileThatIsNotWhatItsNameSaysTooLargeOrOneTooManyIsRefusedNamingTheFileAndNothingIsStored() {
		WebVisitor web = signedIn(nominator);
		web.get(page());
		var text = web.postMultipart(page() + "/attachments", Map.of(), "file", "report.pdf", "application/pdf",
				"just some text, not a PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(text.statusCode()).isEqualTo(422);
		assertThat(text.body()).contains("data-testid=\"file-error\"").contains("รับเฉพาะไฟล์ PDF, JPEG หรือ PNG");
		var big = new byte[NominationFiles.MAX_BYTES + 1];
		System.arraycopy(PDF, 0, big, 0, PDF.length);
		var tooLarge = signedIn(nominator).speaking("en");
		tooLarge.get(page());
		var large = tooLarge.postMultipart(page() + "/attachments", Map.of(), "file", "big.pdf", "application/pdf", big);
		assertThat(large.statusCode()).isEqualTo(422);
		assertThat(large.body()).contains("A file may be at most 10 MB");
		assertThat(files()).isZero();

		for (int i = 0; i < NominationFiles.MAX_FILES; i++) {
			web.get(page());
			assertThat(web.postMultipart(page() + "/attachments", Map.of(), "file", "photo" + i + ".png", "image/png", PNG)
				.statusCode()).isEqualTo(302);
		}
		web.get(page());
		var eleventh = web.postMultipart(page() + "/attachments", Map.of(), "file", "photo.png", "image/png", PNG);
		assertThat(eleventh.statusCode()).isEqualTo(422);
		assertThat(eleventh.body()).contains("แนบได้ไม่เกิน 10 ไฟล์");
		assertThat(files()).isEqualTo(NominationFiles.MAX_FILES);
	}

	private int files() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM award_nomination_attachment WHERE nomination_id = ?", Integer.class,
				UUID.fromString(nomination));
	}

	private String page() {
		return "/awards/nominations/" + nomination;
	}

	private WebVisitor signedIn(TestAccounts.Account account) {
		WebVisitor web = new WebVisitor(port);
		web.signIn(account.username(), account.password());
		return web;
	}
}
