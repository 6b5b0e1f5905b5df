package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;

import org.junit.jupiter.api.Test;
import org.springframework.boot.test.web.server.LocalServerPort;

import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

@IntegrationTest
class DirectoryApiIT {

	@LocalServerPort
	int port;

	@Test
	void listsProvincesPubliclyAsItemsAndTotal() {
		var r = new Api(port).get("/api/v1/provinces");
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("total").asInt()).isEqualTo(77);
		assertThat(r.json().get("items").get(0).get("code").asString()).isEqualTo("TH-10");
	}

	@Test
	void findsOrganisationsByThaiWordAbbreviationAndSector() {
		Api api = new Api(port);
		assertThat(namesEn(api.get("/api/v1/organizations?q=" + enc("ประมง") + "&size=50")))
			.contains("Department of Fisheries", "National Fisheries Association of Thailand");
		assertThat(namesEn(api.get("/api/v1/organizations?q=MSDHS&size=100")))
			.contains("Ministry of Social Development and Human Security");
		var embassies = api.get("/api/v1/organizations?sector=EMBASSY");
		assertThat(namesEn(embassies)).containsExactlyInAnyOrder("Embassy of the United States in Thailand",
				"Embassy of the Republic of the Union of Myanmar, Bangkok", "Royal Embassy of Cambodia, Bangkok",
				"Embassy of the Lao PDR, Bangkok", "Embassy of the Socialist Republic of Viet Nam, Bangkok");
	}

	@Test
	void pagesThroughTheDirectory() {
		var page = new Api(port).get("/api/v1/organizations?page=1&size=10").json();
		assertThat(page.get("items")).hasSize(10);
		assertThat(page.get("total").asInt()).isGreaterThanOrEqualTo(102);
	}

	@Test
	void refusesUnknownSectorsAndOversizedPagesNamingTheField() {
		Api api = new Api(port).speaking("th");
		var sector = api.get("/api/v1/organizations?sector=SPACE_AGENCY");
		assertThat(sector.status()).isEqualTo(400);
		assertThat(sector.contentType()).startsWith("application/problem+json");
		assertThat(sector.problemFields()).containsExactly("sector");
		assertThat(sector.json().get("detail").asString()).isEqualTo("ข้อมูลที่ส่งมาไม่ถูกต้อง");
		assertThat(sector.json().get("requestId").asString()).isNotBlank();
		assertThat(api.get("/api/v1/organizations?size=1000").problemFields()).containsExactly("size");
		assertThat(api.get("/api/v1/organizations?q=" + "x".repeat(201)).problemFields()).containsExactly("q");
	}

	@Test
	void answersAMissingOrMalformedOrganisationIdWithA4xx() {
		Api api = new Api(port);
		var missing = api.get("/api/v1/organizations/00000000-0000-0000-0000-000000000000");
		assertThat(missing.status()).isEqualTo(404);
		var malformed = api.get("/api/v1/organizations/not-a-uuid");
		assertThat(malformed.status()).isEqualTo(400);
		assertThat(malformed.problemFields()).containsExactly("id");
	}

	@Test
	void givesOneOrganisationWithItsVersionAsETag() {
		Api api = new Api(port);
		String id = api.get("/api/v1/organizations?q=" + enc("กระจกเงา")).json().get("items").get(0).get("id").asString();
		var one = api.get("/api/v1/organizations/" + id);
		assertThat(one.status()).isEqualTo(200);
		assertThat(one.json().get("nameTh").asString()).isEqualTo("มูลนิธิกระจกเงา");
		assertThat(one.json().get("sector").asString()).isEqualTo("NGO");
		assertThat(one.etag()).isEqualTo("\"" + one.json().get("version").asLong() + "\"");
	}

	private static List<String> namesEn(Api.Response r) {
		assertThat(r.status()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		r.json().get("items").forEach(i -> names.add(i.get("nameEn").asString()));
		return names;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
