package th.tipnet.exhibition;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.math.BigDecimal;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import tools.jackson.databind.JsonNode;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/** Exhibition booths and survivors' products, as organisers, visitors and API clients meet them. */
@IntegrationTest
class ExhibitionIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	EventPlanning planning;

	@Autowired
	Exhibitors exhibitors;

	@Autowired
	Showcase productShowcase;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	TestAccounts.Account organiser;

	UUID division;

	UUID event;

	String slug;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = accounts.createIn(division, null, "exh-organiser", Role.EVENT_ORGANISER);
		slug = "exh-" + UUID.randomUUID().toString().substring(0, 8);
		event = as(organiser, () -> planning.plan(plan(slug)).id());
	}

	@Test
	void anOrganiserAllocatesABoothThatTheMapAndTheListShow() {
		Api api = new Api(port).withToken(accounts.token(organiser));
		UUID police = org("rtp-tatip");

		var created = api.post("/api/v1/events/" + event + "/booths", booth(" a1 ", "A", "AGENCY", police, 1, 2));

		assertThat(created.status()).isEqualTo(201);
		assertThat(created.json().get("number").asString()).isEqualTo("A1");
		assertThat(created.json().get("organisation").get("abbreviationEn").asString()).isEqualTo("TATIP");
		var page = new WebVisitor(port).get("/events/" + slug + "/exhibition");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("<svg class=\"booth-map\"").contains("data-number=\"A1\"")
			.contains("ศูนย์พิทักษ์เด็ก สตรี ครอบครัว").contains("/directory/organisations/" + police)
			.contains("บูธ A1").contains("โซน A").contains("บูธหน่วยงาน");
		var english = new WebVisitor(port).speaking("en").get("/events/" + slug + "/exhibition");
		assertThat(english.body()).contains("Royal Thai Police Centre for the Protection").contains("Booth A1").contains("Zone A");
		var list = new Api(port).get("/api/v1/events/" + event + "/booths");
		assertThat(list.status()).isEqualTo(200);
		assertThat(list.json().get("items").get(0).get("gridColumn").asInt()).isEqualTo(2);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'BOOTH_ALLOCATED' AND entity_id = ?",
				Integer.class, created.json().get("id").asString())).isEqualTo(1);
		var eventPage = new WebVisitor(port).get("/events/" + slug);
		assertThat(eventPage.body()).contains("href=\"/events/" + slug + "/exhibition\"");
	}

	@Test
	void aTakenBoothNumberIs409NamingNumberAndBadInputNamesEachFieldInThaiAndEnglish() {
		Api api = new Api(port).withToken(accounts.token(organiser)).speaking("th");
		assertThat(api.post("/api/v1/events/" + event + "/booths", booth("B7", "B", "AGENCY", org("dlpw"), 1, 1)).status())
			.isEqualTo(201);

		var duplicate = api.post("/api/v1/events/" + event + "/booths", booth("b7", "C", "AGENCY", org("doe"), 2, 2));
		assertThat(duplicate.status()).isEqualTo(409);
		assertThat(duplicate.problemFields()).containsExactly("number");
		assertThat(duplicate.body()).contains("งานนี้มีบูธหมายเลข B7 แล้ว");
		var sameCell = api.post("/api/v1/events/" + event + "/booths", booth("B8", "B", "AGENCY", org("doe"), 1, 1));
		assertThat(sameCell.status()).isEqualTo(409);
		assertThat(sameCell.problemFields()).containsExactly("gridRow");

		Map<String, Object> bad = booth("no spaces!", "", "AGENCY", UUID.randomUUID(), 21, 0);
		var refused = api.post("/api/v1/events/" + event + "/booths", bad);
		assertThat(refused.status()).isEqualTo(422);
		assertThat(refused.problemFields()).containsExactlyInAnyOrder("number", "zone", "organisationId", "gridRow", "gridColumn");
		assertThat(refused.body()).contains("ไม่พบหน่วยงานนี้ในทำเนียบเครือข่าย");
		var inEnglish = new Api(port).withToken(accounts.token(organiser)).speaking("en")
			.post("/api/v1/events/" + event + "/booths", bad);
		assertThat(inEnglish.body()).contains("This organisation is not in the directory");
		var wrongType = api.sendJson("/api/v1/events/" + event + "/booths", "POST",
				"{\"number\":\"B9\",\"zone\":\"B\",\"type\":\"CIRCUS\",\"organisationId\":\"" + org("doe") + "\"}", Map.of());
		assertThat(wrongType.status()).isEqualTo(400);
		assertThat(wrongType.problemFields()).containsExactly("type");
		assertThat(boothCount()).isEqualTo(1);

		// The same rules on the organiser's form: the page comes back with the message beside the field.
		WebVisitor web = signedIn(organiser);
		web.get("/events/" + slug + "/organise/exhibition");
		var form = web.post("/events/" + slug + "/organise/exhibition/booths", Map.of("number", "B7", "zone", "B", "type",
				"AGENCY", "organisationId", org("doe").toString(), "gridRow", "", "gridColumn", "", "version", "0"));
		assertThat(form.statusCode()).isEqualTo(409);
		assertThat(form.body()).contains("งานนี้มีบูธหมายเลข B7 แล้ว").contains("aria-invalid=\"true\"");
		var notANumber = web.post("/events/" + slug + "/organise/exhibition/booths", Map.of("number", "B10", "zone", "B", "type",
				"AGENCY", "organisationId", "not-a-uuid", "gridRow", "two", "gridColumn", "3", "version", "0"));
		assertThat(notANumber.statusCode()).isEqualTo(422);
		assertThat(notANumber.body()).contains("ต้องเป็นจำนวนเต็ม").contains("ไม่พบหน่วยงานนี้ในทำเนียบเครือข่าย");
		assertThat(boothCount()).isEqualTo(1);
	}

	@Test
	void onlyASurvivorsShowcaseHasProductsAndItKeepsItsTypeWhileItHasThem() {
		UUID agency = allocate("C1", BoothType.AGENCY, "dof");
		UUID showcase = allocate("C2", BoothType.SURVIVOR_SHOWCASE, "msdhs");
		ProductDetails soap = new ProductDetails("สบู่สมุนไพร", "Herbal soap", "กลุ่มอาชีพสมุนไพร", null, null, false,
				new BigDecimal("120"));

		assertThatThrownBy(() -> as(organiser, () -> productShowcase.show(event, agency, soap, null)))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("exhibition.products.onlyShowcase");
			});
		WebVisitor web = signedIn(organiser);
		web.get("/events/" + slug + "/organise/exhibition/booths/" + showcase);
		var onAgency = web.postMultipart("/events/" + slug + "/organise/exhibition/booths/" + agency + "/products",
				product("สบู่", "กลุ่มอาชีพ", null, false, "50"), "photo", "", "application/octet-stream", null);
		assertThat(onAgency.statusCode()).isEqualTo(409);
		assertThat(productCount()).isZero();

		as(organiser, () -> productShowcase.show(event, showcase, soap, null));
		var retype = new Api(port).withToken(accounts.token(organiser)).speaking("en");
		Booth booth = exhibitors.booths(event).stream().filter(b -> b.id().equals(showcase)).findFirst().orElseThrow();
		assertThatThrownBy(() -> as(organiser, () -> exhibitors.change(event, showcase, booth.version(),
				new BoothAllocation("C2", "C", BoothType.AGENCY, booth.organisationId(), null, null, null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("type"));
		assertThat(retype.get("/api/v1/events/" + event + "/booths").body()).contains("SURVIVOR_SHOWCASE").contains("Herbal soap")
			.contains("\"priceEn\":\"THB 120\"").contains("\"priceTh\":\"120 บาท\"");
	}

	@Test
	void aMakersOwnNameIsKeptAndShownOnlyWithTheirConsent() {
		UUID showcase = allocate("D1", BoothType.SURVIVOR_SHOWCASE, "msdhs");
		WebVisitor web = signedIn(organiser);
		web.get("/events/" + slug + "/organise/exhibition/booths/" + showcase);
		String add = "/events/" + slug + "/organise/exhibition/booths/" + showcase + "/products";

		var withoutConsent = web.postMultipart(add, product("ผ้าทอ", "กลุ่มทอผ้าบ้านหนองบัว", "สมใจ ไม่ยอม", false, "350"),
				"photo", "", "application/octet-stream", null);
		assertThat(withoutConsent.statusCode()).isEqualTo(422);
		assertThat(withoutConsent.body()).contains("บันทึกชื่อผู้ผลิตได้เฉพาะเมื่อเจ้าตัวยินยอม");
		assertThat(productCount()).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_product WHERE maker_name = 'สมใจ ไม่ยอม'", Integer.class)).isZero();

		Map<String, String> woven = product("ผ้าทอ", "กลุ่มทอผ้าบ้านหนองบัว", null, false, "350");
		woven.put("makerGroupEn", "Ban Nong Bua weaving group");
		assertThat(web.postMultipart(add, woven, "photo", "", "application/octet-stream", null).statusCode()).isEqualTo(302);
		assertThat(web.postMultipart(add, product("ตะกร้าสาน", "กลุ่มจักสาน", "มาลี ยินดี", true, "1,200.50"), "photo", "",
				"application/octet-stream", null).statusCode()).isEqualTo(302);

		String page = new WebVisitor(port).get("/events/" + slug + "/exhibition").body();
		assertThat(page).contains("ผลิตโดย กลุ่มทอผ้าบ้านหนองบัว").contains("350 บาท").contains("ผู้ผลิต: มาลี ยินดี")
			.contains("1,200.50 บาท").doesNotContain("สมใจ");
		JsonNode products = new Api(port).get("/api/v1/events/" + event + "/booths").json().get("items").get(0).get("products");
		assertThat(products).hasSize(2);
		JsonNode wovenJson = products.get(0);
		assertThat(wovenJson.get("makerGroup").asString()).isEqualTo("กลุ่มทอผ้าบ้านหนองบัว");
		assertThat(wovenJson.get("makerGroupEn").asString()).isEqualTo("Ban Nong Bua weaving group");
		assertThat(wovenJson.has("makerName")).isFalse();
		// In English the group's English name, and the Thai one where there is none.
		assertThat(new WebVisitor(port).speaking("en").get("/events/" + slug + "/exhibition").body())
			.contains("Made by Ban Nong Bua weaving group").contains("Made by กลุ่มจักสาน");
		assertThat(products.get(1).get("makerName").asString()).isEqualTo("มาลี ยินดี");

		// The maker withdraws consent: the name goes with it.
		UUID basket = UUID.fromString(products.get(1).get("id").asString());
		web.get("/events/" + slug + "/organise/exhibition/products/" + basket);
		Map<String, String> withdrawn = product("ตะกร้าสาน", "กลุ่มจักสาน", "", false, "1200.50");
		withdrawn.put("version", String.valueOf(versionOfProduct(basket)));
		assertThat(web.postMultipart("/events/" + slug + "/organise/exhibition/products/" + basket, withdrawn, "photo", "",
				"application/octet-stream", null).statusCode()).isEqualTo(302);
		assertThat(new WebVisitor(port).get("/events/" + slug + "/exhibition").body()).doesNotContain("มาลี");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_product WHERE maker_name IS NOT NULL AND booth_id = ?",
				Integer.class, showcase)).isZero();
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'PRODUCT_CHANGED' AND entity_id = ?",
				Integer.class, basket.toString())).isEqualTo(1);
	}

	@Test
	void aPhotoIsServedBackAsTheImageItIsWithoutWhereItWasTakenAndANonImageIsRefused() throws Exception {
		UUID showcase = allocate("E1", BoothType.SURVIVOR_SHOWCASE, "msdhs");
		WebVisitor web = signedIn(organiser);
		web.get("/events/" + slug + "/organise/exhibition/booths/" + showcase);
		String add = "/events/" + slug + "/organise/exhibition/booths/" + showcase + "/products";
		byte[] jpeg = PhotosTest.withSegmentAfterSoi(PhotosTest.image("jpg"), PhotosTest.exifSegment(1, PhotosTest.SECRET));

		var html = web.postMultipart(add, product("กระเป๋า", "กลุ่มทอผ้า", null, false, "350"), "photo", "bag.jpg", "image/jpeg",
				"<html><script>alert(1)</script></html>".getBytes(StandardCharsets.UTF_8));
		assertThat(html.statusCode()).isEqualTo(422);
		assertThat(html.body()).contains("ไฟล์นี้ไม่ใช่ภาพ JPEG, PNG หรือ WebP ที่ถูกต้อง");
		var huge = web.postMultipart(add, product("กระเป๋า", "กลุ่มทอผ้า", null, false, "350"), "photo", "bag.jpg", "image/jpeg",
				new byte[2 * 1024 * 1024 + 1]);
		assertThat(huge.statusCode()).isEqualTo(422);
		assertThat(huge.body()).contains("ภาพต้องมีขนาดไม่เกิน 2 MB");
		assertThat(productCount()).isZero();

		var added = web.postMultipart(add, product("กระเป๋า", "กลุ่มทอผ้า", null, false, "350"), "photo", "bag.png",
				"image/png", jpeg);
		assertThat(added.statusCode()).isEqualTo(302);

		String page = new WebVisitor(port).get("/events/" + slug + "/exhibition").body();
		java.util.regex.Matcher src = java.util.regex.Pattern.compile("src=\"(/events/[^\"]+/photo\\?v=[0-9a-f]+)\"").matcher(page);
		assertThat(src.find()).as("a photo link on the public page").isTrue();
		HttpResponse<byte[]> photo = new WebVisitor(port).getBytes(src.group(1), Map.of());
		assertThat(photo.statusCode()).isEqualTo(200);
		assertThat(photo.headers().firstValue("Content-Type")).contains("image/jpeg");
		assertThat(photo.headers().firstValue("X-Content-Type-Options")).contains("nosniff");
		assertThat(photo.headers().firstValue("Cache-Control").orElse("")).contains("max-age=3600").contains("public");
		assertThat(new String(photo.body(), StandardCharsets.ISO_8859_1)).doesNotContain(PhotosTest.SECRET);
		assertThat(javax.imageio.ImageIO.read(new java.io.ByteArrayInputStream(photo.body())).getWidth()).isEqualTo(40);
		String etag = photo.headers().firstValue("ETag").orElseThrow();
		assertThat(new WebVisitor(port).getBytes(src.group(1), Map.of("If-None-Match", etag)).statusCode()).isEqualTo(304);
		String otherEvent = "/events/" + DemoExhibition.EVENT_SLUG + src.group(1).substring(src.group(1).indexOf("/exhibition/"));
		assertThat(new WebVisitor(port).getBytes(otherEvent, Map.of()).statusCode()).isEqualTo(404);
	}

	@Test
	void aDraftEventsExhibitionDoesNotExistForAnyoneButItsOrganisers() {
		String draftSlug = "exh-draft-" + UUID.randomUUID().toString().substring(0, 8);
		UUID draft = as(organiser, () -> planning.draft(plan(draftSlug)).id());

		assertThat(new WebVisitor(port).get("/events/" + draftSlug + "/exhibition").statusCode()).isEqualTo(404);
		assertThat(new Api(port).get("/api/v1/events/" + draft + "/booths").status()).isEqualTo(404);
		var stranger = accounts.createIn(org("rtp-tatip"), null, "exh-draft-stranger", Role.EVENT_ORGANISER);
		assertThat(signedIn(stranger).get("/events/" + draftSlug + "/exhibition").statusCode()).isEqualTo(404);
		var own = signedIn(organiser).get("/events/" + draftSlug + "/exhibition");
		assertThat(own.statusCode()).isEqualTo(200);
		assertThat(own.body()).contains("งานรณรงค์ทดสอบนิทรรศการ");
		assertThat(new Api(port).withToken(accounts.token(organiser)).get("/api/v1/events/" + draft + "/booths").status())
			.isEqualTo(200);
	}

	@Test
	void anOrganiserOfAnotherOrganisationMayNotTouchTheExhibition() {
		UUID booth = allocate("F1", BoothType.AGENCY, "dof");
		var stranger = accounts.createIn(org("rtp-tatip"), null, "exh-stranger", Role.EVENT_ORGANISER);

		assertThatThrownBy(() -> as(stranger, () -> exhibitors.allocate(event,
				new BoothAllocation("F2", "F", BoothType.AGENCY, org("dof"), null, null, null, null))))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(403));
		assertThatThrownBy(() -> as(stranger, () -> {
			exhibitors.remove(event, booth);
			return null;
		})).isInstanceOf(DomainException.class);
		assertThat(new Api(port).withToken(accounts.token(stranger))
			.post("/api/v1/events/" + event + "/booths", booth("F3", "F", "AGENCY", org("dof"), null, null))
			.status()).isEqualTo(403);
		WebVisitor web = signedIn(stranger);
		assertThat(web.get("/events/" + slug + "/organise/exhibition").statusCode()).isEqualTo(403);
		assertThat(web.post("/events/" + slug + "/organise/exhibition/booths/" + booth + "/remove", Map.of()).statusCode())
			.isEqualTo(403);
		assertThat(new Api(port).post("/api/v1/events/" + event + "/booths", booth("F4", "F", "AGENCY", org("dof"), null, null))
			.status()).isEqualTo(401);
		assertThat(boothCount()).isEqualTo(1);
	}

	@Test
	void antiHumanTraffickingDay2567HasItsExhibition() {
		var page = new WebVisitor(port).get("/events/" + DemoExhibition.EVENT_SLUG + "/exhibition");
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("ทั้งหมด 13 บูธ").contains("data-number=\"A2\"").contains("ศพดส.ตร.")
			.contains("สำนักงานอัยการคดีค้ามนุษย์").contains("ผลงานผู้ได้รับรางวัล").contains("จังหวัดต้นแบบ")
			.contains("ผลิตภัณฑ์จากฝีมือผู้เสียหายจากการค้ามนุษย์").contains("กระเป๋าผ้าทอมือ").contains("350 บาท")
			.contains("กลุ่มทอผ้า สถานคุ้มครองและพัฒนาอาชีพ");
		var english = new WebVisitor(port).speaking("en").get("/events/" + DemoExhibition.EVENT_SLUG + "/exhibition");
		assertThat(english.body()).contains("Hand-woven tote bag").contains("THB 350").contains("Model province")
			.contains("Made by Weaving group, Protection and Occupational Development Centre");
		assertThat(new WebVisitor(port).get("/events/" + DemoExhibition.EVENT_SLUG).body())
			.contains("href=\"/events/" + DemoExhibition.EVENT_SLUG + "/exhibition\"");
		// Starting again adds nothing.
		context.getBean(DemoExhibition.class).on(null);
		UUID demo = planning.bySlug(DemoExhibition.EVENT_SLUG).id();
		assertThat(exhibitors.booths(demo)).hasSize(13);
	}

	private UUID allocate(String number, BoothType type, String organisationKey) {
		return as(organiser, () -> exhibitors.allocate(event,
				new BoothAllocation(number, number.substring(0, 1), type, org(organisationKey), null, null, null, null)).id());
	}

	private long versionOfProduct(UUID id) {
		return jdbc.queryForObject("SELECT version FROM exhibition_product WHERE id = ?", Long.class, id);
	}

	private int boothCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_booth WHERE event_id = ?", Integer.class, event);
	}

	private int productCount() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_product p JOIN exhibition_booth b ON b.id = p.booth_id "
				+ "WHERE b.event_id = ?", Integer.class, event);
	}

	private WebVisitor signedIn(TestAccounts.Account account) {
		WebVisitor web = new WebVisitor(port);
		web.signIn(account.username(), account.password());
		return web;
	}

	private UUID org(String key) {
		return directory.organisationByReferenceKey(key).orElseThrow().id();
	}

	private <T> T as(TestAccounts.Account account, Supplier<T> body) {
		SecurityContextHolder.getContext().setAuthentication(accounts.authentication(account));
		try {
			return body.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private static Map<String, Object> booth(String number, String zone, String type, UUID organisationId, Integer row,
			Integer column) {
		Map<String, Object> body = new HashMap<>();
		body.put("number", number);
		body.put("zone", zone);
		body.put("type", type);
		body.put("organisationId", organisationId);
		body.put("gridRow", row);
		body.put("gridColumn", column);
		return body;
	}

	private static Map<String, String> product(String nameTh, String group, String maker, boolean consented, String price) {
		Map<String, String> form = new LinkedHashMap<>();
		form.put("nameTh", nameTh);
		form.put("nameEn", "");
		form.put("makerGroup", group);
		form.put("makerName", maker == null ? "" : maker);
		if (consented) {
			form.put("makerConsented", "true");
		}
		form.put("priceBaht", price);
		form.put("version", "0");
		return form;
	}

	private EventPlan plan(String slug) {
		Instant now = Instant.now();
		return new EventPlan(slug, EventType.CAMPAIGN_DAY, "งานรณรงค์ทดสอบนิทรรศการ", "Exhibition test day", null, null,
				now.plus(Duration.ofDays(10)), now.plus(Duration.ofDays(10)).plus(Duration.ofHours(4)), "อิมแพ็ค", null, null,
				null, null, null, 100, 100, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(9)), division,
				java.util.Set.of(), List.of(new AgendaItem("09:00", "เปิดงาน", "Opening", null)),
				List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false)));
	}
}
