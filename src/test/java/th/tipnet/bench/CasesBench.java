package th.tipnet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.core.Ordered;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.web.filter.OncePerRequestFilter;

import th.tipnet.TipnetApplication;
import th.tipnet.common.SecretBox;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;

/**
 * National Referral Mechanism benchmark on PostgreSQL: a generator writes 200,000 cases spread over
 * the directory's organisations and provinces with 1,000,000 timeline entries (five steps a case),
 * names and circumstances sealed as the application seals them, screenings and referrals; then,
 * over HTTP with a case worker's API token, measures a case worker's list (an organisation with
 * 2,000 cases), a case page (the case and its timeline), accepting a referral, and the rate of
 * whole flows (intake → screening → sign-off → referral → accept) from concurrent clients.
 * Latencies are measured at the client on the same machine, so they include HTTP on loopback; each
 * is printed with its server time, measured in the same JVM by a filter registered before every other
 * (before authentication) from the request's arrival in the filter chain until the answer is written
 * and the transaction committed: what the targets are about. The flows report the database's
 * deadlocks (pg_stat_database) from the start of the measurements until the mail they caused is sent.
 * Run by bench/cases.sh. Usage: CasesBench url user password.
 * Options (java -D...): bench.cases=N (200000), bench.requests=N (500 a measurement),
 * bench.flow-clients=N (8), bench.flow-seconds=N (30).
 */
public final class CasesBench {

	static final int CASES = Integer.getInteger("bench.cases", 200_000);

	static final int REQUESTS = Integer.getInteger("bench.requests", 500);

	static final int FLOW_CLIENTS = Integer.getInteger("bench.flow-clients", 8);

	static final int FLOW_SECONDS = Integer.getInteger("bench.flow-seconds", 30);

	static final int NAMES = 20_000;

	static final String[] GIVEN = { "สมชาย", "สมศรี", "อ่อง", "มะ", "ซอ", "หน่อ", "ทิดา", "สุดา", "Kyaw", "Thida", "Sokha", "Dara",
			"ບຸນມີ", "ສົມພອນ", "ချစ်", "ကျော်", "សុខា", "ដារ៉ា", "วันดี", "มานพ" };

	static final String[] FAMILY = { "ใจดี", "ทองดี", "ซาน", "Win", "Chan", "Oo", "Aung", "ศรีสุข", "Phan", "Keo" };

	/** One case in a hundred belongs to the measured organisation: 2,000 of 200,000. */
	static final int LEAD_SHARE = 100;

	static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

	static final Pattern VERSION = Pattern.compile("\"version\":(\\d+)");

	/** Each request's time in the server by its X-Bench-Request number, until its client collects it. */
	static final ConcurrentHashMap<Long, Long> SERVER_NANOS = new ConcurrentHashMap<>();

	static final AtomicLong REQUEST_NUMBERS = new AtomicLong();

	/** The server time of the requests this client thread has made so far. */
	static final ThreadLocal<long[]> SERVED = ThreadLocal.withInitial(() -> new long[1]);

	/** Times every request in the server: from the first filter to the written answer. */
	static final class ServerTime extends OncePerRequestFilter {

		@Override
		protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
				throws ServletException, java.io.IOException {
			long t = System.nanoTime();
			try {
				chain.doFilter(request, response);
			}
			finally {
				String number = request.getHeader("X-Bench-Request");
				if (number != null) {
					SERVER_NANOS.put(Long.parseLong(number), System.nanoTime() - t);
				}
			}
		}
	}

