package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static th.tipnet.events.TestEvents.email;
import static th.tipnet.events.TestEvents.group;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;
import th.tipnet.support.WebVisitor;

/** A freed seat is offered to the first in line by e-mail; accepted in time it confirms, else it passes on. */
@IntegrationTest
class WaitlistOffersIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	Registrar registrar;

	@Autowired
	Participants registered;

	@Autowired
	Offers offers;

	@Autowired
	TestClock clock;

	@Autowired
	JdbcTemplate jdbc;

	Api organiser;

	TestEvents events;

	@BeforeEach
	void setUp() {
		TestAccounts accounts = new TestAccounts(context);
		UUID division = directory.organisationByReferenceKey("msdhs-atip").orElseThrow().id();
		organiser = new Api(port).withToken(accounts.token(accounts.createIn(division, null, "offer-organiser", Role.EVENT_ORGANISER)));
		events = new TestEvents(port, organiser, division);
	}

	@AfterEach
	void putTheClockBack() {
		clock.reset();
	}

	@Test
	void aCancellationOffersThePlaceByEMailAndAcceptingItConfirmsWithATicket() throws Exception {
		UUID event = events.plan(1, 5, List.of(group("NGO", null, null)));
		String first = events.register(event, email("first"), "NGO", "ONSITE", "th");
		String nextEmail = email("next-in-line");
		String next = events.register(event, nextEmail, "NGO", "ONSITE", "en");
		String after = events.register(event, email("after"), "NGO", "ONSITE", "th");
		assertThat(registered.byToken(next).status()).isEqualTo(RegistrationStatus.WAITLISTED);

		new Api(port).post("/api/v1/registrations/cancel", Map.of("token", first));

		Registration offered = registered.byToken(next);
		assertThat(offered.status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(offered.offerExpiresAt()).isBetween(clock.instant().plus(Duration.ofHours(23)), clock.instant().plus(Duration.ofHours(25)));
		assertThat(registered.position(registered.byToken(after))).isEqualTo(1);
		// The held seat is taken: a newcomer waits behind the others.
		String newcomer = events.register(event, email("newcomer"), "NGO", "ONSITE", "th");
		assertThat(registered.byToken(newcomer).status()).isEqualTo(RegistrationStatus.WAITLISTED);
		assertThat(registered.position(registered.byToken(newcomer))).isEqualTo(2);
		var stats = organiser.get("/api/v1/events/" + event + "/stats").json().get("totals").get(0);
		assertThat(stats.get("offered").asLong()).isEqualTo(1);
		assertThat(stats.get("confirmed").asLong()).isZero();

		var offerMail = TestEvents.awaitMail(nextEmail, "A place is free for you: Offers");
		String html = TestEvents.html(offerMail);
		assertThat(html).contains("/events/registration/" + next + "?answer=accept#offer")
			.contains("/events/registration/" + next + "?answer=decline#offer")
			.contains("is held for you until");

		WebVisitor person = new WebVisitor(port).speaking("en");
		var page = person.get("/events/registration/" + next + "?answer=accept");
		assertThat(page.body()).contains("A place is free for you").contains("Accept the place").contains("Held for you until");
		var accepted = person.followRedirects(person.post("/events/registration/" + next + "/offer/accept", Map.of()));
		assertThat(accepted.body()).contains("You accepted the place").contains("data-testid=\"ticket-code\"");
		assertThat(registered.byToken(next).status()).isEqualTo(RegistrationStatus.CONFIRMED);

		var confirmation = TestEvents.awaitMail(nextEmail, "Registration confirmed: Offers");
		assertThat(TestEvents.html(confirmation)).contains("cid:ticket");
		assertThat(TestEvents.partTypes(confirmation)).anyMatch(p -> p.startsWith("image/png"));
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class,
				offered.id().toString())).containsExactly("REGISTERED", "SEAT_OFFERED", "OFFER_ACCEPTED");
		assertTalliesExact(event);
	}

	@Test
	void decliningOrLettingTheOfferLapsePassesThePlaceOnAndTheWaitingListStaysGapFree() throws Exception {
		UUID event = events.plan(1, 0, List.of(group("NGO", null, null)));
		String first = events.register(event, email("holder"), "NGO", "ONSITE", "th");
		String b = events.register(event, email("decliner"), "NGO", "ONSITE", "th");
		String cEmail = email("too-late");
		String c = events.register(event, cEmail, "NGO", "ONSITE", "th");
		String d = events.register(event, email("patient"), "NGO", "ONSITE", "th");
		new Api(port).post("/api/v1/registrations/cancel", Map.of("token", first));
		assertThat(registered.byToken(b).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(List.of(registered.position(registered.byToken(c)), registered.position(registered.byToken(d)))).containsExactly(1L, 2L);

		var declined = new Api(port).post("/api/v1/registrations/offer/decline", Map.of("token", b));
		assertThat(declined.status()).as(declined.body()).isEqualTo(200);
		assertThat(registered.byToken(b).status()).isEqualTo(RegistrationStatus.CANCELLED);
		assertThat(registered.byToken(c).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(registered.position(registered.byToken(d))).isEqualTo(1);

		// C opens the offer's page now, and answers it only after it lapsed (below).
		WebVisitor cBrowser = new WebVisitor(port).speaking("th");
		assertThat(cBrowser.get("/events/registration/" + c).body()).contains("/offer/accept");
		// A day and an hour later the expiry job finds C's offer lapsed and offers the seat to D.
		clock.advance(Duration.ofHours(25));
		context.getBean(OfferExpiry.class).lapseDue();
		assertThat(registered.byToken(c).status()).isEqualTo(RegistrationStatus.OFFER_EXPIRED);
		Registration dOffered = registered.byToken(d);
		assertThat(dOffered.status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(dOffered.offerExpiresAt()).isAfter(clock.instant().plus(Duration.ofHours(23)));
		assertThat(context.getBean(OfferExpiry.class).lapseDue()).as("a second run changes nothing").isZero();
		var lapsedPage = new WebVisitor(port).get("/events/registration/" + c);
		assertThat(lapsedPage.body()).contains("ข้อเสนอที่นั่งหมดเวลาเมื่อ").contains("ลงทะเบียนใหม่");
		var late = new Api(port).speaking("th").post("/api/v1/registrations/offer/accept", Map.of("token", c));
		assertThat(late.status()).isEqualTo(409);
		assertThat(late.json().get("detail").asString()).contains("ไม่มีข้อเสนอที่นั่ง");
		// The same from the page C opened while the offer stood: the page again with the 409 and the reason.
		var lateForm = cBrowser.post("/events/registration/" + c + "/offer/accept", Map.of());
		assertThat(lateForm.statusCode()).isEqualTo(409);
		assertThat(lateForm.body()).contains("ไม่มีข้อเสนอที่นั่ง");
		assertThat(registered.byToken(c).status()).isEqualTo(RegistrationStatus.OFFER_EXPIRED);
		// C loses the place but may join the end of the list again with the same address.
		String cAgain = events.register(event, cEmail, "NGO", "ONSITE", "th");
		assertThat(registered.position(registered.byToken(cAgain))).isEqualTo(1);

		// D answers after the time but before the job runs: the offer lapses then and the seat moves on.
		clock.advance(Duration.ofHours(25));
		var tooLate = new Api(port).post("/api/v1/registrations/offer/accept", Map.of("token", d));
		assertThat(tooLate.status()).isEqualTo(409);
		assertThat(tooLate.json().get("detail").asString()).contains("The offer has lapsed");
		assertThat(registered.byToken(d).status()).isEqualTo(RegistrationStatus.OFFER_EXPIRED);
		assertThat(registered.byToken(cAgain).status()).isEqualTo(RegistrationStatus.OFFERED);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ? ORDER BY id", String.class,
				registered.byToken(c).id().toString())).containsExactly("REGISTERED", "SEAT_OFFERED", "OFFER_EXPIRED");
		assertTalliesExact(event);
	}

	@Test
	void anOfferNeverOutlivesTheEventsStart() {
		Map<String, Object> body = events.eventBody("Soon", 1, 0, List.of(group("NGO", null, null)));
		Instant starts = Instant.now().plus(Duration.ofHours(5)).truncatedTo(java.time.temporal.ChronoUnit.SECONDS);
		body.put("startsAt", starts.toString());
		body.put("endsAt", starts.plus(Duration.ofHours(2)).toString());
		body.put("registrationClosesAt", starts.toString());
		UUID event = UUID.fromString(organiser.post("/api/v1/events", body).json().get("id").asString());
		String first = events.register(event, email("soon-first"), "NGO", "ONSITE", "th");
		String next = events.register(event, email("soon-next"), "NGO", "ONSITE", "th");
		registrar.cancel(first);
		assertThat(registered.byToken(next).offerExpiresAt()).isEqualTo(starts);
	}

	@Test
	void acceptsExpiriesCancellationsAndRegistrationsAtOnceNeverOversell() throws Exception {
		// Onsite 10 (G1 at most 6), online 4: filled, with long waiting lists.
		UUID event = events.plan(10, 4, List.of(group("G1", 6, null), group("G2", null, null)));
		List<String> confirmed = Collections.synchronizedList(new ArrayList<>());
		List<String> all = Collections.synchronizedList(new ArrayList<>());
		for (int i = 0; i < 40; i++) {
			String token = events.register(event, email("crowd" + i), i % 2 == 0 ? "G1" : "G2", i % 5 == 4 ? "ONLINE" : "ONSITE", "th");
			all.add(token);
			if (registered.byToken(token).status() == RegistrationStatus.CONFIRMED) {
				confirmed.add(token);
			}
		}
		ExecutorService pool = Executors.newFixedThreadPool(12);
		ConcurrentLinkedQueue<Throwable> errors = new ConcurrentLinkedQueue<>();
		Map<String, Integer> refusals = new ConcurrentHashMap<>();
		CountDownLatch start = new CountDownLatch(1);
		Runnable[] work = {
				// Six confirmed participants cancel.
				() -> confirmed.subList(0, 6).forEach(t -> registrar.cancel(t)),
				// Twenty newcomers register.
				() -> {
					for (int i = 0; i < 20; i++) {
						all.add(events.register(event, email("late" + i), i % 2 == 0 ? "G1" : "G2", i % 3 == 0 ? "ONLINE" : "ONSITE", "th"));
					}
				},
				// The expiry job runs while the clock moves on a day at a time.
				() -> {
					for (int i = 0; i < 4; i++) {
						clock.advance(Duration.ofHours(25));
						context.getBean(OfferExpiry.class).lapseDue();
					}
				} };
		List<Runnable> tasks = new ArrayList<>(List.of(work));
		for (int n = 0; n < 9; n++) {
			Random random = new Random(n);
			// People open their e-mail and accept (or decline) whatever is offered to them.
			tasks.add(() -> {
				for (int round = 0; round < 40; round++) {
					List<String> offered = jdbc.queryForList("SELECT manage_token_sealed FROM registration WHERE event_id = ?"
							+ " AND status = 'OFFERED'", String.class, event);
					for (String sealed : offered) {
						String token = context.getBean(th.tipnet.common.SecretBox.class).open(sealed);
						try {
							if (random.nextInt(5) == 0) {
								offers.decline(token);
							}
							else {
								offers.accept(token);
							}
						}
						catch (DomainException refused) {
							refusals.merge(refused.messageKey(), 1, Integer::sum);
						}
					}
				}
			});
		}
		for (Runnable task : tasks) {
			pool.submit(() -> {
				try {
					start.await();
					task.run();
				}
				catch (Throwable t) {
					errors.add(t);
				}
			});
		}
		start.countDown();
		pool.shutdown();
		assertThat(pool.awaitTermination(3, TimeUnit.MINUTES)).isTrue();
		assertThat(errors).isEmpty();
		assertThat(refusals.keySet()).isSubsetOf("events.offer.notOpen", "events.offer.expired");

		EventStats stats = registered.stats(event);
		for (EventStats.Line t : stats.totals()) {
			assertThat(t.taken()).as("taken %s", t.mode()).isLessThanOrEqualTo(t.limit());
		}
		for (EventStats.Line l : stats.lines()) {
			if (l.limit() != null) {
				assertThat(l.taken()).as("taken %s/%s", l.mode(), l.groupCode()).isLessThanOrEqualTo(l.limit());
			}
			// Nobody waits for a seat that is free for them.
			if (l.waiting() > 0) {
				EventStats.Line total = stats.total(l.mode());
				assertThat(total.taken() >= total.limit() || (l.limit() != null && l.taken() >= l.limit()))
					.as("free seat while %s/%s waits", l.mode(), l.groupCode()).isTrue();
			}
			List<Long> positions = new ArrayList<>();
			for (Registration r : registered.registrations(event)) {
				if (r.status() == RegistrationStatus.WAITLISTED && r.mode() == l.mode() && r.groupCode().equals(l.groupCode())) {
					positions.add(registered.position(r));
				}
			}
			Collections.sort(positions);
			List<Long> gapFree = new ArrayList<>();
			for (long i = 1; i <= positions.size(); i++) {
				gapFree.add(i);
			}
			assertThat(positions).as("waiting list %s/%s", l.mode(), l.groupCode()).isEqualTo(gapFree);
		}
		assertTalliesExact(event);
	}

	/** The running tallies equal a recount of the registrations. */
	private void assertTalliesExact(UUID event) {
		for (var row : jdbc.queryForList("SELECT attendance_mode, group_code, confirmed, offered FROM event_tally WHERE event_id = ?", event)) {
			String mode = (String) row.get("attendance_mode");
			String group = (String) row.get("group_code");
			String groupFilter = "*".equals(group) ? "" : " AND group_code = '" + group + "'";
			for (String column : List.of("confirmed", "offered")) {
				String status = "confirmed".equals(column) ? "CONFIRMED" : "OFFERED";
				int counted = jdbc.queryForObject("SELECT COUNT(*) FROM registration WHERE event_id = ? AND attendance_mode = ?"
						+ groupFilter + " AND status = ?", Integer.class, event, mode, status);
				assertThat(((Number) row.get(column)).intValue()).as("%s %s/%s", column, mode, group).isEqualTo(counted);
			}
		}
	}
}
