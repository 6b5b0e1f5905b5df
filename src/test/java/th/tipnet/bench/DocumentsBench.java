package th.tipnet.bench;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicInteger;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.web.server.context.WebServerApplicationContext;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.TipnetApplication;
import th.tipnet.common.PdfPrinter;
import th.tipnet.directory.Directory;
import th.tipnet.events.Applicant;
import th.tipnet.events.Participants;
import th.tipnet.events.AttendanceMode;
import th.tipnet.events.EventDocuments;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.events.Registrar;
import th.tipnet.events.Registration;

/**
 * Documents benchmark of a running server (H2; printing does not depend on the database): the
 * badges of the reference event's 800 participants, all at the door, printed as one document; then
 * single certificates over HTTP from 20 concurrent participants (each asking again as soon as
 * answered), with p50/p95, how many were told to retry (503), and the most Chromium processes seen
 * as children of the server at any moment. Run by bench/documents.sh.
 * Options (java -D...): bench.certificates=N (200), bench.clients=N (20), bench.badges=N (800).
 */
public final class DocumentsBench {

	static final int PARTICIPANTS = Integer.getInteger("bench.badges", 800);

	static final int CLIENTS = Integer.getInteger("bench.clients", 20);

	static final int CERTIFICATES = Integer.getInteger("bench.certificates", 200);

	public static void main(String[] args) throws Exception {
		org.springframework.util.FileSystemUtils.deleteRecursively(new java.io.File("target/bench-data-documents"));
		List<String> props = List.of("--server.port=0", "--logging.level.root=WARN", "--tipnet.admin.password=Bench-admin-password-1",
				"--tipnet.data-dir=target/bench-data-documents", "--tipnet.demo-data=false",
				"--spring.jpa.properties.hibernate.search.backend.directory.type=local-heap",
				"--spring.datasource.url=jdbc:h2:file:./target/bench-data-documents/tipnet;DB_CLOSE_ON_EXIT=FALSE");
		try (ConfigurableApplicationContext context = new SpringApplicationBuilder(TipnetApplication.class)
			.run(props.toArray(String[]::new))) {
			int port = ((WebServerApplicationContext) context).getWebServer().getPort();
			PdfPrinter printer = context.getBean(PdfPrinter.class);
			ChromiumWatch watch = new ChromiumWatch();
			watch.start();
			System.out.printf("TIPNet documents benchmark: %d cores, %s%n", Runtime.getRuntime().availableProcessors(),
					System.getProperty("java.version"));

			UUID event = plan(context);
			List<String> tokens = registerEveryone(context, event);
			System.out.printf("  %d participants registered (onsite, confirmed)%n", tokens.size());

			// The badges, as an organiser prints them before the doors open: twice, the second with a warm server.
			EventDocuments documents = context.getBean(EventDocuments.class);
			for (String round : List.of("first (cold)", "second")) {
				long start = System.nanoTime();
				byte[] pdf = asAdministrator(() -> documents.badges(event, Locale.forLanguageTag("th")));
				double seconds = (System.nanoTime() - start) / 1e9;
				Files.write(Path.of("target", "bench-badges.pdf"), pdf);
				System.out.printf("  badges of %d participants, %s print: %.1f s, %d pages, %.1f MB%n", tokens.size(), round, seconds,
						pages(pdf), pdf.length / 1e6);
			}

			// The event has begun and everyone came: certificates may be printed.
			JdbcTemplate jdbc = context.getBean(JdbcTemplate.class);
			Instant now = Instant.now();
			jdbc.update("UPDATE event SET starts_at = ?, ends_at = ? WHERE id = ?", now.minus(Duration.ofHours(1)).atOffset(java.time.ZoneOffset.UTC),
					now.plus(Duration.ofHours(2)).atOffset(java.time.ZoneOffset.UTC), event);
			jdbc.update("UPDATE registration SET checked_in_at = ? WHERE event_id = ?", now.atOffset(java.time.ZoneOffset.UTC), event);

			HttpClient http = HttpClient.newBuilder().executor(Executors.newFixedThreadPool(8)).build();
			String base = "http://127.0.0.1:" + port;
			certificates(http, base, tokens, CLIENTS, "warm-up");
			Run run = certificates(http, base, tokens, CERTIFICATES, "measured");
			System.out.printf("  single certificates, %d requests from %d concurrent clients: p50 %.0f ms, p95 %.0f ms, max %.0f ms;"
					+ " %d answered 503 with Retry-After, %d other errors; %.1f certificates/s%n", CERTIFICATES, CLIENTS,
					percentile(run.latencies(), 0.50), percentile(run.latencies(), 0.95), percentile(run.latencies(), 1.0),
					run.busy(), run.errors(), run.latencies().length / run.seconds());
			watch.stop();
			System.out.printf("  Chromium processes started by the printer: %d; most seen at once as children of the server: %d%n",
					printer.browsersStarted(), watch.most());
			System.out.printf("  pages printing at once at most: %d (tipnet.pdf.pages)%n", printer.mostPrintingAtOnce());
			System.exit(0);
		}
	}

