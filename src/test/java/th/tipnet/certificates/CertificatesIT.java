package th.tipnet.certificates;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.Locale;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;

import tools.jackson.databind.JsonNode;

import th.tipnet.common.InvalidInput;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * Certificates issued once per statement, revoked when what they state changes, and checked by anyone on
 * the public page and the API: valid, revoked or unknown, with what the paper states; a number not of the
 * form is a 400 naming it. Runs on H2 and PostgreSQL.
 */
@IntegrationTest
class CertificatesIT {

	static final LocalDate DAY = LocalDate.of(2024, 6, 5);

	@LocalServerPort
	int port;

	@Autowired
	Certificates certificates;

	@Test
	void theSameStatementKeepsItsNumberAndAChangedOneRevokesTheOld() {
		Statement statement = statement("ref-" + UUID.randomUUID(), "น้ำผึ้ง ศรีสุขใจ");
		CertificateNumber number = certificates.issue(statement);
		assertThat(number.value()).matches(CertificateNumber.PATTERN).startsWith("TIP-2567-");
		assertThat(certificates.issue(statement)).isEqualTo(number);

		CertificateNumber corrected = certificates.issue(statement(statement.reference(), "น้ำผึ้ง ศรีสุขใจดี"));
		assertThat(corrected).isNotEqualTo(number);
		assertThat(certificates.verify(number)).get().satisfies(old -> {
			assertThat(old.valid()).isFalse();
			assertThat(old.replacedBy()).isEqualTo(corrected);
			assertThat(old.holder()).isEqualTo("น้ำผึ้ง ศรีสุขใจ");
		});
		assertThat(certificates.verify(corrected)).get().satisfies(c -> assertThat(c.valid()).isTrue());
		assertThat(certificates.revoke(corrected)).isTrue();
		assertThat(certificates.revoke(corrected)).as("once only").isFalse();
		assertThat(certificates.issue(statement)).as("after a revocation the statement gets a new number")
			.isNotIn(number, corrected);
	}

	@Test
	void numbersAreRandomAndReadForgivingCaseAndSpaces() {
		CertificateNumber a = certificates.issue(statement("ref-" + UUID.randomUUID(), "A"));
		CertificateNumber b = certificates.issue(statement("ref-" + UUID.randomUUID(), "B"));
		assertThat(a.value().substring(9)).isNotEqualTo(b.value().substring(9));
		assertThat(CertificateNumber.read("  " + a.value().toLowerCase(Locale.ROOT) + " ")).contains(a);
		assertThat(CertificateNumber.read("TIP-2567-ILOU0-00000")).as("letters readers confuse are not used").isEmpty();
		assertThat(CertificateNumber.read("../../etc")).isEmpty();
	}

	@Test
	void thePublicPageSaysValidRevokedOrUnknownInThaiAndEnglish() {
		Statement statement = statement("ref-" + UUID.randomUUID(), "ผู้ใหญ่ ตั้งใจดี");
		CertificateNumber number = certificates.issue(statement);
		WebVisitor web = new WebVisitor(port);

		HttpResponse<String> thai = web.get("/certificates/" + number.value());
		assertThat(thai.statusCode()).isEqualTo(200);
		assertThat(thai.headers().firstValue("Cache-Control")).contains("no-store");
		assertThat(thai.body()).contains("ใช้ได้").contains("ผู้ใหญ่ ตั้งใจดี").contains("เวทีหารือเครือข่าย")
			.contains("กองต่อต้านการค้ามนุษย์").contains("นางสาวพิมพ์ใจ ตั้งมั่น").contains("5 มิถุนายน 2567");
		HttpResponse<String> english = new WebVisitor(port).speaking("en").get("/certificates/" + number.value().toLowerCase(Locale.ROOT));
		assertThat(english.statusCode()).isEqualTo(200);
		assertThat(english.body()).contains("Valid").contains("5 June 2024").contains("Certificate of attendance");

		CertificateNumber replacement = certificates.issue(statement(statement.reference(), "ผู้ใหญ่ ตั้งใจ"));
		HttpResponse<String> revoked = web.get("/certificates/" + number.value());
		assertThat(revoked.statusCode()).isEqualTo(200);
		assertThat(revoked.body()).contains("ถูกเพิกถอน").contains(replacement.value());

		HttpResponse<String> unknown = new WebVisitor(port).speaking("en").get("/certificates/TIP-2567-00000-00000");
		assertThat(unknown.statusCode()).isEqualTo(404);
		assertThat(unknown.body()).contains("Not found").doesNotContain("ผู้ใหญ่");
		HttpResponse<String> malformed = web.get("/certificates/12345");
		assertThat(malformed.statusCode()).isEqualTo(400);
		assertThat(malformed.body()).contains("เลขที่ไม่ถูกต้อง");
		assertThat(web.get("/certificates?number=" + number.value()).statusCode()).isEqualTo(200);
		assertThat(web.get("/certificates").statusCode()).isEqualTo(200);
	}

