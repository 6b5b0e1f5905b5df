package th.tipnet.bench;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.function.Supplier;

import jakarta.persistence.EntityManagerFactory;

import org.hibernate.search.mapper.orm.Search;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.TipnetApplication;
import th.tipnet.directory.DirectoryQuery;
import th.tipnet.directory.DirectorySearch;
import th.tipnet.directory.HelpRequest;
import th.tipnet.directory.Organisation;

/**
 * Directory benchmark: 10,000 generated organisations with realistic Thai and English names,
 * services, provinces and languages; then server-side latency (p50/p95, in the service, entities
 * loaded) of Thai and English searches, filters and who-can-help. Run by bench/directory.sh.
 * Usage: DirectoryBench h2|postgres [jdbcUrl user password]
 */
public final class DirectoryBench {

	static final int ORGANISATIONS = 10_000;

	static final int WARM_UP = 300;

	static final int MEASURED = 1_000;

	static final String[][] KINDS = { { "มูลนิธิ", "Foundation" }, { "สมาคม", "Association" }, { "ศูนย์", "Centre" },
			{ "เครือข่าย", "Network" }, { "โครงการ", "Project" }, { "กลุ่ม", "Group" }, { "สถานคุ้มครอง", "Protection Home" },
			{ "บ้านพัก", "Shelter" }, { "สำนักงาน", "Office" }, { "ชมรม", "Club" } };

	static final String[][] TOPICS = { { "พัฒนาสตรี", "Women's Development" }, { "คุ้มครองเด็ก", "Child Protection" },
			{ "ช่วยเหลือแรงงานข้ามชาติ", "Migrant Workers' Assistance" }, { "ประมงพื้นบ้าน", "Small-scale Fisheries" },
			{ "ต่อต้านการค้ามนุษย์", "Counter-Trafficking" }, { "สิทธิมนุษยชน", "Human Rights" },
			{ "ฟื้นฟูสุขภาพจิต", "Mental Health Recovery" }, { "ความช่วยเหลือทางกฎหมาย", "Legal Aid" },
			{ "แรงงานสัมพันธ์", "Labour Relations" }, { "ครอบครัวเข้มแข็ง", "Strong Families" },
			{ "ผู้ลี้ภัยและคนไร้รัฐ", "Refugees and Stateless People" }, { "เยาวชนชายแดน", "Border Youth" },
			{ "พัฒนาชุมชน", "Community Development" }, { "แรงงานประมงทะเล", "Sea Fishers" } };

	static final String[] SECTORS = { "NGO", "NGO", "NGO", "COMMUNITY_NETWORK", "GOVERNMENT_PROVINCIAL", "LOCAL_GOVERNMENT",
			"INTERNATIONAL_ORGANISATION", "PRIVATE_SECTOR", "VOLUNTEER_NETWORK", "ACADEMIC" };

	static final String[] SERVICES = { "HOTLINE", "OUTREACH_RESCUE", "SCREENING", "SHELTER", "MEDICAL", "PSYCHOSOCIAL",
			"LEGAL_AID", "INTERPRETATION", "REPATRIATION", "REINTEGRATION", "COMPENSATION", "FAMILY_TRACING" };

	static final String[] LANGUAGES = { "my", "km", "lo", "vi", "en", "zh" };