	public static void main(String[] args) throws Exception {
		List<String> props = new ArrayList<>(List.of("--server.port=0", "--logging.level.root=WARN",
				"--tipnet.admin.password=Bench-admin-password-1", "--tipnet.data-dir=target/bench-data-cases",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap", "--tipnet.demo-data=false",
				"--spring.datasource.url=" + args[0], "--spring.datasource.username=" + args[1],
				"--spring.datasource.password=" + args[2]));
		DirectoryBench.resetPostgres(args[0], args[1], args[2]);
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TipnetApplication.class)
			.initializers(c -> ((GenericApplicationContext) c).registerBean("benchServerTime", FilterRegistrationBean.class, () -> {
				FilterRegistrationBean<ServerTime> first = new FilterRegistrationBean<>(new ServerTime());
				first.setOrder(Ordered.HIGHEST_PRECEDENCE);
				return first;
			}))
			.run(props.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			System.out.printf("TIPNet cases benchmark on PostgreSQL: %d cores, Java %s%n",
					Runtime.getRuntime().availableProcessors(), System.getProperty("java.version"));

			List<UUID> organisations = jdbc.queryForList("SELECT id FROM organisation WHERE status = 'ACTIVE' ORDER BY id", UUID.class);
			UUID lead = organisations.get(0);
			UUID receiver = organisations.get(1);
			String service = jdbc.queryForObject("SELECT code FROM service_type ORDER BY code LIMIT 1", String.class);
			jdbc.update("INSERT INTO organisation_service (id, organisation_id, service_code, twenty_four_seven, list_order)"
					+ " VALUES (?, ?, ?, TRUE, 99)", UUID.randomUUID(), receiver, service);
			TestAccounts accounts = new TestAccounts(context);
			TestAccounts.Account worker = accounts.createIn(lead, null, "bench-worker", Role.CASE_WORKER);
			TestAccounts.Account supervisor = accounts.createIn(lead, null, "bench-supervisor", Role.CASE_SUPERVISOR);
			TestAccounts.Account shelter = accounts.createIn(receiver, null, "bench-shelter", Role.CASE_WORKER);

			long t0 = System.nanoTime();
			generate(jdbc, context.getBean(SecretBox.class), organisations, lead, receiver, service, worker.id());
			System.out.printf("  generated %,d cases, %,d timeline entries, %,d screenings, %,d referrals in %.0f s%n",
					count(jdbc, "nrm_case"), count(jdbc, "nrm_case_step"), count(jdbc, "nrm_screening"),
					count(jdbc, "nrm_referral"), (System.nanoTime() - t0) / 1e9);

			HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
				.executor(Executors.newFixedThreadPool(FLOW_CLIENTS * 2)).build();
			Client asWorker = new Client(http, "http://127.0.0.1:" + port, accounts.token(worker));
			Client asSupervisor = new Client(http, asWorker.base, accounts.token(supervisor));
			Client asShelter = new Client(http, asWorker.base, accounts.token(shelter));
			long leadCases = jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Long.class, lead);

			List<UUID> mine = jdbc.queryForList("SELECT id FROM nrm_case WHERE lead_org_id = ?", UUID.class, lead);
			Collections.shuffle(mine, new Random(7));
			List<UUID> pending = jdbc.queryForList(
					"SELECT id FROM nrm_referral WHERE receiver_org_id = ? AND state = 'IN_PROGRESS' ORDER BY id", UUID.class, receiver);

			// Warm the server's code paths first: a JVM that has just started compiles for a while.
			for (int i = 0; i < REQUESTS; i++) {
				asWorker.get("/api/v1/cases?page=" + (i % 5) + "&size=20");
				asWorker.get("/api/v1/cases/" + mine.get(i % mine.size()));
			}
			flows(asWorker, asSupervisor, asShelter, receiver, service, 10);
			for (int i = 0; i < 50; i++) {
				accept(asShelter, pending.remove(pending.size() - 1));
			}

