package th.tipnet.exhibition;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;

import th.tipnet.directory.Directory;
import th.tipnet.events.AgendaItem;
import th.tipnet.events.EventPlan;
import th.tipnet.events.EventPlanning;
import th.tipnet.events.EventType;
import th.tipnet.events.ParticipantGroup;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.WebVisitor;

/**
 * Award winners' booths: each winning organisation is offered an award-winner booth at the ceremony
 * event's exhibition, once, and the exhibition's pages show the offer in Thai and English until the
 * organisers allocate it a booth of that type.
 */
@IntegrationTest
class AwardWinnerBoothsIT {

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
	BoothOffers offers;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	TestAccounts.Account organiser;

	UUID event;

	String slug;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		UUID division = org("msdhs-atip");
		organiser = accounts.createIn(division, null, "awb-organiser", Role.EVENT_ORGANISER);
		slug = "awb-" + UUID.randomUUID().toString().substring(0, 8);
		event = as(organiser, () -> planning.plan(plan(slug, division)).id());
	}

	@Test
	void anOfferIsMadeOnceAndShownUntilTheOrganisersAllocateTheBooth() {
		UUID police = org("rtp-tatip");
		UUID round = UUID.randomUUID();

		assertThat(offers.offer(event, police, BoothType.AWARD_WINNER, "รางวัลหน่วยงานดีเด่น ประจำปี 2567",
				"Outstanding agency award 2024", round)).isTrue();
		assertThat(offers.offer(event, police, BoothType.AWARD_WINNER, "รางวัลหน่วยงานดีเด่น ประจำปี 2567",
				"Outstanding agency award 2024", round)).as("offered again").isFalse();
		assertThat(offered(police)).isEqualTo(1);
		assertThat(jdbc.queryForObject("SELECT COUNT(*) FROM audit_entry WHERE action = 'BOOTH_OFFERED' AND changes LIKE ?",
				Integer.class, "%" + police + "%" + round + "%")).isGreaterThanOrEqualTo(1);

		var thai = new WebVisitor(port).get("/events/" + slug + "/exhibition");
		assertThat(thai.statusCode()).isEqualTo(200);
		assertThat(thai.body()).contains("บูธที่เสนอให้ผู้ได้รับรางวัล").contains("ศูนย์พิทักษ์เด็ก สตรี ครอบครัว")
			.contains("รางวัลหน่วยงานดีเด่น ประจำปี 2567").contains("รอผู้จัดงานกำหนดบูธ");
		var english = new WebVisitor(port).speaking("en").get("/events/" + slug + "/exhibition");
		assertThat(english.body()).contains("Booths offered to award winners").contains("Outstanding agency award 2024")
			.contains("Waiting for the organisers to allocate a booth");

		as(organiser, () -> exhibitors.allocate(event,
				new BoothAllocation("W1", "W", BoothType.AWARD_WINNER, police, null, null, null, null)));
		var organised = signedIn(organiser).get("/events/" + slug + "/organise/exhibition");
		assertThat(organised.body()).contains("บูธที่เสนอให้ผู้ได้รับรางวัล").contains("จัดบูธให้แล้ว");
	}

	private int offered(UUID organisation) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM exhibition_booth_offer WHERE event_id = ? AND organisation_id = ?",
				Integer.class, event, organisation);
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

	static EventPlan plan(String slug, UUID owner) {
		Instant now = Instant.now();
		return new EventPlan(slug, EventType.CAMPAIGN_DAY, "งานวันต่อต้านการค้ามนุษย์ทดสอบ", "Test anti-trafficking day", null, null,
				now.plus(Duration.ofDays(40)), now.plus(Duration.ofDays(40)).plus(Duration.ofHours(4)), "อิมแพ็ค", null, null,
				null, null, null, 100, 100, now.minus(Duration.ofDays(1)), now.plus(Duration.ofDays(39)), owner,
				java.util.Set.of(), List.of(new AgendaItem("09:00", "เปิดงาน", "Opening", null)),
				List.of(new ParticipantGroup("GOV", "หน่วยงานภาครัฐ", "Government agencies", null, null, false)));
	}
}