	@Test
	void theApiAnswersWhatThePageSays() {
		CertificateNumber number = certificates.issue(statement("ref-" + UUID.randomUUID(), "Somchai Jaidee"));
		Api api = new Api(port);
		Api.Response valid = api.get("/api/v1/certificates/" + number.value());
		assertThat(valid.status()).isEqualTo(200);
		JsonNode body = valid.json();
		assertThat(body.path("status").asString()).isEqualTo("VALID");
		assertThat(body.path("holder").asString()).isEqualTo("Somchai Jaidee");
		assertThat(body.path("kind").asString()).isEqualTo("ATTENDANCE");
		assertThat(body.path("issuedOn").asString()).isEqualTo("2024-06-05");
		assertThat(body.path("signatoryPosition").asString()).as("as printed, in the certificate's language").isEqualTo("ผู้อำนวยการ");

		certificates.revoke(number);
		assertThat(api.get("/api/v1/certificates/" + number.value()).json().path("status").asString()).isEqualTo("REVOKED");
		assertThat(api.get("/api/v1/certificates/TIP-2567-00000-00000").status()).isEqualTo(404);
		Api.Response malformed = api.get("/api/v1/certificates/not-a-number");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemFields()).containsExactly("number");

		JsonNode doc = api.get("/v3/api-docs").json();
		JsonNode check = doc.path("paths").path("/api/v1/certificates/{number}").path("get");
		assertThat(check.isMissingNode()).isFalse();
		assertThat(check.path("parameters").get(0).path("schema").path("pattern").asString()).isEqualTo(CertificateNumber.PATTERN);
		assertThat(check.path("responses").has("429")).isTrue();
	}

	@Test
	void aSignatoryNeedsAThaiNameAndPosition() {
		assertThatThrownBy(() -> new Signatory(" ", null, "Ms A", "Director")).isInstanceOfSatisfying(InvalidInput.class,
				e -> assertThat(e.violations()).extracting(InvalidInput.Violation::field).containsExactly("nameTh", "positionTh"));
		String scope = "test:" + UUID.randomUUID();
		assertThat(certificates.signatory(scope)).isEmpty();
		certificates.appoint(scope, new Signatory("นายสมชาย ใจดี", "ผู้อำนวยการ", null, null));
		certificates.appoint(scope, new Signatory("นางสาวพิมพ์ใจ ตั้งมั่น", "ผู้อำนวยการ", "Ms Pimjai Tangman", null));
		assertThat(certificates.signatory(scope)).get().satisfies(s -> {
			assertThat(s.name(Locale.ENGLISH)).isEqualTo("Ms Pimjai Tangman");
			assertThat(s.position(Locale.ENGLISH)).as("the Thai where no English was given").isEqualTo("ผู้อำนวยการ");
		});
	}

	@Test
	void theDateLineReadsAsOnThaiCertificates() {
		assertThat(Certificates.givenOn(DAY, Locale.forLanguageTag("th"))).isEqualTo("ให้ไว้ ณ วันที่ ๕ มิถุนายน พ.ศ. ๒๕๖๗");
		assertThat(Certificates.givenOn(DAY, Locale.ENGLISH)).isEqualTo("Given on 5 June 2024");
	}

	private static Statement statement(String reference, String holder) {
		return new Statement(reference, CertificateKind.ATTENDANCE, Locale.forLanguageTag("th"), holder,
				"เวทีหารือเครือข่ายต้านการค้ามนุษย์", "กองต่อต้านการค้ามนุษย์",
				new Signatory("นางสาวพิมพ์ใจ ตั้งมั่น", "ผู้อำนวยการ", "Ms Pimjai Tangman", "Director"), DAY);
	}
}