			long deadlocksBefore = deadlocks(jdbc);
			Timed list = measure(i -> asWorker.get("/api/v1/cases?page=" + (i % 20) + "&size=20"));
			System.out.printf("  case worker's list (20 a page of the organisation's %,d cases, pages 1-20): %s%n", leadCases, list);
			Timed page = measure(i -> {
				UUID id = mine.get(i % mine.size());
				asWorker.get("/api/v1/cases/" + id);
				asWorker.get("/api/v1/cases/" + id + "/timeline");
			});
			System.out.printf("  case page (the case, then its timeline: two requests): %s%n", page);
			int accepts = Math.min(REQUESTS, pending.size());
			double[] acceptOnly = new double[accepts];
			Timed accepted = measure(accepts, i -> acceptOnly[i] = accept(asShelter, pending.get(i)));
			System.out.printf("  accepting a referral (read it for its version, then accept; %d referrals): %s%n", accepts, accepted);
			System.out.printf("    the accept alone (POST .../accept): server p50 %.1f ms, p95 %.1f ms, max %.1f ms%n",
					percentile(acceptOnly, 0.50), percentile(acceptOnly, 0.95), percentile(acceptOnly, 1.0));
			Flows run = flows(asWorker, asSupervisor, asShelter, receiver, service, Integer.MAX_VALUE);
			System.out.printf("  whole flows (intake, screening, sign-off, referral, accept) from %d clients for %d s: %d flows, %.1f flows/s,"
					+ " p50 %.0f ms, p95 %.0f ms a flow, %d errors%n", FLOW_CLIENTS, FLOW_SECONDS, run.latencies().length,
					run.latencies().length / run.seconds(), percentile(run.latencies(), 0.50), percentile(run.latencies(), 0.95),
					run.errors());
			awaitMailSent(jdbc);
			System.out.printf("  deadlocks in the database while measuring (mail sent after the flows included): %d%n",
					deadlocks(jdbc) - deadlocksBefore);
			System.exit(0);
		}
	}

	/**
	 * 200,000 cases with SQL on the server: each a name, a nationality, an exploitation type and five
	 * steps; half screened and signed off; one in ten referred. The sealed values are sealed once
	 * here, as the application would, and repeated: opening them costs the same as distinct ones.
	 */
	static void generate(JdbcTemplate jdbc, SecretBox box, List<UUID> organisations, UUID lead, UUID receiver, String service,
			UUID worker) {
		String circumstances = box.seal("พบบนเรือประมง ถูกยึดเอกสาร ทำงานวันละ 20 ชั่วโมง");
		String others = organisations.stream().filter(o -> !o.equals(lead) && !o.equals(receiver))
			.map(o -> "'" + o + "'::uuid").reduce((a, b) -> a + "," + b).orElseThrow();
		List<String> provinces = jdbc.queryForList("SELECT code FROM province ORDER BY code", String.class);
		String provinceArray = provinces.stream().map(p -> "'" + p + "'").reduce((a, b) -> a + "," + b).orElseThrow();
		jdbc.execute("CREATE UNLOGGED TABLE bench_case AS SELECT g, gen_random_uuid() AS id,"
				+ " CASE WHEN g % " + LEAD_SHARE + " = 0 THEN '" + lead + "'::uuid ELSE (ARRAY[" + others + "])[1 + g % "
				+ (organisations.size() - 2) + "] END AS lead_org_id,"
				+ " (ARRAY[" + provinceArray + "])[1 + (g / 7) % " + provinces.size() + "] AS province_code,"
				+ " now() - make_interval(mins => (g * 37) % 1051200) AS first_contact_at"
				+ " FROM generate_series(1, " + CASES + ") AS g");
		jdbc.update("INSERT INTO nrm_case (id, case_number, lead_org_id, province_code, district, channel, first_contact_at,"
				+ " screening_due_at, circumstances, status, child_procedure, gender, birth_precision, birth_year, opened_at,"
				+ " opened_by, version)"
				+ " SELECT id, 'NRM-2560-TH' || substr(province_code, 4) || '-' || lpad(g::text, 6, '0'), lead_org_id, province_code,"
				+ " 'เมือง', (ARRAY['HOTLINE_1300','POLICE_OPERATION','LABOUR_INSPECTION','PIPO_FISHERIES_INSPECTION','NGO_OUTREACH'])[1 + g % 5],"
				+ " first_contact_at, first_contact_at + interval '24 hours', ?,"
				+ " CASE WHEN g % 2 = 0 THEN 'IDENTIFIED_VICTIM' WHEN g % 20 = 1 THEN 'AWAITING_SCREENING' ELSE 'AWAITING_SIGN_OFF' END,"
				+ " g % 9 = 0, (ARRAY['FEMININE','MASCULINE'])[1 + g % 2], 'YEAR', 1970 + g % 40, first_contact_at, ?, 3"
				+ " FROM bench_case", circumstances, worker);
		// Names as people have them: 20,000 different names, each held by ten cases (a common name is shared).
		jdbc.execute("CREATE UNLOGGED TABLE bench_name (i INT PRIMARY KEY, name VARCHAR(1200), name_key VARCHAR(64))");
		List<Object[]> names = new ArrayList<>();
		for (int i = 0; i < NAMES; i++) {
			String plain = GIVEN[i % GIVEN.length] + " " + FAMILY[(i / GIVEN.length) % FAMILY.length] + " " + (i / (GIVEN.length * FAMILY.length));
			names.add(new Object[] { i, box.seal(plain), box.blindIndex(plain) });
		}
		jdbc.batchUpdate("INSERT INTO bench_name (i, name, name_key) VALUES (?, ?, ?)", names);
		jdbc.update("INSERT INTO nrm_person_name (case_id, position, kind, name, name_key)"
				+ " SELECT c.id, 0, 'AS_TOLD', n.name, n.name_key FROM bench_case c JOIN bench_name n ON n.i = c.g % " + NAMES);
		jdbc.execute("DROP TABLE bench_name");
		jdbc.update("INSERT INTO nrm_person_nationality (case_id, code) SELECT id, (ARRAY['MM','KH','LA','TH','VN'])[1 + g % 5] FROM bench_case");
		jdbc.update("INSERT INTO nrm_case_exploitation (case_id, code) SELECT id,"
				+ " (ARRAY['FORCED_LABOUR','SEXUAL_EXPLOITATION','FORCED_CRIMINALITY','FORCED_BEGGING'])[1 + g % 4] FROM bench_case");
		jdbc.update("INSERT INTO nrm_case_step (case_id, position, step, occurred_at, actor_id, actor_name)"
				+ " SELECT id, s, (ARRAY['OPENED','SCREENING_DECIDED','SCREENING_SIGNED_OFF','REFERRAL_SENT','REFERRAL_ACCEPTED'])[1 + s],"
				+ " first_contact_at + make_interval(hours => s * 3), ?, 'bench-worker'"
				+ " FROM bench_case CROSS JOIN generate_series(0, 4) AS s", worker);
		jdbc.update("INSERT INTO nrm_screening (id, case_id, outcome, reasons, decided_at, decided_by, decided_by_name, late,"
				+ " signed_off_at, signed_off_by, signed_off_by_name)"
				+ " SELECT gen_random_uuid(), id, 'IDENTIFIED_VICTIM', ?, first_contact_at + interval '3 hours', ?, 'bench-worker', FALSE,"
				+ " first_contact_at + interval '6 hours', ?, 'bench-supervisor' FROM bench_case WHERE g % 2 = 0",
				circumstances, worker, worker);
		// One case in ten referred (done); the measured receiver has referrals awaiting its answer.
		jdbc.update("INSERT INTO nrm_referral (id, case_id, sender_org_id, receiver_org_id, purpose, urgency, province_code,"
				+ " exploitation_types, child_procedure, consent, consent_by, consent_at, state, sent_at, sent_by, sent_by_name,"
				+ " answer_due_at, version)"
				+ " SELECT gen_random_uuid(), id, lead_org_id, CASE WHEN lead_org_id = ?::uuid THEN ?::uuid ELSE ?::uuid END, ?,"
				+ " 'NORMAL', province_code, 'ForcedLabour', FALSE, 'GIVEN', 'bench-worker', first_contact_at + interval '7 hours',"
				+ " CASE WHEN g % 1000 = 0 THEN 'IN_PROGRESS' ELSE 'DONE' END, first_contact_at + interval '7 hours', ?, 'bench-worker',"
				+ " now() + interval '24 hours', 0 FROM bench_case WHERE g % 2 = 0 AND g % 5 = 0",
				receiver, lead, receiver, service, worker);
		jdbc.update("INSERT INTO nrm_referral_section (referral_id, section) SELECT id, 'INTAKE' FROM nrm_referral");
		jdbc.execute("DROP TABLE bench_case");
		jdbc.execute("ANALYZE");
	}

	record Flows(double[] latencies, int errors, double seconds) {
	}

	/** Whole flows from {@link #FLOW_CLIENTS} clients until {@code limit} flows or {@link #FLOW_SECONDS} seconds. */
	static Flows flows(Client worker, Client supervisor, Client shelter, UUID receiver, String service, int limit) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(FLOW_CLIENTS);
		List<Double> latencies = Collections.synchronizedList(new ArrayList<>());
		AtomicInteger started = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		long start = System.nanoTime();
		long end = start + FLOW_SECONDS * 1_000_000_000L;
		List<Future<?>> done = new ArrayList<>();
		for (int c = 0; c < FLOW_CLIENTS; c++) {
			done.add(clients.submit(() -> {
				while (System.nanoTime() < end && started.getAndIncrement() < limit) {
					long t = System.nanoTime();
					try {
						flow(worker, supervisor, shelter, receiver, service);
						latencies.add((System.nanoTime() - t) / 1e6);
					}
					catch (Exception e) {
						errors.incrementAndGet();
					}
				}
			}));
		}
		for (Future<?> f : done) {
			f.get();
		}
		clients.shutdown();
		return new Flows(latencies.stream().mapToDouble(Double::doubleValue).toArray(), errors.get(),
				(System.nanoTime() - start) / 1e9);
	}

	static void flow(Client worker, Client supervisor, Client shelter, UUID receiver, String service) throws Exception {
		String firstContact = OffsetDateTime.ofInstant(Instant.now().minusSeconds(3600), ZoneOffset.ofHours(7)).toString();
		String opened = worker.post("/api/v1/cases", """
				{"channel":"LABOUR_INSPECTION","firstContactAt":"%s","provinceCode":"TH-20","district":"ศรีราชา",
				 "circumstances":"พบบนเรือประมง ถูกยึดเอกสาร","exploitationTypes":["ForcedLabour"],
				 "names":[{"name":"อ่อง ซาน","kind":"AS_TOLD"}],"gender":"Masculine","birthYear":1995,"nationalities":["MM"]}"""
			.formatted(firstContact), 201);
		String caseId = first(ID, opened);
		String screened = worker.post("/api/v1/cases/" + caseId + "/screenings", """
				{"version":%s,"members":[{"name":"ร.ต.อ. สมศักดิ์","organisation":"สภ.ศรีราชา","discipline":"POLICE",
				 "answers":{"MEANS:DebtBondage":"YES","PURPOSE:ForcedLabour":"YES"}}],
				 "outcome":"IDENTIFIED_VICTIM","reasons":"ถูกยึดเอกสารและบังคับทำงาน"}""".formatted(first(VERSION, opened)), 200);
		String signed = supervisor.post("/api/v1/cases/" + caseId + "/screenings/sign-off",
				"{\"version\":" + first(VERSION, screened) + "}", 200);
		first(VERSION, signed);
		String referral = worker.post("/api/v1/cases/" + caseId + "/referrals", """
				{"receiverOrganisationId":"%s","purpose":"%s","urgency":"NORMAL","sections":["PERSON","INTAKE"],
				 "consent":"GIVEN","consentBy":"bench-worker"}""".formatted(receiver, service), 201);
		shelter.post("/api/v1/referrals/" + first(ID, referral) + "/accept", "{\"version\":" + first(VERSION, referral) + "}", 200);
	}

	/** Reads the referral for its version and accepts it; the accept's own server time in milliseconds. */
	static double accept(Client shelter, UUID referral) throws Exception {
		String read = shelter.get("/api/v1/referrals/" + referral);
		long before = SERVED.get()[0];
		shelter.post("/api/v1/referrals/" + referral + "/accept", "{\"version\":" + first(VERSION, read) + "}", 200);
		return (SERVED.get()[0] - before) / 1e6;
	}

	/** The deadlocks PostgreSQL detected in this database so far. */
	static long deadlocks(JdbcTemplate jdbc) {
		jdbc.execute("SELECT pg_stat_clear_snapshot()");
		return jdbc.queryForObject("SELECT deadlocks FROM pg_stat_database WHERE datname = current_database()", Long.class);
	}

	/**
	 * Waits (at most a minute) until the mail the flows caused is sent (Modulith removes a publication once
	 * its listener completed) and the server's statistics reached the shared counters.
	 */
	static void awaitMailSent(JdbcTemplate jdbc) throws InterruptedException {
		long until = System.nanoTime() + 60_000_000_000L;
		while (System.nanoTime() < until && jdbc.queryForObject("SELECT COUNT(*) FROM event_publication", Long.class) > 0) {
			Thread.sleep(200);
		}
		// PostgreSQL's backends report their counters within a second of going idle.
		Thread.sleep(1500);
	}

	interface Call {
		void run(int i) throws Exception;
	}

	/** Calls timed at the client and in the server, in milliseconds. */
	record Timed(double[] client, double[] server) {

		@Override
		public String toString() {
			return String.format("p50 %.1f ms, p95 %.1f ms, max %.1f ms (server time: p50 %.1f ms, p95 %.1f ms, max %.1f ms)",
					percentile(client, 0.50), percentile(client, 0.95), percentile(client, 1.0), percentile(server, 0.50),
					percentile(server, 0.95), percentile(server, 1.0));
		}
	}

	static Timed measure(Call call) throws Exception {
		return measure(REQUESTS, call);
	}

	/** {@code n} sequential calls, each timed in milliseconds at the client and in the server (all its requests). */
	static Timed measure(int n, Call call) throws Exception {
		double[] ms = new double[n];
		double[] server = new double[n];
		for (int i = 0; i < n; i++) {
			long served = SERVED.get()[0];
			long t = System.nanoTime();
			call.run(i);
			ms[i] = (System.nanoTime() - t) / 1e6;
			server[i] = (SERVED.get()[0] - served) / 1e6;
		}
		return new Timed(ms, server);
	}

	static double percentile(double[] values, double p) {
		if (values.length == 0) {
			return Double.NaN;
		}
		double[] sorted = values.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) Math.ceil(p * sorted.length) - 1 < 0 ? 0 : (int) Math.ceil(p * sorted.length) - 1)];
	}

	static String first(Pattern pattern, String body) {
		Matcher m = pattern.matcher(body);
		if (!m.find()) {
			throw new IllegalStateException("no " + pattern + " in " + body);
		}
		return m.group(1);
	}

	/**
	 * The request's server time: the filter records it as the chain returns, which may be a moment
	 * after the client has read the answer.
	 */
	static long serverTime(long number) {
		long until = System.nanoTime() + 5_000_000_000L;
		Long nanos;
		while ((nanos = SERVER_NANOS.remove(number)) == null) {
			if (System.nanoTime() > until) {
				throw new IllegalStateException("no server time for request " + number);
			}
			Thread.onSpinWait();
		}
		return nanos;
	}

	static long count(JdbcTemplate jdbc, String table) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM " + table, Long.class);
	}

	/** HTTP as one API caller; any unexpected status stops the benchmark with the answer. */
	record Client(HttpClient http, String base, String token) {

		String get(String path) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).GET(), 200);
		}

		String post(String path, String json, int expected) throws Exception {
			return send(HttpRequest.newBuilder(URI.create(base + path)).header("Content-Type", "application/json")
				.POST(HttpRequest.BodyPublishers.ofString(json)), expected);
		}

		private String send(HttpRequest.Builder request, int expected) throws Exception {
			long number = REQUEST_NUMBERS.incrementAndGet();
			HttpResponse<String> r = http.send(request.header("Authorization", "Bearer " + token)
				.header("X-Bench-Request", Long.toString(number))
				.build(), HttpResponse.BodyHandlers.ofString());
			SERVED.get()[0] += serverTime(number);
			if (r.statusCode() != expected) {
				throw new IllegalStateException(r.statusCode() + " " + r.uri().getPath() + ": " + r.body());
			}
			return r.body();
		}
	}

	private CasesBench() {
	}
}
