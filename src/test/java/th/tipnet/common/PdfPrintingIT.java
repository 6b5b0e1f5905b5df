package th.tipnet.common;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.events.Participants;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.BrowserTest;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/**
 * PDF printing is bounded: a rush of requests is answered with a PDF or a 503 that says when to
 * retry, never a 500, and never starts more than one Chromium. Runs on H2 and PostgreSQL (it is
 * not a browser test, but needs Chromium to print).
 */
@IntegrationTest
@ExtendWith(BrowserTest.Chromium.class)
class PdfPrintingIT {

	static final String PAGE = "<!DOCTYPE html><html><head><meta charset=\"utf-8\"><style>@page{size:A6;margin:0}"
			+ "body{font-family:'TIPNet Thai'}</style></head><body><h1>น้ำผึ้ง ศรีสุขใจ</h1></body></html>";

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;


	@Autowired
	Participants registered;

	@Autowired
	PdfPrinter printer;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	TestAccounts accounts;

	TestAccounts.Account organiserAccount;

	Api organiser;

	UUID division;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiserAccount = accounts.createIn(division, null, "pdf-organiser", Role.EVENT_ORGANISER);
		organiser = new Api(port).withToken(accounts.token(organiserAccount));
	}

	/**
	 * The clock back, and the confirmation e-mails of this class's registrations sent before the
	 * next class runs: a backlog would be sent during another test's mail-server outage.
	 */
	@AfterEach
	void resetClockAndLetTheMailGoOut() {
		clock.reset();
		var executor = context.getBean("applicationTaskExecutor", org.springframework.scheduling.concurrent.ThreadPoolTaskExecutor.class);
		long until = System.nanoTime() + Duration.ofMinutes(2).toNanos();
		while ((executor.getActiveCount() > 0 || !executor.getThreadPoolExecutor().getQueue().isEmpty()) && System.nanoTime() < until) {
			java.util.concurrent.locks.LockSupport.parkNanos(Duration.ofMillis(50).toNanos());
		}
	}

	@Test
	void twentyConcurrentCertificateRequestsGetAPdfOrARetryAfterAndStartAtMostOneChromium() throws Exception {
		UUID event = plan();
		List<String> tokens = new ArrayList<>();
		for (int i = 0; i < 20; i++) {
			String token = register(event, "cert-" + i + "-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
			var checkIn = organiser.post("/api/v1/events/" + event + "/checkins",
					Map.of("code", registered.byToken(token).ticketCode()));
			assertThat(checkIn.status()).as(checkIn.body()).isEqualTo(200);
			tokens.add(token);
		}
		clock.advance(Duration.ofDays(2).plusMinutes(10));
		int startedBefore = printer.browsersStarted();

		HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();
		ExecutorService people = Executors.newFixedThreadPool(20);
		CountDownLatch ready = new CountDownLatch(20);
		List<Integer> chromiumSeen = Collections.synchronizedList(new ArrayList<>());
		List<Future<HttpResponse<byte[]>>> answers = new ArrayList<>();
		for (String token : tokens) {
			answers.add(people.submit(() -> {
				ready.countDown();
				ready.await();
				HttpResponse<byte[]> r = http.send(HttpRequest.newBuilder(URI.create("http://localhost:" + port
						+ "/events/registration/" + token + "/certificate.pdf")).header("Accept-Language", "en").header("Accept", "text/html").GET().build(),
						HttpResponse.BodyHandlers.ofByteArray());
				// Looked at while the others are still printing or waiting.
				chromiumSeen.add(chromiumChildren());
				return r;
			}));
		}
		int printed = 0;
		int refused = 0;
		for (Future<HttpResponse<byte[]>> answer : answers) {
			HttpResponse<byte[]> r = answer.get();
			if (r.statusCode() == 200) {
				assertThat(new String(r.body(), 0, 5, StandardCharsets.ISO_8859_1)).isEqualTo("%PDF-");
				printed++;
			}
			else {
				assertThat(r.statusCode()).as("only a PDF or 503").isEqualTo(503);
				assertThat(r.headers().firstValue("Retry-After")).hasValueSatisfying(v -> assertThat(Long.parseLong(v)).isPositive());
				assertThat(new String(r.body(), StandardCharsets.UTF_8)).contains("Please try again in 15 seconds");
				refused++;
			}
		}
		people.shutdown();
		assertThat(printed + refused).isEqualTo(20);
		assertThat(printed).isPositive();
		assertThat(printer.browsersStarted() - startedBefore).as("Chromium processes started").isLessThanOrEqualTo(1);
		assertThat(printer.mostPrintingAtOnce()).as("pages printing at once").isLessThanOrEqualTo(2);
		assertThat(Collections.max(chromiumSeen)).as("Chromium processes whose parent is this JVM").isLessThanOrEqualTo(1);
	}

	@Test
	void aFullQueueIsToldToRetryAndADeadBrowserIsStartedAgain() throws Exception {
		java.util.Set<Long> before = chromium().map(ProcessHandle::pid).collect(java.util.stream.Collectors.toSet());
		PdfPrinter small = new PdfPrinter(BrowserTest.CHROMIUM.toString(), 1, 1, Duration.ofMillis(1), Duration.ofMinutes(2),
				Duration.ofSeconds(7));
		try {
			ExecutorService callers = Executors.newFixedThreadPool(20);
			CountDownLatch ready = new CountDownLatch(20);
			AtomicInteger printed = new AtomicInteger();
			List<Future<Long>> retries = new ArrayList<>();
			for (int i = 0; i < 20; i++) {
				retries.add(callers.submit(() -> {
					ready.countDown();
					ready.await();
					try {
						assertThat(small.print(PAGE)).startsWith("%PDF-".getBytes(StandardCharsets.ISO_8859_1));
						printed.incrementAndGet();
						return 0L;
					}
					catch (TryAgainLater busy) {
						assertThat(busy.status().value()).isEqualTo(503);
						assertThat(busy.messageKey()).isEqualTo("error.pdfBusy");
						return busy.retryAfterSeconds();
					}
				}));
			}
			long told = 0;
			for (Future<Long> f : retries) {
				long seconds = f.get();
				if (seconds > 0) {
					assertThat(seconds).isEqualTo(7);
					told++;
				}
			}
			callers.shutdown();
			assertThat(printed.get()).isBetween(1, 19);
			assertThat(told).as("those not printed were told when to retry").isEqualTo(20L - printed.get());
			assertThat(small.browsersStarted()).isEqualTo(1);

			// Chromium dies (killed, crashed): the next print starts a new one and succeeds.
			chromium().filter(p -> !before.contains(p.pid())).forEach(ProcessHandle::destroyForcibly);
			byte[] again = printAfterTheCrashIsNoticed(small);
			assertThat(again).startsWith("%PDF-".getBytes(StandardCharsets.ISO_8859_1));
			assertThat(small.browsersStarted()).isEqualTo(2);
		}
		finally {
			small.destroy();
		}
	}

	@Test
	void printingBadgesAndCertificatesLeavesOneAuditEntryEachWithTheReaderAndTheEvent() {
		UUID event = plan();
		String slug = organiser.get("/api/v1/events/" + event).json().get("slug").asString();
		String token = register(event, "badge-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
		register(event, "badge-" + UUID.randomUUID().toString().substring(0, 6) + "@example.org");
		organiser.post("/api/v1/events/" + event + "/checkins", Map.of("code", registered.byToken(token).ticketCode()));
		WebVisitor page = new WebVisitor(port);
		page.signIn(organiserAccount.username(), organiserAccount.password());
		var badges = page.getBytes("/events/" + slug + "/organise/badges.pdf", Map.of());
		assertThat(badges.statusCode()).isEqualTo(200);
		assertThat(entries(event, "BADGES_PRINTED")).containsExactly(organiserAccount.username() + " {\"count\":\"2\"}");
		clock.advance(Duration.ofDays(2).plusMinutes(1));
		var certificates = page.getBytes("/events/" + slug + "/organise/certificates.pdf", Map.of());
		assertThat(certificates.statusCode()).isEqualTo(200);
		assertThat(entries(event, "CERTIFICATES_PRINTED")).containsExactly(organiserAccount.username() + " {\"count\":\"1\"}");
	}

	/** The first print after a crash may be the one that finds the browser gone: it is told to retry, the next prints. */
	private static byte[] printAfterTheCrashIsNoticed(PdfPrinter printer) {
		try {
			return printer.print(PAGE);
		}
		catch (TryAgainLater noticed) {
			assertThat(noticed.messageKey()).isEqualTo("error.pdfFailed");
			return printer.print(PAGE);
		}
	}

	private List<String> entries(UUID event, String action) {
		return jdbc.queryForList("SELECT actor_name, changes FROM audit_entry WHERE entity_type = 'Event' AND entity_id = ? AND action = ?",
				event.toString(), action)
			.stream()
			.map(row -> row.get("actor_name") + " " + String.valueOf(row.get("changes")).replace(" ", ""))
			.toList();
	}

	/** Chromium processes whose parent is this JVM (the printer's browsers; their helpers are Chromium's children). */
	static int chromiumChildren() {
		return (int) chromium().count();
	}

	private static java.util.stream.Stream<ProcessHandle> chromium() {
		return ProcessHandle.current().children().filter(PdfPrintingIT::isChromium);
	}

	private static boolean isChromium(ProcessHandle process) {
		try {
			return Files.readString(Path.of("/proc", String.valueOf(process.pid()), "comm")).strip().startsWith("chromium");
		}
		catch (java.io.IOException | RuntimeException gone) {
			return false;
		}
	}

	private UUID plan() {
		Map<String, Object> body = new HashMap<>();
		java.time.Instant now = java.time.Instant.now().truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		body.put("slug", "pdf-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("type", "FORUM");
		body.put("titleTh", "เวทีทดสอบการพิมพ์เอกสาร");
		body.put("titleEn", "Printing test forum");
		body.put("startsAt", now.plus(Duration.ofDays(2)).toString());
		body.put("endsAt", now.plus(Duration.ofDays(2)).plus(Duration.ofHours(3)).toString());
		body.put("onsiteCapacity", 30);
		body.put("onlineCapacity", 0);
		body.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		body.put("registrationClosesAt", now.plus(Duration.ofDays(1)).toString());
		body.put("ownerOrganisationId", division.toString());
		body.put("organiserIds", java.util.Set.of());
		body.put("agenda", List.of());
		body.put("groups", List.of(Map.of("code", "NGO", "nameTh", "องค์กรพัฒนาเอกชน", "nameEn", "NGOs", "invitationOnly", false)));
		var r = organiser.post("/api/v1/events", body);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private String register(UUID event, String email) {
		Map<String, Object> a = new HashMap<>();
		a.put("fullName", "ผู้ใหญ่ ตั้งใจดี");
		a.put("organisationName", "มูลนิธิทดสอบ");
		a.put("groupCode", "NGO");
		a.put("mode", "ONSITE");
		a.put("email", email);
		a.put("language", "en");
		a.put("consentPrivacy", true);
		var r = new Api(port).post("/api/v1/events/" + event + "/registrations", a);
		assertThat(r.status()).as(r.body()).isEqualTo(201);
		return r.json().get("manageToken").asString();
	}
}
