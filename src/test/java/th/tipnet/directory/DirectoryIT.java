package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.multipart;

import java.io.ByteArrayInputStream;
import java.net.URLEncoder;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

import org.dhatim.fastexcel.reader.ReadableWorkbook;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mock.web.MockMultipartFile;
import org.springframework.test.web.servlet.MockMvc;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

@IntegrationTest
class DirectoryIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	MockMvc mvc;

	TestAccounts accounts;

	Api coordinator;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		coordinator = new Api(port).withToken(accounts.token(accounts.create("dir-coord", Role.NETWORK_COORDINATOR)));
	}

	// --- search ---

	@Test
	void thaiWordsAreFoundInsideCompoundNames() {
		assertThat(namesEn("q=" + enc("ประมง"))).contains("Department of Fisheries", "National Fisheries Association of Thailand");
		assertThat(namesEn("q=" + enc("กระจกเงา"))).containsExactly("Mirror Foundation");
		assertThat(namesEn("q=" + enc("ค้ามนุษย์") + "&size=50")).contains(
				"Division of Anti-Trafficking in Persons, Office of the Permanent Secretary, MSDHS",
				"Anti-Trafficking in Persons Committee", "Office of the Attorney General, Human Trafficking Litigation Office");
	}

	@Test
	void abbreviationsAndMisspeltEnglishNamesAreFound() {
		assertThat(namesEn("q=DSI").get(0)).isEqualTo("Department of Special Investigation");
		assertThat(namesEn("q=MSDHS&size=50").get(0)).isEqualTo("Ministry of Social Development and Human Security");
		assertThat(namesEn("q=" + enc("Mirorr Fondation"))).contains("Mirror Foundation");
		assertThat(namesEn("q=trafficking&size=50")).contains("Anti-Trafficking in Persons Committee",
				"Division of Anti-Trafficking in Persons, Office of the Permanent Secretary, MSDHS");
	}

	@Test
	void filtersByProvinceServiceLanguageSectorAndTwentyFourHours() {
		List<String> chiangMaiScreening = namesEn("province=TH-50&service=SCREENING&size=100");
		assertThat(chiangMaiScreening).contains("Provincial Office of Social Development and Human Security, Chiang Mai")
			.doesNotContain("Provincial Office of Social Development and Human Security, Songkhla");
		assertThat(namesEn("service=HOTLINE&twentyFourSeven=true")).contains("Ministry of Social Development and Human Security");
		assertThat(namesEn("sector=EMBASSY")).containsExactlyInAnyOrder("Embassy of the United States in Thailand",
				"Embassy of the Republic of the Union of Myanmar, Bangkok", "Royal Embassy of Cambodia, Bangkok",
				"Embassy of the Lao PDR, Bangkok", "Embassy of the Socialist Republic of Viet Nam, Bangkok");
		assertThat(namesEn("language=th&service=HOTLINE")).contains("Ministry of Social Development and Human Security");
	}

	// --- who can help ---

	@Test
	void whoCanHelpRanksTheLocalOfficeFirstAndSaysWhy() {
		String shelter = create("บ้านพักเด็กและครอบครัวจังหวัดนนทบุรี (ทดสอบ)", "Nonthaburi Children and Family Shelter (test)", null,
				"GOVERNMENT_PROVINCIAL", List.of("TH-12"),
				List.of(Map.of("code", "SHELTER", "languages", List.of("th", "my"), "twentyFourSeven", true)));
		create("มูลนิธิที่พักทั่วประเทศ (ทดสอบ)", "Nationwide Shelter Foundation (test)", null, "NGO", List.of(),
				List.of(Map.of("code", "SHELTER", "languages", List.of("th"))));
		var r = new Api(port).get("/api/v1/directory/who-can-help?province=TH-12&service=SHELTER&language=my");
		assertThat(r.status()).isEqualTo(200);
		var first = r.json().get("items").get(0);
		assertThat(first.get("organization").get("id").asString()).isEqualTo(shelter);
		assertThat(first.get("coversProvince").asBoolean()).isTrue();
		assertThat(first.get("speaksLanguage").asBoolean()).isTrue();
		List<String> reasons = new ArrayList<>();
		first.get("reasons").forEach(x -> reasons.add(x.asString()));
		assertThat(reasons).containsExactly("coversProvince", "speaksLanguage", "twentyFourSeven");
		List<String> all = new ArrayList<>();
		r.json().get("items").forEach(i -> all.add(i.get("organization").get("nameEn").asString()));
		assertThat(all).contains("Nationwide Shelter Foundation (test)");
		assertThat(all.indexOf("Nationwide Shelter Foundation (test)")).isGreaterThan(0);

		var allDay = new Api(port).get("/api/v1/directory/who-can-help?province=TH-12&service=SHELTER&twentyFourSeven=true");
		List<String> open24 = new ArrayList<>();
		allDay.json().get("items").forEach(i -> open24.add(i.get("organization").get("nameEn").asString()));
		assertThat(open24).contains("Nonthaburi Children and Family Shelter (test)").doesNotContain("Nationwide Shelter Foundation (test)");
	}

	@Test
	void whoCanHelpRefusesUnknownCodesNamingThem() {
		var r = new Api(port).speaking("th").get("/api/v1/directory/who-can-help?province=TH-99&service=TELEPORT&language=xx");
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).containsExactlyInAnyOrder("province", "service", "language");
		assertThat(new Api(port).get("/api/v1/directory/who-can-help?province=TH-12").problemFields()).containsExactly("service");
	}

	// --- what visitors see ---

	@Test
	void visitorsSeePublicContactsOnlyMembersSeeAll() {
		String id = create("มูลนิธิติดต่อ (ทดสอบ)", "Contacts Foundation (test)", null, "NGO", List.of(), List.of(),
				List.of(Map.of("name", "สายด่วนมูลนิธิ", "phone", "02-000-0000", "membersOnly", false),
						Map.of("name", "ผู้ประสานงานคดี", "phone", "081-000-0000", "email", "cases@example.org", "membersOnly", true)));
		var visitor = new Api(port).get("/api/v1/organizations/" + id);
		assertThat(visitor.body()).contains("สายด่วนมูลนิธิ").doesNotContain("ผู้ประสานงานคดี").doesNotContain("081-000-0000");
		var page = new WebVisitor(port).get("/directory/organisations/" + id);
		assertThat(page.statusCode()).isEqualTo(200);
		assertThat(page.body()).contains("สายด่วนมูลนิธิ").doesNotContain("081-000-0000");
		var member = new Api(port).withToken(accounts.token(accounts.create("dir-member", Role.MEMBER)));
		assertThat(member.get("/api/v1/organizations/" + id).body()).contains("ผู้ประสานงานคดี").contains("081-000-0000");
	}

	// --- editing ---

	@Test
	void anOrganisationAdministratorEditsItsOwnProfileAndNoOneElses() {
		Organisation mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow();
		Organisation dof = directory.organisationByReferenceKey("dof").orElseThrow();
		Api orgAdmin = new Api(port).withToken(accounts.token(accounts.createIn(mirror.id(), null, "mirror-admin", Role.ORG_ADMIN)));
		var current = orgAdmin.get("/api/v1/organizations/" + mirror.id()).json();
		Map<String, Object> change = body(current);
		change.put("website", "https://www.mirrorfoundation.org");
		change.put("languages", List.of("th", "en", "my"));
		var ok = orgAdmin.put("/api/v1/organizations/" + mirror.id(), change, Map.of());
		assertThat(ok.status()).isEqualTo(200);
		assertThat(ok.json().get("website").asString()).isEqualTo("https://www.mirrorfoundation.org");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'ORGANISATION_UPDATED' AND entity_id = ?"
				+ " AND changes LIKE '%mirrorfoundation%'", Integer.class, mirror.id().toString())).isEqualTo(1);

		var other = orgAdmin.put("/api/v1/organizations/" + dof.id(), body(orgAdmin.get("/api/v1/organizations/" + dof.id()).json()), Map.of());
		assertThat(other.status()).isEqualTo(403);

		Map<String, Object> restructure = body(orgAdmin.get("/api/v1/organizations/" + mirror.id()).json());
		restructure.put("sector", "MEDIA");
		var sector = orgAdmin.put("/api/v1/organizations/" + mirror.id(), restructure, Map.of());
		assertThat(sector.status()).isEqualTo(422);
		assertThat(sector.problemFields()).containsExactly("sector");
	}

	@Test
	void aConcurrentEditIsAConflict() {
		String id = create("องค์กรแก้ไขพร้อมกัน (ทดสอบ)", "Concurrent Edit Org (test)", null, "NGO", List.of(), List.of());
		var read = coordinator.get("/api/v1/organizations/" + id);
		Map<String, Object> first = body(read.json());
		first.put("address", "กรุงเทพฯ");
		assertThat(coordinator.put("/api/v1/organizations/" + id, first, Map.of("If-Match", read.etag())).status()).isEqualTo(200);
		Map<String, Object> second = body(read.json());
		second.put("address", "นนทบุรี");
		var conflict = coordinator.put("/api/v1/organizations/" + id, second, Map.of("If-Match", read.etag()));
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(coordinator.get("/api/v1/organizations/" + id).json().get("address").asString()).isEqualTo("กรุงเทพฯ");
	}

	@Test
	void badInputNamesEveryFieldAndChangesNothing() {
		String id = create("องค์กรข้อมูลผิด (ทดสอบ)", "Bad Input Org (test)", null, "NGO", List.of(), List.of());
		var before = coordinator.get("/api/v1/organizations/" + id).json();
		Map<String, Object> bad = body(before);
		bad.put("provinces", List.of("TH-99"));
		bad.put("languages", List.of("zz"));
		bad.put("website", "javascript:alert(1)");
		bad.put("services", List.of(Map.of("code", "TELEPORT")));
		bad.put("contacts", List.of(Map.of("name", "X", "email", "not-an-email", "phone", "call me")));
		bad.put("parentId", id);
		var r = coordinator.speaking("th").put("/api/v1/organizations/" + id, bad, Map.of());
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).contains("provinces", "languages", "website", "services[0].code", "contacts[0].email",
				"contacts[0].phone", "parentId");
		assertThat(r.body()).contains("ไม่รู้จักรหัสจังหวัดนี้");
		assertThat(coordinator.get("/api/v1/organizations/" + id).json().get("version").asLong())
			.isEqualTo(before.get("version").asLong());
		Map<String, Object> tooLong = body(before);
		tooLong.put("nameTh", "ก".repeat(301));
		assertThat(coordinator.put("/api/v1/organizations/" + id, tooLong, Map.of()).problemFields()).containsExactly("nameTh");
		var wrongSector = coordinator.sendJson("/api/v1/organizations", "POST", "{\"nameTh\":\"x\",\"nameEn\":\"x\",\"sector\":\"ALIENS\"}", Map.of());
		assertThat(wrongSector.status()).isEqualTo(400);
		assertThat(wrongSector.problemFields()).containsExactly("sector");
	}

	@Test
	void aParentThatWouldMakeACycleIsRefused() {
		String parent = create("หน่วยแม่ (ทดสอบ)", "Parent Unit (test)", null, "NGO", List.of(), List.of());
		String child = createWithParent("หน่วยลูก (ทดสอบ)", "Child Unit (test)", parent);
		Map<String, Object> loop = body(coordinator.get("/api/v1/organizations/" + parent).json());
		loop.put("parentId", child);
		var r = coordinator.put("/api/v1/organizations/" + parent, loop, Map.of());
		assertThat(r.status()).isEqualTo(422);
		assertThat(r.problemFields()).containsExactly("parentId");
	}

	@Test
	void onlyCoordinatorsAddOrganisations() {
		Api member = new Api(port).withToken(accounts.token(accounts.create("dir-plain", Role.MEMBER)));
		var r = member.post("/api/v1/organizations", Map.of("nameTh", "ทดสอบ", "nameEn", "Test", "sector", "NGO"));
		assertThat(r.status()).isEqualTo(403);
		assertThat(new Api(port).post("/api/v1/organizations", Map.of("nameTh", "ทดสอบ")).status()).isEqualTo(401);
	}

	@Test
	void mergingADuplicateMovesItsMembersAndUnitsAndRetiresIt() {
		String survivor = create("มูลนิธิรวม (ทดสอบ)", "Merge Survivor Foundation (test)", null, "NGO", List.of(), List.of());
		String duplicate = create("มูลนิธิรวมซ้ำ (ทดสอบ)", "Merge Duplicate Foundation (test)", null, "NGO", List.of(), List.of());
		String unit = createWithParent("หน่วยย่อยของที่ซ้ำ (ทดสอบ)", "Unit of the duplicate (test)", duplicate);
		var member = accounts.createIn(java.util.UUID.fromString(duplicate), null, "merged-member", Role.MEMBER);
		var coordinatorAccount = accounts.create("merge-coord", Role.NETWORK_COORDINATOR);
		WebVisitor web = new WebVisitor(port);
		web.signIn(coordinatorAccount.username(), coordinatorAccount.password());
		web.get("/directory/organisations/" + duplicate);
		long version = coordinator.get("/api/v1/organizations/" + duplicate).json().get("version").asLong();
		var merged = web.post("/directory/organisations/" + duplicate + "/merge",
				Map.of("version", String.valueOf(version), "intoId", survivor));
		assertThat(merged.headers().firstValue("Location").orElse("")).endsWith("/directory/organisations/" + survivor);
		assertThat(jdbc.queryForObject("SELECT organisation_id FROM app_user WHERE id = ?", String.class, member.id()))
			.isEqualToIgnoringCase(survivor);
		assertThat(coordinator.get("/api/v1/organizations/" + unit).json().get("parentId").asString()).isEqualTo(survivor);
		assertThat(new WebVisitor(port).get("/directory/organisations/" + duplicate).statusCode()).isEqualTo(404);
		assertThat(namesEn("q=" + enc("Merge Duplicate Foundation"))).doesNotContain("Merge Duplicate Foundation (test)");
	}

	@Test
	void anOrganisationConfirmsItsProfileInOneClickAndLeavesTheDueList() {
		Organisation stella = directory.organisationByReferenceKey("stella-maris").orElseThrow();
		var admin = accounts.createIn(stella.id(), null, "stella-admin", Role.ORG_ADMIN);
		var coordinatorAccount = accounts.create("due-coord", Role.NETWORK_COORDINATOR);
		WebVisitor coord = new WebVisitor(port).speaking("en");
		coord.signIn(coordinatorAccount.username(), coordinatorAccount.password());
		assertThat(coord.get("/directory/due-for-verification").body()).contains("Stella Maris");

		WebVisitor web = new WebVisitor(port);
		web.signIn(admin.username(), admin.password());
		web.get("/directory/organisations/" + stella.id());
		var done = web.post("/directory/organisations/" + stella.id() + "/verify", Map.of());
		assertThat(done.statusCode()).isEqualTo(302);
		assertThat(directory.organisation(stella.id()).orElseThrow().verifiedAt()).isNotNull();
		assertThat(coord.get("/directory/due-for-verification").body()).doesNotContain(">Stella Maris<");
		assertThat(new WebVisitor(port).signIn(accounts.create("due-member", Role.MEMBER).username(), TestAccounts.PASSWORD)
			.statusCode()).isEqualTo(200);
	}

	// --- export and import ---

	@Test
	void exportsTheCurrentFilterAsCsvWithABomAndAsXlsx() throws Exception {
		var csv = new WebVisitor(port).get("/directory/export.csv?q=" + enc("ประมง"));
		assertThat(csv.statusCode()).isEqualTo(200);
		assertThat(csv.body()).startsWith("\uFEFF\"name_th\",\"name_en\"").contains("กรมประมง").doesNotContain("มูลนิธิกระจกเงา");
		byte[] xlsx = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest.newBuilder(java.net.URI.create("http://localhost:" + port + "/directory/export.xlsx?sector=EMBASSY")).build(),
					java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var rows = book.getFirstSheet().read();
			assertThat(rows).hasSize(6);
			assertThat(rows.stream().map(r -> r.getCellText(0))).contains("สถานเอกอัครราชทูตสหรัฐอเมริกา ประจำประเทศไทย");
		}
	}

	@Test
	void anExportCarriesNoSpreadsheetFormulas() throws Exception {
		String formula = "=HYPERLINK(\"http://evil\",\"x\")";
		create(formula, "@SUM(1+1)", null, "ACADEMIC", List.of("TH-96"), List.of());
		var csv = new WebVisitor(port).get("/directory/export.csv?sector=ACADEMIC&province=TH-96");
		assertThat(csv.statusCode()).isEqualTo(200);
		// Prefixed with ' and quoted, as OWASP advises: a spreadsheet shows the text and runs nothing.
		assertThat(csv.body()).contains("\"'=HYPERLINK(\"\"http://evil\"\",\"\"x\"\")\",\"'@SUM(1+1)\"")
			.doesNotContain(",=HYPERLINK").doesNotContain("\"=HYPERLINK").doesNotContain(",@SUM").doesNotContain("\"@SUM");
		byte[] xlsx = java.net.http.HttpClient.newHttpClient()
			.send(java.net.http.HttpRequest
				.newBuilder(java.net.URI.create("http://localhost:" + port + "/directory/export.xlsx?sector=ACADEMIC&province=TH-96"))
				.build(), java.net.http.HttpResponse.BodyHandlers.ofByteArray())
			.body();
		try (ReadableWorkbook book = new ReadableWorkbook(new ByteArrayInputStream(xlsx))) {
			var row = book.getFirstSheet().read().stream().filter(r -> r.getCellText(1).equals("@SUM(1+1)")).findFirst().orElseThrow();
			// The text as typed, in string cells: Excel shows it and evaluates nothing.
			assertThat(row.getCell(0).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
			assertThat(row.getCell(0).getRawValue()).isEqualTo(formula);
			assertThat(row.getCell(0).getFormula()).isNull();
			assertThat(row.getCell(1).getType()).isEqualTo(org.dhatim.fastexcel.reader.CellType.STRING);
		}
	}

	@Test
	void exportsTheDirectoryAsOpenReferralHsds() {
		var r = new Api(port).get("/api/v1/directory/export.hsds.json");
		assertThat(r.status()).isEqualTo(200);
		var orgs = r.json();
		assertThat(orgs.size()).isGreaterThanOrEqualTo(102);
		orgs.forEach(o -> {
			assertThat(o.get("id").asString()).hasSize(36);
			assertThat(o.get("name").asString()).isNotBlank();
			assertThat(o.get("description").asString()).isNotBlank();
			o.get("services").forEach(s -> {
				assertThat(s.get("id").asString()).hasSize(36);
				assertThat(s.get("status").asString()).isEqualTo("active");
				assertThat(s.get("service_areas")).isNotEmpty();
			});
		});
		assertThat(r.body()).contains("urn:iso:std:iso:3166-2:TH-50");
	}

	@Test
	void anImportDryRunListsEveryBadRowAndImportsNothing() throws Exception {
		String csv = String.join("\n", "name_th,name_en,sector,provinces,services,languages,contact_email",
				"มูลนิธิดีหนึ่ง,Good Foundation One,NGO,TH-50,SHELTER,th;my,a@example.org",
				",No Thai Name,NGO,,,,",
				"มูลนิธิจังหวัดผิด,Wrong Province,NGO,TH-99,,,",
				"มูลนิธิบริการผิด,Wrong Service,NGO,,TELEPORT,,",
				"มูลนิธิอีเมลผิด,Bad Email,NGO,,,,not-an-email",
				"มูลนิธิดีหนึ่ง,Duplicate In File,NGO,,,,",
				"มูลนิธิกระจกเงา,Already There,NGO,,,,");
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
		var page = upload("orgs.csv", csv.getBytes(StandardCharsets.UTF_8), "th");
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains(">3<").contains(">4<").contains(">5<").contains(">6<").contains(">7<").contains(">8<")
			.contains("ไม่รู้จักรหัสจังหวัดนี้").contains("ไม่รู้จักรหัสบริการนี้").contains("รูปแบบอีเมลไม่ถูกต้อง")
			.contains("ชื่อนี้ซ้ำกับแถวก่อนหน้าในไฟล์").contains("มีหน่วยงานชื่อนี้อยู่แล้ว").contains("name_th");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class)).isEqualTo(before);
	}

	@Test
	void aThaiFileInTis620IsRefusedWithAMessageThatSaysSo() throws Exception {
		byte[] tis = "name_th,name_en,sector\nมูลนิธิไทย,Thai Foundation,NGO\n".getBytes(Charset.forName("TIS-620"));
		var page = upload("thai.csv", tis, "en");
		assertThat(page.status()).isEqualTo(422);
		assertThat(page.body()).contains("TIS-620");
	}

	@Test
	void aCleanImportCreatesEveryRowInOneTransaction() throws Exception {
		var imports = context.getBean(DirectoryImport.class);
		String csv = "name_th,name_en,sector,parent,provinces,services,languages\n"
				+ "สถานคุ้มครองนำเข้าหนึ่ง,Imported Shelter One,NGO,msdhs,TH-20,SHELTER,th;km\n"
				+ "สถานคุ้มครองนำเข้าสอง,Imported Shelter Two,NGO,,TH-21,SHELTER;MEDICAL,th\n";
		var auth = accounts.authentication(accounts.create("import-coord", Role.NETWORK_COORDINATOR));
		var security = org.springframework.security.core.context.SecurityContextHolder.getContext();
		security.setAuthentication(auth);
		try {
			assertThat(imports.dryRun("ok.csv", csv.getBytes(StandardCharsets.UTF_8)).valid()).isTrue();
			assertThat(imports.importAll("ok.csv", csv.getBytes(StandardCharsets.UTF_8))).isEqualTo(2);
		}
		finally {
			org.springframework.security.core.context.SecurityContextHolder.clearContext();
		}
		assertThat(namesEn("q=" + enc("Imported Shelter"))).contains("Imported Shelter One", "Imported Shelter Two");
		assertThat(namesEn("province=TH-20&service=SHELTER&size=100")).contains("Imported Shelter One");
	}

	@Test
	void coordinatorsExtendTheControlledListOfServices() {
		var added = coordinator.post("/api/v1/services", Map.of("code", "nutrition_support", "nameTh", "โภชนาการ", "nameEn", "Nutrition support"));
		assertThat(added.status()).isEqualTo(201);
		assertThat(added.json().get("code").asString()).isEqualTo("NUTRITION_SUPPORT");
		assertThat(new Api(port).get("/api/v1/services").body()).contains("NUTRITION_SUPPORT").contains("โภชนาการ");
		String id = create("มูลนิธิอาหาร (ทดสอบ)", "Food Foundation (test)", null, "NGO", List.of("TH-30"),
				List.of(Map.of("code", "NUTRITION_SUPPORT")));
		assertThat(namesEn("service=NUTRITION_SUPPORT")).containsExactly("Food Foundation (test)");
		assertThat(id).isNotBlank();
		var again = coordinator.post("/api/v1/services", Map.of("code", "NUTRITION_SUPPORT", "nameTh", "x", "nameEn", "x"));
		assertThat(again.status()).isEqualTo(422);
		assertThat(again.problemFields()).containsExactly("code");
		var bad = coordinator.post("/api/v1/services", Map.of("code", "ใหม่", "nameTh", "", "nameEn", "X"));
		assertThat(bad.problemFields()).containsExactlyInAnyOrder("code", "nameTh");
		Api member = new Api(port).withToken(accounts.token(accounts.create("svc-member", Role.MEMBER)));
		assertThat(member.post("/api/v1/services", Map.of("code", "X_Y", "nameTh", "x", "nameEn", "x")).status()).isEqualTo(403);
	}

	@Test
	void anXlsxImportIsCheckedLikeACsv() throws Exception {
		var out = new java.io.ByteArrayOutputStream();
		var book = new org.dhatim.fastexcel.Workbook(out, "test", "1.0");
		var sheet = book.newWorksheet("orgs");
		String[][] cells = { { "name_th", "name_en", "sector", "provinces" }, { "มูลนิธิเอ็กเซล", "Excel Foundation", "NGO", "TH-50" },
				{ "มูลนิธิเอ็กเซลผิด", "Bad Excel", "SPACE", "TH-50" } };
		for (int r = 0; r < cells.length; r++) {
			for (int c = 0; c < cells[r].length; c++) {
				sheet.value(r, c, cells[r][c]);
			}
		}
		book.finish();
		var report = context.getBean(DirectoryImport.class).dryRun("orgs.xlsx", out.toByteArray());
		assertThat(report.rows()).isEqualTo(2);
		assertThat(report.problems()).extracting(DirectoryImport.RowProblem::row, DirectoryImport.RowProblem::column)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(3, "sector"));
	}

	@Test
	void aMalformedCsvOrOneWithoutTheRequiredColumnsIsRefusedWithAReason() throws Exception {
		assertThat(upload("broken.csv", "name_th,name_en,sector\n\"unclosed,quote,NGO\n".getBytes(StandardCharsets.UTF_8), "en").body())
			.contains("cannot be read");
		assertThat(upload("columns.csv", "name,sector\nX,NGO\n".getBytes(StandardCharsets.UTF_8), "en").body())
			.contains("The header row has no name_th column");
	}

	@Test
	void aZipBombIsRefusedWithAReasonInTheUsersLanguageAndNothingChanges() throws Exception {
		// A sheet of 186 MB in a file of about half a megabyte.
		byte[] bomb = TestWorkbooks.sheet(TestWorkbooks.headerRow(), TestWorkbooks.BOMB_ROW, 4_000_000);
		int before = jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class);
		long heapBefore = usedHeap();
		long start = System.nanoTime();

		var thai = upload("bomb.xlsx", bomb, "th");
		var english = upload("bomb.xlsx", bomb, "en");

		System.out.printf("zip bomb of %d KB refused twice in %d ms, heap %+d KB%n", bomb.length / 1024,
				(System.nanoTime() - start) / 1_000_000, (usedHeap() - heapBefore) / 1024);
		assertThat(thai.status()).isEqualTo(413);
		assertThat(thai.body()).contains("ไฟล์ Excel นี้เมื่อคลายการบีบอัดแล้วใหญ่เกิน 40 MB");
		assertThat(english.status()).isEqualTo(413);
		assertThat(english.body()).contains("This Excel file unpacks to more than 40 MB, more than 5,000 rows need");
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM organisation", Integer.class)).isEqualTo(before);
		// How little was read is asserted by counting, deterministically, in ImportRowsTest.
	}

	@Test
	void aCsvOfMoreRowsThanTheLimitIsRefusedWithAReason() throws Exception {
		StringBuilder csv = new StringBuilder("name_th,name_en,sector\n");
		for (int r = 1; r <= 5001; r++) {
			csv.append("มูลนิธิเกินที่ ").append(r).append(",Too Many ").append(r).append(",NGO\n");
		}
		var english = upload("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "en");
		assertThat(english.status()).isEqualTo(422);
		assertThat(english.body()).contains("The file has more than 5,000 rows").contains("A file may hold at most 5,000 rows and 5 MB.");
		var thai = upload("many.csv", csv.toString().getBytes(StandardCharsets.UTF_8), "th");
		assertThat(thai.body()).contains("ไฟล์มีเกิน 5,000 แถว");
	}

	private static long usedHeap() {
		System.gc();
		Runtime runtime = Runtime.getRuntime();
		return runtime.totalMemory() - runtime.freeMemory();
	}

	// --- helpers ---

	private record Page(int status, String body) {
	}

	private Page upload(String name, byte[] content, String language) throws Exception {
		var result = mvc.perform(multipart("/directory/import").file(new MockMultipartFile("file", name, "text/csv", content))
			.with(csrf())
			.with(authentication(accounts.authentication(accounts.create("upload-coord", Role.NETWORK_COORDINATOR))))
			.header("Accept-Language", language)).andReturn();
		return new Page(result.getResponse().getStatus(), result.getResponse().getContentAsString(StandardCharsets.UTF_8));
	}

	private List<String> namesEn(String query) {
		var r = new Api(port).get("/api/v1/organizations?" + query);
		assertThat(r.status()).as(r.body()).isEqualTo(200);
		List<String> names = new ArrayList<>();
		r.json().get("items").forEach(i -> names.add(i.get("nameEn").asString()));
		return names;
	}

	private String create(String th, String en, String abbreviation, String sector, List<String> provinces,
			List<Map<String, Object>> services) {
		return create(th, en, abbreviation, sector, provinces, services, List.of());
	}

	private String create(String th, String en, String abbreviation, String sector, List<String> provinces,
			List<Map<String, Object>> services, List<Map<String, Object>> contacts) {
		Map<String, Object> body = new HashMap<>();
		body.put("nameTh", th);
		body.put("nameEn", en);
		body.put("abbreviation", abbreviation);
		body.put("sector", sector);
		body.put("provinces", provinces);
		body.put("services", services);
		body.put("contacts", contacts);
		var r = coordinator.post("/api/v1/organizations", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	private String createWithParent(String th, String en, String parent) {
		var r = coordinator.post("/api/v1/organizations", Map.of("nameTh", th, "nameEn", en, "sector", "NGO", "parentId", parent));
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("id").asString();
	}

	/** The organisation as a PUT body, from what GET returned. */
	private static Map<String, Object> body(tools.jackson.databind.JsonNode o) {
		Map<String, Object> body = new HashMap<>();
		for (String f : List.of("nameTh", "nameEn", "abbreviation", "abbreviationTh", "sector", "parentId", "descriptionTh",
				"descriptionEn", "address", "mapUrl", "website")) {
			var v = o.get(f);
			body.put(f, v == null || v.isNull() ? null : v.asString());
		}
		body.put("provinces", list(o.get("provinces")));
		body.put("languages", list(o.get("languages")));
		List<Map<String, Object>> services = new ArrayList<>();
		o.get("services").forEach(s -> services.add(Map.of("code", s.get("code").asString(), "provinces", list(s.get("provinces")),
				"languages", list(s.get("languages")), "twentyFourSeven", s.get("twentyFourSeven").asBoolean())));
		body.put("services", services);
		List<Map<String, Object>> contacts = new ArrayList<>();
		o.get("contacts").forEach(c -> {
			Map<String, Object> m = new HashMap<>();
			c.properties().forEach(e -> m.put(e.getKey(), e.getValue().isNull() ? null
					: e.getValue().isBoolean() ? e.getValue().asBoolean() : e.getValue().asString()));
			contacts.add(m);
		});
		body.put("contacts", contacts);
		body.put("version", o.get("version").asLong());
		return body;
	}

	private static List<String> list(tools.jackson.databind.JsonNode array) {
		List<String> items = new ArrayList<>();
		if (array != null) {
			array.forEach(x -> items.add(x.asString()));
		}
		return items;
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}
}
