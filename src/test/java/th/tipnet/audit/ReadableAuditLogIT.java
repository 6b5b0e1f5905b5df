package th.tipnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.cases.TestCasesAccess;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.Languages;
import th.tipnet.directory.Directory;
import th.tipnet.directory.Organisation;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * The audit log reads as people speak: accounts, organisations and cases by name or number, actions
 * in the reader's language, Bangkok times in the reader's era, changes as before/after rows with
 * personal values withheld; and its exports say the same.
 */
@IntegrationTest
class ReadableAuditLogIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	AuditTrail audit;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	TestAccounts.Account adminAccount;

	WebVisitor thai;

	WebVisitor english;

	Organisation atip;

	Organisation mirror;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		adminAccount = accounts.create("readable-admin", Role.SYSTEM_ADMIN);
		thai = new WebVisitor(port);
		thai.signIn(adminAccount.username(), adminAccount.password());
		english = new WebVisitor(port).speaking("en");
		english.signIn(adminAccount.username(), adminAccount.password());
		atip = directory.organisationByReferenceKey("msdhs-atip").orElseThrow();
		mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow();
	}

	@Test
	void theLogNamesTheActorTheirOrganisationAndTheAccountChangedAndShowsBeforeAndAfter() {
		var member = accounts.create("readable-member", Role.MEMBER);
		Api admin = new Api(port).signIn(adminAccount.username(), adminAccount.password());
		long version = admin.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		admin.put("/api/v1/users/" + member.id(), Map.of("displayName", "Somchai Readable", "organisationId",
				mirror.id().toString(), "roles", List.of("MEMBER"), "version", version), Map.of());
		Instant at = jdbc.queryForObject("SELECT occurred_at FROM audit_entry WHERE action = 'USER_UPDATED' AND entity_id = ?",
				OffsetDateTime.class, member.id().toString()).toInstant();
		String filter = "/admin/audit?action=USER_UPDATED&actor=" + adminAccount.username();

		String th = thai.get(filter + "&lang=th").body();
		assertThat(th).contains("Test readable-admin", adminAccount.username(), atip.nameTh())
			.contains("แก้ไขผู้ใช้", "ผู้ใช้", "Somchai Readable")
			.contains("ก่อน", "หลัง", "ชื่อที่แสดง", "องค์กร", mirror.nameTh())
			.contains(new Dates().dateTime(at, Languages.THAI))
			.contains(String.valueOf(at.atZone(ZoneId.of("Asia/Bangkok")).getYear() + 543))
			.doesNotContain(member.id().toString(), mirror.id().toString(), atip.id().toString())
			.doesNotContain("&quot;from&quot;", "{&quot;");

		String en = english.get(filter + "&lang=en").body();
		assertThat(en).contains("User updated", "Before", "After", "Display name", "Organisation", atip.nameEn(), mirror.nameEn())
			.contains(new Dates().dateTime(at, Languages.ENGLISH))
			.doesNotContain(member.id().toString(), mirror.id().toString());
	}

	@Test
	void aCaseIsNamedByItsNumberAndNothingOfItsPerson() {
		UUID police = directory.organisationByReferenceKey("rtp-tatip").orElseThrow().id();
		var worker = accounts.createIn(police, null, "readable-worker", Role.CASE_WORKER);
		var opened = new Api(port).withToken(accounts.token(worker))
			.post("/api/v1/cases", TestCasesAccess.intake(Instant.now().minus(Duration.ofHours(1)), "TH-20", "นาย อ่านออก"))
			.json();

		String page = thai.get("/admin/audit?lang=th&action=CASE_OPENED&actor=" + worker.username()).body();

		assertThat(page).contains(opened.get("caseNumber").asString(), "เปิดรายกรณี", "รายกรณี NRM")
			.doesNotContain(opened.get("id").asString(), "อ่านออก");
	}

	@Test
	void deletedAccountsAndOrganisationsAreSaidToBeDeletedAndPersonalValuesAreWithheld() {
		String ghost = "ghost-" + UUID.randomUUID().toString().substring(0, 8);
		UUID ghostId = UUID.randomUUID();
		UUID ghostOrganisation = UUID.randomUUID();
		UUID ghostAccount = UUID.randomUUID();
		audit.recordAs(new Actor(ghostId, ghost, ghostOrganisation, null), TestAudit.USER, ghostAccount, TestAudit.USER_UPDATED,
				Changes.none()
					.field("organisationId", ghostOrganisation, atip.id())
					.field("email", "old-address@example.org", "new-address@example.org")
					.note("tokensRevoked", 2));

		String th = thai.get("/admin/audit?lang=th&actor=" + ghost).body();
		assertThat(th).contains("(บัญชีที่ถูกลบแล้ว)", "(องค์กรที่ถูกลบแล้ว)", atip.nameTh(), "เปลี่ยนแล้ว (ไม่แสดงค่า)",
				"อีเมล", "โทเค็นที่ถูกยกเลิก")
			.doesNotContain(ghostId.toString(), ghostOrganisation.toString(), ghostAccount.toString())
			.doesNotContain("old-address@example.org", "new-address@example.org");
		String en = english.get("/admin/audit?lang=en&actor=" + ghost).body();
		assertThat(en).contains("(deleted account)", "(deleted organisation)", "changed (not shown)", "Tokens revoked");
	}

	@Test
	void theExportsSayWhatThePageSaysInTheReadersLanguageWithInertFormulas() throws IOException {
		String ghost = "export-" + UUID.randomUUID().toString().substring(0, 8);
		audit.recordAs(new Actor(adminAccount.id(), ghost, atip.id(), null), TestAudit.ORGANISATION, mirror.id(), TestAudit.ORGANISATION_UPDATED,
				Changes.none()
					.field("nameEn", "=HYPERLINK(\"http://evil.example\",\"x\")", "Mirror")
					.field("email", "private@example.org", null));
		Instant at = jdbc.queryForObject("SELECT MAX(occurred_at) FROM audit_entry WHERE actor_name = ?", OffsetDateTime.class,
				ghost).toInstant();

		var csv = thai.getBytes("/admin/audit/export.csv?lang=th&actor=" + ghost, Map.of());
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.headers().firstValue("Content-Disposition").orElseThrow()).contains("attachment").contains(".csv");
		String text = new String(csv.body(), StandardCharsets.UTF_8);
		List<String> lines = text.lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(0)).contains("\"เวลา\"", "\"ผู้กระทำ\"", "\"หน่วยงาน\"", "\"การกระทำ\"", "\"รายการที่เกี่ยวข้อง\"",
				"\"การเปลี่ยนแปลง\"");
		assertThat(lines.get(1)).contains(new Dates().dateTime(at, Languages.THAI), "Test readable-admin", atip.nameTh(),
				"แก้ไของค์กร", mirror.nameTh(), "ชื่อภาษาอังกฤษ: =HYPERLINK", "อีเมล: เปลี่ยนแล้ว (ไม่แสดงค่า)")
			.doesNotContain("private@example.org", mirror.id().toString());

		var xlsx = english.getBytes("/admin/audit/export.xlsx?lang=en&actor=" + ghost, Map.of());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(2);
			assertThat(rows.get(0).getCellText(1)).isEqualTo("When");
			assertThat(rows.get(0).getCellText(3)).isEqualTo("Actor");
			assertThat(rows.get(0).getCellText(5)).isEqualTo("Organisation");
			Row row = rows.get(1);
			assertThat(row.getCellText(1)).isEqualTo(new Dates().dateTime(at, Languages.ENGLISH));
			assertThat(row.getCellText(2)).endsWith("+07:00");
			assertThat(row.getCellText(3)).isEqualTo("Test readable-admin");
			assertThat(row.getCellText(5)).isEqualTo(atip.nameEn());
			assertThat(row.getCellText(8)).isEqualTo("Organisation");
			assertThat(row.getCellText(9)).isEqualTo(mirror.nameEn());
			assertThat(row.getCell(10).getType()).isEqualTo(CellType.STRING);
			assertThat(row.getCellText(10)).contains("English name: =HYPERLINK", "E-mail: changed (not shown)")
				.doesNotContain("private@example.org");
		}
		assertThat(jdbc.queryForList("SELECT changes FROM audit_entry WHERE action = 'AUDIT_EXPORTED' AND actor_name = ?",
				String.class, adminAccount.username())).hasSize(2).anySatisfy(c -> assertThat(c).contains("CSV"))
			.anySatisfy(c -> assertThat(c).contains("XLSX"));
	}

	@Test
	void aNameThatASpreadsheetWouldRunIsExportedAsText() {
		String formula = "=HYPERLINK(\"http://evil.example/" + UUID.randomUUID().toString().substring(0, 8) + "\",\"x\")";
		audit.recordAs(Actor.unverified(formula), TestAudit.USER, null, TestAudit.SIGN_IN_FAILED, Changes.none());

		var csv = thai.getBytes("/admin/audit/export.csv?actor=" + URLEncoder.encode(formula, StandardCharsets.UTF_8), Map.of());

		List<String> lines = new String(csv.body(), StandardCharsets.UTF_8).lines().toList();
		assertThat(lines).hasSize(2);
		assertThat(lines.get(1)).contains("\"'=HYPERLINK(\"\"http://evil.example/").contains("(ยังไม่ได้เข้าสู่ระบบ)");
	}

	@Test
	void anExportWithADateItCannotReadIsRefusedNamingTheField() {
		var refused = thai.getBytes("/admin/audit/export.csv?from=31/04/2567", Map.of("Accept", "application/json"));
		assertThat(refused.statusCode()).isEqualTo(400);
		assertThat(new String(refused.body(), StandardCharsets.UTF_8)).contains("from");
		var member = accounts.create("readable-nosy", Role.MEMBER);
		WebVisitor nosy = new WebVisitor(port);
		nosy.signIn(member.username(), member.password());
		assertThat(nosy.getBytes("/admin/audit/export.csv", Map.of()).statusCode()).isEqualTo(403);
	}
}
