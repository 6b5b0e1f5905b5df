package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.imageio.ImageIO;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/** Files attached to a case: type by content, 20 MB, sealed at rest, need-to-know downloads, audited (H2 and PostgreSQL). */
@IntegrationTest
class AttachmentsIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	final HttpClient http = HttpClient.newHttpClient();

	String leadToken;

	String receiverToken;

	String outsiderToken;

	UUID receiver;

	String caseId;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID stella = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		receiver = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		UUID hug = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
		leadToken = accounts.token(accounts.createIn(stella, null, "file-lead", Role.CASE_WORKER));
		receiverToken = accounts.token(accounts.createIn(receiver, null, "file-receiver", Role.CASE_WORKER));
		outsiderToken = accounts.token(accounts.createIn(hug, null, "file-outsider", Role.CASE_SUPERVISOR));
		caseId = new Api(port).withToken(leadToken)
			.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(3)), "TH-20", "นาย เอกสาร"))
			.json()
			.get("id")
			.asString();
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	static byte[] image(String format) throws IOException {
		BufferedImage img = new BufferedImage(8, 8, BufferedImage.TYPE_INT_RGB);
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(img, format, out);
		return out.toByteArray();
	}

	static final byte[] PDF = "%PDF-1.4\n% passport scan of SECRET-MARKER\n%%EOF\n".getBytes(StandardCharsets.US_ASCII);

	HttpResponse<byte[]> upload(String token, String fileName, String contentType, byte[] content, String language) {
		String boundary = "----tipnet" + UUID.randomUUID();
		ByteArrayOutputStream body = new ByteArrayOutputStream();
		body.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"file\"; filename=\"" + fileName
				+ "\"\r\nContent-Type: " + contentType + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
		body.writeBytes(content);
		body.writeBytes(("\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + "/api/v1/cases/" + caseId + "/attachments"))
			.header("Authorization", "Bearer " + token)
			.header("Accept-Language", language)
			.header("Content-Type", "multipart/form-data; boundary=" + boundary)
			.POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray())));
	}

	HttpResponse<byte[]> get(String token, String path) {
		return send(HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).header("Authorization", "Bearer " + token).GET());
	}

	HttpResponse<byte[]> send(HttpRequest.Builder request) {
		try {
			return http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
		}
		catch (IOException e) {
			throw new IllegalStateException(e);
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	static JsonNode json(HttpResponse<byte[]> r) {
		return JsonMapper.builder().build().readTree(new String(r.body(), StandardCharsets.UTF_8));
	}

	static List<String> fields(HttpResponse<byte[]> r) {
		List<String> fields = new java.util.ArrayList<>();
		JsonNode errors = json(r).get("errors");
		if (errors != null) {
			errors.forEach(e -> fields.add(e.get("field").asString()));
		}
		return fields;
	}

	@Test
	void pdfAndImagesAreAttachedSealedAndDownloadedAsAttachmentsWithEachDownloadAudited() throws IOException {
		var pdf = upload(leadToken, "หนังสือเดินทาง.pdf", "application/octet-stream", PDF, "th");
		assertThat(pdf.statusCode()).as(new String(pdf.body(), StandardCharsets.UTF_8)).isEqualTo(201);
		assertThat(json(pdf).get("contentType").asString()).isEqualTo("application/pdf");
		// The type comes from the content: a PNG sent as "photo.jpg", text/plain, is a PNG.
		var png = upload(leadToken, "/sdcard/DCIM/photo.jpg", "text/plain", image("png"), "en");
		assertThat(png.statusCode()).isEqualTo(201);
		assertThat(json(png).get("contentType").asString()).isEqualTo("image/png");
		assertThat(json(png).get("fileName").asString()).isEqualTo("photo.jpg");
		assertThat(upload(leadToken, "scan.jpeg", "image/jpeg", image("jpg"), "en").statusCode()).isEqualTo(201);

		String pdfId = json(pdf).get("id").asString();
		byte[] stored = jdbc.queryForObject("SELECT content FROM nrm_case_attachment_content WHERE attachment_id = ?",
				byte[].class, UUID.fromString(pdfId));
		assertThat(new String(stored, StandardCharsets.ISO_8859_1)).doesNotContain("SECRET-MARKER").doesNotContain("%PDF");
		assertThat(jdbc.queryForObject("SELECT file_name FROM nrm_case_attachment WHERE id = ?", String.class,
				UUID.fromString(pdfId))).doesNotContain("หนังสือ");

		var list = get(leadToken, "/api/v1/cases/" + caseId + "/attachments");
		assertThat(list.statusCode()).isEqualTo(200);
		assertThat(json(list)).hasSize(3);

		var download = get(leadToken, "/api/v1/cases/" + caseId + "/attachments/" + pdfId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(PDF);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(download.headers().firstValue("Content-Disposition").orElseThrow()).startsWith("attachment;")
			.contains("filename*=UTF-8''");
		assertThat(download.headers().firstValue("X-Content-Type-Options").orElseThrow()).isEqualTo("nosniff");
		assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ATTACHMENT_DOWNLOADED' AND entity_id = ?",
				Integer.class, caseId)).isEqualTo(1);
	}

	@Test
	void otherTypesEmptyAndOversizeFilesAreRefusedNamingTheFieldAndNothingIsStored() {
		Integer before = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_attachment", Integer.class);

		var html = upload(leadToken, "scan.pdf", "application/pdf", "<html><script>alert(1)</script></html>".getBytes(), "th");
		assertThat(html.statusCode()).isEqualTo(415);
		assertThat(fields(html)).containsExactly("file");
		assertThat(new String(html.body(), StandardCharsets.UTF_8)).contains("PDF, JPEG หรือ PNG");

		var gif = upload(leadToken, "x.png", "image/png", "GIF89a-----------------".getBytes(), "en");
		assertThat(gif.statusCode()).isEqualTo(415);

		var empty = upload(leadToken, "empty.pdf", "application/pdf", new byte[0], "en");
		assertThat(empty.statusCode()).isEqualTo(422);
		assertThat(fields(empty)).containsExactly("file");

		byte[] large = Arrays.copyOf(PDF, 20 * 1024 * 1024 + 1);
		var tooLarge = upload(leadToken, "big.pdf", "application/pdf", large, "th");
		assertThat(tooLarge.statusCode()).isEqualTo(413);
		assertThat(fields(tooLarge)).containsExactly("file");
		assertThat(new String(tooLarge.body(), StandardCharsets.UTF_8)).contains("20 MB");

		var wayTooLarge = upload(leadToken, "huge.pdf", "application/pdf", Arrays.copyOf(PDF, 22 * 1024 * 1024), "en");
		assertThat(wayTooLarge.statusCode()).isEqualTo(413);

		byte[] justFits = Arrays.copyOf(PDF, 20 * 1024 * 1024);
		assertThat(upload(leadToken, "fits.pdf", "application/pdf", justFits, "en").statusCode()).isEqualTo(201);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_attachment", Integer.class)).isEqualTo(before + 1);
	}

	@Test
	void onlyThoseWhoMaySeeThePersonListAndDownloadAndOnlyTheLeadAttaches() {
		var pdf = upload(leadToken, "id.pdf", "application/pdf", PDF, "en");
		String path = "/api/v1/cases/" + caseId + "/attachments/" + json(pdf).get("id").asString();
		assertThat(get(outsiderToken, "/api/v1/cases/" + caseId + "/attachments").statusCode()).isEqualTo(404);
		assertThat(get(outsiderToken, path).statusCode()).isEqualTo(404);
		assertThat(upload(outsiderToken, "x.pdf", "application/pdf", PDF, "en").statusCode()).isEqualTo(404);
		assertThat(get(receiverToken, path).statusCode()).isEqualTo(404);

		String offered = jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? ORDER BY service_code",
				String.class, receiver).get(0);
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", receiver.toString());
		body.put("purpose", offered);
		body.put("urgency", "NORMAL");
		body.put("sections", List.of("PERSON"));
		body.put("consent", "GIVEN");
		body.put("consentBy", "the person");
		var referral = new Api(port).withToken(leadToken).post("/api/v1/cases/" + caseId + "/referrals", body);
		assertThat(referral.status()).as(referral.body()).isEqualTo(201);
		assertThat(new Api(port).withToken(receiverToken)
			.post("/api/v1/referrals/" + referral.json().get("id").asString() + "/accept", Map.of("version", 0))
			.status()).isEqualTo(200);

		assertThat(get(receiverToken, path).body()).isEqualTo(PDF);
		assertThat(upload(receiverToken, "x.pdf", "application/pdf", PDF, "en").statusCode()).isEqualTo(404);
	}
}
