package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * A nomination's files over the API: the same rules and messages as the page (one path), listed and
 * downloaded by the nomination's readers only, removed only from a draft.
 */
@IntegrationTest
class NominationFilesApiIT {

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

	AwardsScene scene;

	TestAccounts accounts;

	TestAccounts.Account nominator;

	TestAccounts.Account secretariat;

	AwardRound round;

	@BeforeEach
	void setUp() {
		scene = new AwardsScene(context, port);
		accounts = scene.accounts();
		nominator = accounts.createIn(directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id(), null, "files-api-nominator",
				Role.ORG_ADMIN);
		secretariat = accounts.create("files-api-secretariat", Role.NETWORK_COORDINATOR);
		round = scene.openRound(secretariat);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void theNominatorAttachesListsAndRemovesFilesOfADraftAndOnlyTheNominationsReadersSeeThem() {
		String nomination = scene.nominate(nominator, round, "rtp-tatip", false);
		Api api = api(nominator, "th");
		var attached = api.postFile(files(nomination), "ผลงาน 2567.pdf", "application/octet-stream", NominationFilesIT.PDF);
		assertThat(attached.status()).as(attached.body()).isEqualTo(201);
		assertThat(attached.json().get("contentType").asString()).isEqualTo("application/pdf");
		assertThat(attached.json().get("name").asString()).isEqualTo("ผลงาน 2567.pdf");
		String fileId = attached.json().get("id").asString();

		assertThat(api(secretariat, "th").get(files(nomination)).json().get("items")).hasSize(1);
		var download = api(secretariat, "th").getBytes(files(nomination) + "/" + fileId);
		assertThat(download.statusCode()).isEqualTo(200);
		assertThat(download.body()).isEqualTo(NominationFilesIT.PDF);
		assertThat(download.headers().firstValue("Content-Type").orElseThrow()).startsWith("application/pdf");
		assertThat(download.headers().firstValue("Cache-Control").orElseThrow()).contains("no-store");

		TestAccounts.Account stranger = accounts.createIn(directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id(),
				null, "files-api-stranger", Role.ORG_ADMIN);
		Api other = api(stranger, "th");
		assertThat(other.get(files(nomination)).status()).isEqualTo(404);
		assertThat(other.getBytes(files(nomination) + "/" + fileId).statusCode()).isEqualTo(404);
		assertThat(other.postFile(files(nomination), "x.png", "image/png", NominationFilesIT.PNG).status()).isEqualTo(404);
		assertThat(other.delete(files(nomination) + "/" + fileId).status()).isEqualTo(404);
		assertThat(api(secretariat, "th").delete(files(nomination) + "/" + fileId).status()).isEqualTo(403);

		assertThat(api.delete(files(nomination) + "/" + fileId).status()).isEqualTo(204);
		assertThat(api.get(files(nomination)).json().get("items")).isEmpty();
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? AND action LIKE 'AWARD_NOMINATION_FILE%'"
				+ " ORDER BY id", String.class, nomination))
			.containsExactly("AWARD_NOMINATION_FILE_ATTACHED", "AWARD_NOMINATION_FILE_REMOVED");
	}

	@Test
	void aRefusedFileGetsTheSameStatusAndMessageAsOnThePageAndASubmittedNominationKeepsItsFiles() {
		String nomination = scene.nominate(nominator, round, "stella-maris", true);
		Api api = api(nominator, "th");
		var text = api.postFile(files(nomination), "report.pdf", "application/pdf",
				"just some text, not a PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(text.status()).isEqualTo(422);
		assertThat(text.problemFields()).containsExactly("file");
		WebVisitor web = new WebVisitor(port);
		web.signIn(nominator.username(), nominator.password());
		web.get("/awards/nominations/" + nomination);
		var onThePage = web.postMultipart("/awards/nominations/" + nomination + "/attachments", Map.of(), "file", "report.pdf",
				"application/pdf", "just some text, not a PDF".getBytes(StandardCharsets.UTF_8));
		assertThat(onThePage.statusCode()).isEqualTo(text.status());
		assertThat(text.body()).contains("รับเฉพาะไฟล์ PDF, JPEG หรือ PNG");
		assertThat(onThePage.body()).contains("รับเฉพาะไฟล์ PDF, JPEG หรือ PNG");
		var none = api(nominator, "en").postFile(files(nomination), null, null, null);
		assertThat(none.status()).isEqualTo(422);
		assertThat(none.problemFields()).containsExactly("file");

		var kept = api.postFile(files(nomination), "photo.png", "image/png", NominationFilesIT.PNG);
		assertThat(kept.status()).isEqualTo(201);
		var refused = api(nominator, "en").delete(files(nomination) + "/" + kept.json().get("id").asString());
		assertThat(refused.status()).isEqualTo(409);
		assertThat(refused.body()).contains("Files can be removed only from a draft");
		assertThat(api.get(files(nomination)).json().get("items")).hasSize(1);

		clock.advance(Duration.ofDays(11));
		var late = api.postFile(files(nomination), "late.png", "image/png", NominationFilesIT.PNG);
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.body()).contains("แนบไฟล์ได้เฉพาะช่วงเปิดรับการเสนอชื่อ");
	}

	@Test
	void theApiDocumentDescribesTheUploadAndTheRubric() {
		var doc = new Api(port).get("/v3/api-docs").json();
		var upload = doc.get("paths").get("/api/v1/nominations/{id}/attachments").get("post").get("requestBody");
		assertThat(upload.get("required").asBoolean()).isTrue();
		assertThat(upload.get("content").has("multipart/form-data")).isTrue();
		var schemas = doc.get("components").get("schemas");
		assertThat(schemas.get("AwardNominationUpload").get("required").toString()).contains("file");
		assertThat(schemas.get("AwardNominationAttachment").get("properties").get("contentType").get("enum").toString())
			.contains("application/pdf").contains("image/jpeg").contains("image/png");
		assertThat(doc.get("paths").get("/api/v1/nominations/{id}/attachments/{fileId}").has("delete")).isTrue();
		var criterion = schemas.get("NewAwardCriterion");
		assertThat(criterion.get("required").toString()).contains("nameTh").contains("nameEn").contains("weight");
		assertThat(criterion.get("properties").get("weight").get("maximum").asInt()).isEqualTo(100);
		assertThat(schemas.get("NewAwardRubric").get("properties").get("criteria").get("maxItems").asInt())
			.isEqualTo(RubricDesk.MAX_CRITERIA);
		assertThat(doc.get("paths").get("/api/v1/award-rounds/{id}/categories/{categoryId}/criteria").has("put")).isTrue();
	}

	private static String files(String nomination) {
		return "/api/v1/nominations/" + nomination + "/attachments";
	}

	private Api api(TestAccounts.Account account, String language) {
		return scene.api(account, language);
	}
}
