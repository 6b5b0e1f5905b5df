package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import java.awt.image.BufferedImage;

import org.dhatim.fastexcel.reader.CellType;
import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.dhatim.fastexcel.reader.Row;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.common.Dates;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * A forum's outputs (#16 items 1, 3 and 5) on H2 and PostgreSQL: those who may record a forum correct its record
 * against the version they read, audited with the values before; the chair alone marks inputs and actions public,
 * and the public summary, read by a visitor, names only those; the action lists download as XLSX with every cell
 * inert; a file given as evidence is checked by its content and size, stored, and downloaded by members only.
 */
@IntegrationTest
class ForumOutputsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	JdbcTemplate jdbc;

	TestForums forums;

	Api chair;

	UUID forum;

	String problem;

	String recommendation;

	LocalDate forumDay;

	final HttpClient http = HttpClient.newHttpClient();

	@BeforeEach
	void setUp() {
		forums = new TestForums(context, port);
		UUID event = forums.planForumEvent("Outputs", Duration.ofDays(5));
		forumDay = Instant.now().plus(Duration.ofDays(5)).atZone(Dates.BANGKOK).toLocalDate();
		forum = forums.record(event);
		chair = forums.as(forums.chair);
		problem = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(forums.organisation("dof").toString(),
				"PROBLEM", "FISHERIES", "ลูกเรือถูกยึดเอกสาร", List.of("TH-90"))).json().get("id").asString();
		recommendation = chair.post("/api/v1/forums/" + forum + "/inputs", TestForums.input(
				forums.organisation("mirror-foundation").toString(), "RECOMMENDATION", "ONLINE_CYBER", "ช่องทางแจ้งเบาะแสร่วมกัน",
				List.of())).json().get("id").asString();
	}

	@Test
	void theOrganiserCorrectsTheRecordAgainstTheVersionReadAuditedWithTheValuesBefore() {
		Api.Response read = forums.organiserApi.get("/api/v1/forums/" + forum);
		long version = read.json().get("version").asLong();
		TestAccounts.Account secondChair = forums.accounts.createIn(forums.centre, null, "forum-second-chair", Role.MEMBER);
		List<String> present = new ArrayList<>(forums.present());
		present.remove(forums.organisation("nfat").toString());
		present.add(forums.organisation("a21").toString());
		Map<String, Object> body = revision(version, secondChair.id().toString(), present, "09:00 เปิดงาน",
				"ที่ประชุมรับทราบปัญหาและมอบหมายผู้รับผิดชอบ");
		Api.Response revised = forums.organiserApi.put("/api/v1/forums/" + forum, body, Map.of());
		assertThat(revised.status()).as(revised.body()).isEqualTo(200);
		assertThat(revised.json().get("minutes").asString()).isEqualTo("ที่ประชุมรับทราบปัญหาและมอบหมายผู้รับผิดชอบ");
		assertThat(revised.json().get("chairUserId").asString()).isEqualTo(secondChair.id().toString());
		assertThat(revised.json().get("organisations").findValuesAsString("organisationId"))
			.containsExactlyInAnyOrderElementsOf(present);
		String changes = jdbc.queryForObject("SELECT changes FROM audit_entry WHERE entity_id = ? AND action = 'FORUM_REVISED'",
				String.class, forum.toString());
		assertThat(changes).contains("ที่ประชุมรับทราบปัญหาของแต่ละภาคส่วน", "ที่ประชุมรับทราบปัญหาและมอบหมายผู้รับผิดชอบ",
				forums.chair.id().toString(), secondChair.id().toString());

		// The version read before the change is stale now: 409, and nothing changes.
		Api.Response stale = forums.organiserApi.put("/api/v1/forums/" + forum, revision(version, forums.chair.id().toString(),
				forums.present(), null, "อีกฉบับ"), Map.of());
		assertThat(stale.status()).isEqualTo(409);
		assertThat(forums.organiserApi.get("/api/v1/forums/" + forum).json().get("minutes").asString())
			.isEqualTo("ที่ประชุมรับทราบปัญหาและมอบหมายผู้รับผิดชอบ");
	}

	@Test
	void badCorrectionsAreRefusedNamingTheFieldAndOnlyRecordersMayCorrect() {
		long version = forums.organiserApi.get("/api/v1/forums/" + forum).json().get("version").asLong();
		TestAccounts.Account elsewhere = forums.accounts.createIn(forums.organisation("a21"), null, "outputs-elsewhere", Role.MEMBER);
		List<String> withoutSpeaker = new ArrayList<>(forums.present());
		withoutSpeaker.remove(forums.organisation("dof").toString());
		Api.Response refused = forums.organiserApi.speaking("th").put("/api/v1/forums/" + forum,
				revision(version, elsewhere.id().toString(), withoutSpeaker, null, "x".repeat(ForumRecords.MAX_MINUTES + 1)), Map.of());
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("chairUserId", "organisationIds", "minutes");
		assertThat(refused.body()).contains("หน่วยงานที่ยกปัญหาหรือข้อเสนอแนะในเวทีนี้ต้องอยู่ในรายชื่อผู้เข้าร่วม");
		assertThat(forums.organiserApi.get("/api/v1/forums/" + forum).json().get("version").asLong()).isEqualTo(version);

		Map<String, Object> fine = revision(version, forums.chair.id().toString(), forums.present(), null, "แก้ไข");
		TestAccounts.Account member = forums.accounts.createIn(forums.centre, null, "outputs-member", Role.MEMBER);
		assertThat(forums.as(member).put("/api/v1/forums/" + forum, fine, Map.of()).status()).isEqualTo(403);
		assertThat(chair.put("/api/v1/forums/" + forum, fine, Map.of()).status()).as("the chair does not record").isEqualTo(403);
		assertThat(new Api(port).put("/api/v1/forums/" + forum, fine, Map.of()).status()).isEqualTo(401);
		assertThat(count("audit_entry WHERE action = 'FORUM_REVISED' AND entity_id = '" + forum + "'")).isZero();
	}

	@Test
	void theChairMarksWhatIsPublicAndTheSummaryNamesOnlyThat() throws Exception {
		String fisheries = forums.organisation("dof").toString();
		String shown = agree(problem, "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", fisheries);
		String hidden = agree(recommendation, "ทำคู่มือภายในเรื่องการแจ้งเบาะแส", forums.organisation("mirror-foundation").toString());

		// Only the chair chooses; an id of another forum is refused naming its place, nothing changes.
		Map<String, Object> marks = Map.of("inputIds", List.of(problem), "actionIds", List.of(shown));
		assertThat(forums.organiserApi.put("/api/v1/forums/" + forum + "/public", marks, Map.of()).status()).isEqualTo(403);
		Api.Response wrong = chair.put("/api/v1/forums/" + forum + "/public",
				Map.of("inputIds", List.of(problem, UUID.randomUUID().toString()), "actionIds", List.of("nope")), Map.of());
		assertThat(wrong.status()).isEqualTo(422);
		assertThat(wrong.problemFields()).containsExactlyInAnyOrder("inputIds[1]", "actionIds[0]");
		assertThat(count("forum_input WHERE shown_publicly = TRUE AND forum_id = '" + forum + "'")).isZero();

		Api.Response marked = chair.put("/api/v1/forums/" + forum + "/public", marks, Map.of());
		assertThat(marked.status()).as(marked.body()).isEqualTo(200);
		assertThat(marked.body()).contains(problem, shown).doesNotContain(recommendation, hidden);
		assertThat(chair.get("/api/v1/forums/" + forum + "/public").body()).contains(problem, shown).doesNotContain(recommendation, hidden);
		assertThat(count("audit_entry WHERE action = 'FORUM_PUBLICITY_CHANGED' AND entity_id = '" + forum + "'")).isEqualTo(1);

		// A visitor, not signed in, reads the summary: the marked input and action, the sectors, and nothing else.
		HttpResponse<String> page = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/forums/" + forum + "/summary"))
			.header("Accept-Language", "th").GET().build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.headers().firstValue("Cache-Control").orElse("")).contains("max-age=60", "public");
		assertThat(page.body()).contains("เวทีทดสอบ Outputs", "ลูกเรือถูกยึดเอกสาร", "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา", "กรมประมง",
				"องค์กรพัฒนาเอกชน", "ภาคเอกชน");
		assertThat(page.body()).doesNotContain("ช่องทางแจ้งเบาะแสร่วมกัน", "ทำคู่มือภายในเรื่องการแจ้งเบาะแส",
				"ที่ประชุมรับทราบปัญหาของแต่ละภาคส่วน", "แต่ละภาคส่วนเสนอปัญหาและข้อเสนอแนะ", "Test forum-chair", forums.chair.username(),
				"มูลนิธิกระจกเงา");
		assertThat(http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/forums/" + UUID.randomUUID() + "/summary"))
			.GET().build(), HttpResponse.BodyHandlers.ofString()).statusCode()).isEqualTo(404);

		// Taken off again: the summary no longer names it.
		chair.put("/api/v1/forums/" + forum + "/public", Map.of("inputIds", List.of(), "actionIds", List.of()), Map.of());
		String after = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/forums/" + forum + "/summary")).GET()
			.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)).body();
		assertThat(after).doesNotContain("ลูกเรือถูกยึดเอกสาร", "ตรวจเรือประมงร่วมกันที่ท่าเรือสงขลา");
	}

	@Test
	void theActionListsDownloadAsXlsxWithFormulasInertAndTheRowsAsAgreed() throws Exception {
		String fisheries = forums.organisation("dof").toString();
		agree(problem, "=HYPERLINK(\"http://evil.example\",\"x\")", fisheries);
		agree(recommendation, "+66 2 123 4567 สายด่วน", forums.organisation("mirror-foundation").toString());
		agree(problem, "-ทดสอบ @ผู้รับผิดชอบ", fisheries);

		TestAccounts.Account member = forums.accounts.createIn(forums.organisation("a21"), null, "outputs-reader", Role.MEMBER);
		WebVisitor visitor = new WebVisitor(port).speaking("th");
		visitor.signIn(member.username(), member.password());
		HttpResponse<byte[]> xlsx = visitor.getBytes("/forums/" + forum + "/actions.xlsx", Map.of());
		assertThat(xlsx.statusCode()).isEqualTo(200);
		assertThat(xlsx.headers().firstValue("Content-Disposition").orElse("")).contains("attachment");
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx.body()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(4);
			assertThat(rows.get(0).getCellText(5)).isEqualTo("สิ่งที่จะทำ");
			List<String> what = rows.stream().skip(1).map(r -> r.getCellText(5)).toList();
			assertThat(what).containsExactlyInAnyOrder("=HYPERLINK(\"http://evil.example\",\"x\")", "+66 2 123 4567 สายด่วน",
					"-ทดสอบ @ผู้รับผิดชอบ");
			for (Row r : rows.subList(1, rows.size())) {
				assertThat(r.getCell(5).getType()).as("a typed formula stays text").isEqualTo(CellType.STRING);
				assertThat(r.getCellText(0)).isEqualTo("เวทีทดสอบ Outputs");
				assertThat(r.getCellText(8)).isEqualTo("ยังไม่เริ่ม");
				assertThat(r.getCell(9).getType()).isEqualTo(CellType.NUMBER);
			}
			assertThat(rows.stream().skip(1).filter(r -> r.getCellText(6).equals("มูลนิธิกระจกเงา")).count()).isEqualTo(1);
		}

		// Across forums, filtered as the list is: the Mirror Foundation's actions only.
		HttpResponse<byte[]> filtered = visitor.getBytes("/actions/export.xlsx?owner=" + forums.organisation("mirror-foundation"), Map.of());
		assertThat(filtered.statusCode()).isEqualTo(200);
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(filtered.body()))) {
			List<Row> rows = book.getFirstSheet().read();
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(6)).distinct().toList()).containsExactly("มูลนิธิกระจกเงา");
			assertThat(rows.stream().skip(1).map(r -> r.getCellText(5)).toList()).contains("+66 2 123 4567 สายด่วน");
		}
		assertThat(visitor.getBytes("/actions/export.xlsx?status=FINISHED", Map.of()).statusCode()).isEqualTo(422);
		assertThat(new WebVisitor(port).getBytes("/forums/" + forum + "/actions.xlsx", Map.of()).statusCode()).isIn(302, 401);
		assertThat(count("audit_entry WHERE action = 'FORUM_ACTIONS_EXPORTED'")).isGreaterThanOrEqualTo(2);
	}

	@Test
	void aFileGivenAsEvidenceIsCheckedByItsContentStoredAndDownloadedByMembersOnly() throws Exception {
		String fisheries = forums.organisation("dof").toString();
		String action = agree(problem, "ตรวจเรือประมง", fisheries);
		TestAccounts.Account owner = forums.accounts.createIn(forums.organisation("dof"), null, "evidence-owner", Role.MEMBER);
		Api ownerApi = forums.as(owner);
		Api.Response reported = ownerApi.post("/api/v1/actions/" + action + "/updates", Map.of("version",
				ownerApi.get("/api/v1/actions/" + action).json().get("version").asLong(), "status", "IN_PROGRESS", "progress", 50,
				"note", "ตรวจแล้วครึ่งหนึ่ง"));
		assertThat(reported.status()).as(reported.body()).isEqualTo(200);

		byte[] png = png();
		HttpResponse<String> given = upload(ownerApi.token(), action, 1, "รายงาน/ภาพถ่าย.png", "application/octet-stream", png, "th");
		assertThat(given.statusCode()).as(given.body()).isEqualTo(201);
		String fileId = new Api.Response(201, given.body(), "", null).json().get("id").asString();
		assertThat(given.body()).contains("\"contentType\":\"image/png\"", "\"update\":1", "ภาพถ่าย.png");

		// Anybody signed in may see the action and its files; a visitor may not.
		TestAccounts.Account reader = forums.accounts.createIn(forums.organisation("a21"), null, "evidence-reader", Role.MEMBER);
		HttpResponse<byte[]> download = bytes(forums.accounts.token(reader), "/api/v1/actions/" + action + "/files/" + fileId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(png);
		assertThat(download.headers().firstValue("Content-Disposition").orElse("")).startsWith("attachment");
		assertThat(download.headers().firstValue("X-Content-Type-Options")).hasValue("nosniff");
		assertThat(bytes(null, "/api/v1/actions/" + action + "/files/" + fileId).statusCode()).isEqualTo(401);
		assertThat(forums.as(reader).get("/api/v1/actions/" + action + "/files").json().findValuesAsString("id")).containsExactly(fileId);
		// Stored sealed: the stored bytes are not the file's.
		byte[] stored = jdbc.queryForObject("SELECT content FROM forum_action_file_content WHERE file_id = ?", byte[].class,
				UUID.fromString(fileId));
		assertThat(Arrays.equals(stored, png)).isFalse();

		// A text file named .pdf, a file too large, no file: 422 naming the field, in the reader's language; nothing stored.
		long files = count("forum_action_file");
		HttpResponse<String> text = upload(ownerApi.token(), action, 1, "report.pdf", "application/pdf",
				"just words, not a PDF".getBytes(StandardCharsets.UTF_8), "th");
		assertThat(text.statusCode()).isEqualTo(422);
		assertThat(text.body()).contains("\"field\":\"file\"", "ไฟล์ต้องเป็น PDF, JPEG หรือ PNG");
		byte[] large = new byte[ActionEvidence.MAX_BYTES + 1];
		System.arraycopy("%PDF-1.7\n".getBytes(StandardCharsets.US_ASCII), 0, large, 0, 9);
		HttpResponse<String> tooLarge = upload(ownerApi.token(), action, 1, "big.pdf", "application/pdf", large, "en");
		assertThat(tooLarge.statusCode()).isEqualTo(422);
		assertThat(tooLarge.body()).contains("\"field\":\"file\"", "at most 10 MB");
		assertThat(upload(ownerApi.token(), action, 7, "r.png", "image/png", png, "en").statusCode()).isEqualTo(404);
		assertThat(upload(forums.accounts.token(reader), action, 1, "r.png", "image/png", png, "en").statusCode())
			.as("only those who may report give evidence").isEqualTo(403);
		assertThat(count("forum_action_file")).isEqualTo(files);
		assertThat(count("forum_action_file_content")).isEqualTo(files);

		// A PDF given by the chair with the agreement itself; the page lists both under their updates.
		byte[] pdf = "%PDF-1.4\n% evidence\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);
		assertThat(upload(chair.token(), action, 0, "minutes.pdf", "application/pdf", pdf, "en").statusCode()).isEqualTo(201);
		WebVisitor page = new WebVisitor(port).speaking("en");
		page.signIn(reader.username(), reader.password());
		String html = page.get("/actions/" + action).body();
		assertThat(html).contains("ภาพถ่าย.png", "minutes.pdf", "/actions/" + action + "/files/" + fileId);
		assertThat(count("audit_entry WHERE action = 'FORUM_ACTION_FILE_ADDED' AND entity_id = '" + action + "'")).isEqualTo(2);
		assertThat(count("audit_entry WHERE action = 'FORUM_ACTION_FILE_DOWNLOADED' AND entity_id = '" + action + "'")).isEqualTo(1);
	}

	private String agree(String input, String what, String owner) {
		Map<String, Object> body = new HashMap<>();
		body.put("inputId", input);
		body.put("what", what);
		body.put("ownerOrganisationId", owner);
		body.put("dueOn", forumDay.plusDays(30).toString());
		Api.Response r = chair.post("/api/v1/actions", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private static Map<String, Object> revision(long version, String chairUserId, List<String> organisations, String agenda,
			String minutes) {
		Map<String, Object> body = new HashMap<>();
		body.put("version", version);
		body.put("chairUserId", chairUserId);
		body.put("organisationIds", organisations);
		body.put("agenda", agenda);
		body.put("minutes", minutes);
		return body;
	}

	static byte[] png() throws IOException {
		BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, "png", out);
		return out.toByteArray();
	}

	private HttpResponse<String> upload(String token, String action, int update, String fileName, String contentType, byte[] content,
			String language) throws Exception {
		String boundary = "----tipnet" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/actions/" + action + "/updates/" + update + "/files"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())).build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
	}

	private HttpResponse<byte[]> bytes(String token, String path) throws Exception {
		HttpRequest.Builder b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).GET();
		if (token != null) {
			b.header("Authorization", "Bearer " + token);
		}
		return http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
	}

	private long count(String from) {
		Long n = jdbc.queryForObject("SELECT COUNT(*) FROM " + from, Long.class);
		return n == null ? 0 : n;
	}
}