	public static void main(String[] args) throws Exception {
		String database = args.length > 0 ? args[0] : "h2";
		List<String> props = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
				"--tipnet.admin.password=bench-password-123", "--tipnet.data-dir=target/bench-data-" + database,
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap"));
		if ("postgres".equals(database)) {
			props.add("--spring.datasource.url=" + args[1]);
			props.add("--spring.datasource.username=" + args[2]);
			props.add("--spring.datasource.password=" + args[3]);
			resetPostgres(args[1], args[2], args[3]);
		}
		else {
			props.add("--spring.datasource.url=jdbc:h2:mem:bench;DB_CLOSE_DELAY=-1");
		}
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TipnetApplication.class)
			.run(props.toArray(String[]::new))) {
			long t0 = System.nanoTime();
			generate(context.getBean(JdbcTemplate.class));
			Search.mapping(context.getBean(EntityManagerFactory.class)).scope(Organisation.class).massIndexer()
				.threadsToLoadObjects(2).startAndWait();
			System.out.printf("%s: %,d organisations generated and indexed in %.1f s%n", database, ORGANISATIONS,
					(System.nanoTime() - t0) / 1e9);
			run(database, context.getBean(DirectorySearch.class));
		}
	}

	static void run(String database, DirectorySearch search) {
		Random random = new Random(7);
		String[] thai = { "ประมง", "ค้ามนุษย์", "คุ้มครองเด็ก", "แรงงาน", "มูลนิธิ สตรี", "กฎหมาย", "ผู้ลี้ภัย", "ชายแดน" };
		String[] english = { "fisheries", "trafficking", "child protection", "labour", "foundation women", "legal aid",
				"refugees", "border youth" };
		List<String[]> rows = new ArrayList<>();
		rows.add(measure("search Thai words", () -> {
			var q = new DirectoryQuery(pick(random, thai), null, null, null, null, null, false);
			return search.search(q, 0, 20).total();
		}));
		rows.add(measure("search English words", () -> {
			var q = new DirectoryQuery(pick(random, english), null, null, null, null, null, false);
			return search.search(q, 0, 20).total();
		}));
		rows.add(measure("search misspelt English", () -> {
			var q = new DirectoryQuery(pick(random, new String[] { "fisharies", "traffiking", "protecton" }), null, null, null,
					null, null, false);
			return search.search(q, 0, 20).total();
		}));
		rows.add(measure("filters (province+service+lang)", () -> {
			var q = new DirectoryQuery(null, province(random), pick(random, SERVICES), pick(random, LANGUAGES), null, null,
					false);
			return search.search(q, 0, 20).total();
		}));
		rows.add(measure("Thai words + province filter", () -> {
			var q = new DirectoryQuery(pick(random, thai), province(random), null, null, null, null, false);
			return search.search(q, 0, 20).total();
		}));
		rows.add(measure("who-can-help", () -> {
			var r = new HelpRequest(province(random), pick(random, SERVICES), pick(random, LANGUAGES), random.nextInt(5) == 0);
			return search.whoCanHelp(r).size();
		}));
		System.out.printf("%n%-34s %9s %9s %9s %10s%n", database + " (10,000 orgs)", "p50 ms", "p95 ms", "max ms", "avg hits");
		rows.forEach(r -> System.out.printf("%-34s %9s %9s %9s %10s%n", (Object[]) r));
		System.out.println("target: p95 <= 20 ms");
	}

	static String[] measure(String name, Supplier<Number> call) {
		for (int i = 0; i < WARM_UP; i++) {
			call.get();
		}
		long[] nanos = new long[MEASURED];
		double hits = 0;
		for (int i = 0; i < MEASURED; i++) {
			long t = System.nanoTime();
			hits += call.get().doubleValue();
			nanos[i] = System.nanoTime() - t;
		}
		Arrays.sort(nanos);
		return new String[] { name, ms(nanos[MEASURED / 2]), ms(nanos[(int) (MEASURED * 0.95)]), ms(nanos[MEASURED - 1]),
				String.format("%.1f", hits / MEASURED) };
	}

	static String ms(long nanos) {
		return String.format("%.2f", nanos / 1e6);
	}

	static String province(Random random) {
		int[] codes = { 10, 11, 12, 13, 14, 20, 21, 22, 23, 30, 31, 40, 41, 50, 51, 52, 53, 54, 55, 56, 57, 58, 60, 63, 70, 71,
				72, 80, 81, 82, 83, 84, 85, 86, 90, 91, 92, 93, 94, 95, 96 };
		return "TH-" + codes[random.nextInt(codes.length)];
	}

	static String pick(Random random, String[] values) {
		return values[random.nextInt(values.length)];
	}

	static void generate(JdbcTemplate jdbc) {
		Random random = new Random(42);
		Map<String, String> provinceNames = new HashMap<>();
		jdbc.query("SELECT code, name_th, name_en FROM province", rs -> {
			provinceNames.put(rs.getString(1), rs.getString(2) + "|" + rs.getString(3));
		});
		List<String> provinceCodes = new ArrayList<>(provinceNames.keySet());
		List<Object[]> orgs = new ArrayList<>();
		List<Object[]> orgProvinces = new ArrayList<>();
		List<Object[]> orgLanguages = new ArrayList<>();
		List<Object[]> services = new ArrayList<>();
		List<Object[]> serviceProvinces = new ArrayList<>();
		Timestamp now = Timestamp.from(Instant.now());
		for (int i = 0; i < ORGANISATIONS; i++) {
			UUID id = UUID.randomUUID();
			String[] kind = KINDS[random.nextInt(KINDS.length)];
			String[] topic = TOPICS[random.nextInt(TOPICS.length)];
			String home = provinceCodes.get(random.nextInt(provinceCodes.size()));
			String[] homeNames = provinceNames.get(home).split("\\|");
			String nameTh = kind[0] + topic[0] + "จังหวัด" + homeNames[0] + " " + (i + 1);
			String nameEn = topic[1] + " " + kind[1] + " of " + homeNames[1] + " " + (i + 1);
			String abbreviation = "" + (char) ('A' + random.nextInt(26)) + (char) ('A' + random.nextInt(26))
					+ (char) ('A' + random.nextInt(26)) + (i % 97);
			orgs.add(new Object[] { id, nameTh, nameEn, abbreviation, SECTORS[random.nextInt(SECTORS.length)], now, now });
			boolean nationwide = random.nextInt(100) < 15;
			if (!nationwide) {
				orgProvinces.add(new Object[] { id, home });
				if (random.nextBoolean()) {
					String second = provinceCodes.get(random.nextInt(provinceCodes.size()));
					if (!second.equals(home)) {
						orgProvinces.add(new Object[] { id, second });
					}
				}
			}
			orgLanguages.add(new Object[] { id, "th" });
			for (String l : LANGUAGES) {
				if (random.nextInt(100) < 25) {
					orgLanguages.add(new Object[] { id, l });
				}
			}
			int count = 1 + random.nextInt(4);
			List<String> chosen = new ArrayList<>(List.of(SERVICES));
			java.util.Collections.shuffle(chosen, random);
			for (int s = 0; s < count; s++) {
				UUID serviceId = UUID.randomUUID();
				services.add(new Object[] { serviceId, id, chosen.get(s), random.nextInt(100) < 20, s });
				if (random.nextInt(100) < 10) {
					serviceProvinces.add(new Object[] { serviceId, provinceCodes.get(random.nextInt(provinceCodes.size())) });
				}
			}
		}
		jdbc.batchUpdate("INSERT INTO organisation (id, name_th, name_en, abbreviation_en, sector, status, created_at, updated_at, version)"
				+ " VALUES (?, ?, ?, ?, ?, 'ACTIVE', ?, ?, 0)", orgs);
		jdbc.batchUpdate("INSERT INTO organisation_province (organisation_id, province_code) VALUES (?, ?)", orgProvinces);
		jdbc.batchUpdate("INSERT INTO organisation_language (organisation_id, language_code) VALUES (?, ?)", orgLanguages);
		jdbc.batchUpdate("INSERT INTO organisation_service (id, organisation_id, service_code, twenty_four_seven, list_order)"
				+ " VALUES (?, ?, ?, ?, ?)", services);
		jdbc.batchUpdate("INSERT INTO organisation_service_province (service_id, province_code) VALUES (?, ?)", serviceProvinces);
	}

	static void resetPostgres(String url, String user, String password) throws Exception {
		try (var c = java.sql.DriverManager.getConnection(url, user, password); var s = c.createStatement()) {
			s.execute("DROP SCHEMA IF EXISTS public CASCADE");
			s.execute("CREATE SCHEMA public");
		}
	}

	private DirectoryBench() {
	}
}