	record Run(long[] latencies, int busy, int errors, double seconds) {
	}

	/** {@code total} certificate downloads from {@link #CLIENTS} clients, each asking again when answered. */
	static Run certificates(HttpClient http, String base, List<String> tokens, int total, String label) throws Exception {
		ExecutorService clients = Executors.newFixedThreadPool(CLIENTS);
		AtomicInteger next = new AtomicInteger();
		AtomicInteger busy = new AtomicInteger();
		AtomicInteger errors = new AtomicInteger();
		List<Long> latencies = java.util.Collections.synchronizedList(new ArrayList<>());
		List<Future<?>> done = new ArrayList<>();
		long start = System.nanoTime();
		for (int c = 0; c < CLIENTS; c++) {
			done.add(clients.submit(() -> {
				for (int n = next.getAndIncrement(); n < total; n = next.getAndIncrement()) {
					String token = tokens.get(n % tokens.size());
					long t = System.nanoTime();
					try {
						HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create(base + "/events/registration/" + token
								+ "/certificate.pdf")).GET().build(), HttpResponse.BodyHandlers.ofByteArray());
						if (r.statusCode() == 200) {
							latencies.add(System.nanoTime() - t);
						}
						else if (r.statusCode() == 503 && r.headers().firstValue("Retry-After").isPresent()) {
							busy.incrementAndGet();
						}
						else {
							errors.incrementAndGet();
						}
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
		double seconds = (System.nanoTime() - start) / 1e9;
		if ("warm-up".equals(label)) {
			System.out.printf("  warm-up: %d certificates in %.1f s%n", total, seconds);
		}
		return new Run(latencies.stream().mapToLong(Long::longValue).toArray(), busy.get(), errors.get(), seconds);
	}

	/** Counts the server's child processes named chromium every 20 ms, keeping the most seen. */
	static final class ChromiumWatch {

		private final AtomicBoolean running = new AtomicBoolean(true);

		private final AtomicInteger most = new AtomicInteger();

		private Thread thread;

		void start() {
			thread = new Thread(() -> {
				while (running.get()) {
					long now = ProcessHandle.current().children().filter(ChromiumWatch::isChromium).count();
					most.accumulateAndGet((int) now, Math::max);
					java.util.concurrent.locks.LockSupport.parkNanos(20_000_000);
				}
			}, "chromium-watch");
			thread.setDaemon(true);
			thread.start();
		}

		void stop() throws InterruptedException {
			running.set(false);
			thread.join();
		}

		int most() {
			return most.get();
		}

		static boolean isChromium(ProcessHandle p) {
			try {
				return Files.readString(Path.of("/proc", String.valueOf(p.pid()), "comm")).strip().startsWith("chromium");
			}
			catch (java.io.IOException | RuntimeException gone) {
				return false;
			}
		}
	}

	static double percentile(long[] latencies, double q) {
		if (latencies.length == 0) {
			return Double.NaN;
		}
		long[] sorted = latencies.clone();
		Arrays.sort(sorted);
		return sorted[Math.min(sorted.length - 1, (int) (sorted.length * q))] / 1e6;
	}

	static int pages(byte[] pdf) {
		String raw = new String(pdf, StandardCharsets.ISO_8859_1);
		return raw.split("/Type\\s*/Page[^s]").length - 1;
	}

	/** The reference event's 800 participants, all onsite (the worst case for badges), each with their private link. */
	static List<String> registerEveryone(ConfigurableApplicationContext context, UUID event) throws Exception {
		Registrar registrar = context.getBean(Registrar.class);
		Participants registered = context.getBean(Participants.class);
		String[] groups = { "GOVERNMENT", "NGO", "INTERNATIONAL", "EMBASSIES", "PROVINCIAL_OFFICES", "VOLUNTEERS" };
		ExecutorService pool = Executors.newFixedThreadPool(8);
		List<Future<String>> done = new ArrayList<>();
		for (int i = 0; i < PARTICIPANTS; i++) {
			int n = i;
			done.add(pool.submit(() -> {
				Registration r = registrar.register(event, new Applicant("ผู้เข้าร่วม ทดสอบที่ " + n, "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด",
						"ผู้ประสานงาน", groups[n % groups.length], AttendanceMode.ONSITE, "badge" + n + "@example.org", null, null, null,
						n % 5 == 0 ? "en" : "th", true, false, false), null).registration();
				return registered.manageTokenOf(r);
			}));
		}
		List<String> tokens = new ArrayList<>();
		for (Future<String> f : done) {
			tokens.add(f.get());
		}
		pool.shutdown();
		return tokens;
	}

	/** An event like the reference one (Anti-Human Trafficking Day), with its 800 places all at the door. */
	static UUID plan(ConfigurableApplicationContext context) {
		Directory directory = context.getBean(Directory.class);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		return asAdministrator(() -> {
			Instant now = Instant.now();
			return context.getBean(EventPlanning.class)
				.plan(new EventPlan("bench-docs-" + UUID.randomUUID().toString().substring(0, 8), EventType.CAMPAIGN_DAY,
						"วันรณรงค์ต่อต้านการค้ามนุษย์ ประจำปี 2567", "Anti-Human Trafficking Day 2024", null, null,
						now.plus(Duration.ofDays(1)), now.plus(Duration.ofDays(1)).plus(Duration.ofHours(4)),
						"อาคารอิมแพ็ค เอ็กซิบิชั่น เซ็นเตอร์", "ห้องฟีนิกซ์ บอลรูม", null, null, null, null, PARTICIPANTS, 0,
						now.minus(Duration.ofHours(1)), now.plus(Duration.ofHours(12)), division, Set.of(), List.of(),
						List.of(new ParticipantGroup("GOVERNMENT", "หน่วยงานภาครัฐ", "Government agencies", null, null, false),
								new ParticipantGroup("NGO", "องค์กรพัฒนาเอกชน", "Non-governmental organisations", null, null, false),
								new ParticipantGroup("INTERNATIONAL", "องค์การระหว่างประเทศ", "International organisations", null, null, false),
								new ParticipantGroup("EMBASSIES", "สถานเอกอัครราชทูต", "Embassies", null, null, false),
								new ParticipantGroup("PROVINCIAL_OFFICES", "สำนักงานพัฒนาสังคมและความมั่นคงของมนุษย์จังหวัด 76 จังหวัด",
										"Provincial social development offices (76 provinces)", null, null, false),
								new ParticipantGroup("VOLUNTEERS", "อาสาสมัครพัฒนาสังคมและความมั่นคงของมนุษย์ (อพม.)", "MSDHS volunteers", null,
										null, false))))
				.id();
		});
	}

	static <T> T asAdministrator(java.util.function.Supplier<T> work) {
		SecurityContextHolder.getContext().setAuthentication(UsernamePasswordAuthenticationToken.authenticated("bench", null,
				List.of(new SimpleGrantedAuthority("ROLE_SYSTEM_ADMIN"), new SimpleGrantedAuthority("SIGNED_IN"))));
		try {
			return work.get();
		}
		finally {
			SecurityContextHolder.clearContext();
		}
	}

	private DocumentsBench() {
	}
}
