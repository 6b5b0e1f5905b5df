package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.tuple;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.test.context.event.ApplicationEvents;
import org.springframework.test.context.event.RecordApplicationEvents;
import org.springframework.test.web.servlet.MockMvc;

import th.tipnet.common.DomainException;
import th.tipnet.directory.Directory;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The awards' results as the committee and the public live them: the committee confirms each
 * category's winners from the ranking once judging has closed (the quota, or fewer with a reason; a
 * tie across the quota line only once the committee has recorded its order), and the winners are
 * read in their places.
 */
@IntegrationTest
@RecordApplicationEvents
class ResultsIT {

	static final List<String> NOMINEES = List.of("rtp-tatip", "stella-maris", "mirror-foundation");

	@Autowired
	ApplicationContext context;

	@Autowired
	ResultsDesk desk;

	@Autowired
	Winners winners;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	CeremonyDesk ceremonies;

	@Autowired
	Directory directory;

	@Autowired
	MockMvc mvc;

	@Autowired
	ApplicationEvents events;

	@LocalServerPort
	int port;

	ResultsFixture fixture;

	@BeforeEach
	void setUp() {
		fixture = new ResultsFixture(context);
	}

	@AfterEach
	void resetClock() {
		clock.reset();
		SecurityContextHolder.clearContext();
	}

	@Test
	void theCommitteeConfirmsTheQuotaAndTheWinnersAreReadInTheirPlaces() {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 6, 9, 4 }, { 7, 8, 4 } });
		UUID police = scene.nominations().get(0);
		UUID stella = scene.nominations().get(1);

		CategoryResult result = confirm(scene, List.of(police, stella), null, List.of());

		assertThat(result.winners()).extracting(CategoryResult.Winner::nominationId).containsExactly(stella, police);
		assertThat(result.winners().get(0).total()).isEqualByComparingTo(new BigDecimal("8.5"));
		assertThat(result.tieBroken()).isFalse();
		assertThat(winners.of(new RoundId(scene.roundId()))).satisfiesExactly(first -> {
			assertThat(first.nominationId().value()).isEqualTo(stella);
			assertThat(first.place()).isEqualTo(1);
			assertThat(first.nomineeNameEn()).contains("Stella Maris");
			assertThat(first.nomineeNameTh()).startsWith("มูลนิธิ");
			assertThat(first.organisationId()).isNotNull();
			assertThat(first.plaque()).isTrue();
			assertThat(first.prizeBaht()).isNotNull();
			assertThat(first.namedPublicly()).isTrue();
		}, second -> {
			assertThat(second.nominationId().value()).isEqualTo(police);
			assertThat(second.place()).isEqualTo(2);
		});
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ?", String.class, result.id().toString()))
			.containsExactly("AWARD_RESULTS_CONFIRMED");
	}

	@Test
	void aTieAcrossTheQuotaLineIsConfirmedOnlyOnceTheCommitteeHasRecordedItsOrder() {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 7, 7 }, { 9, 7, 7 } });
		UUID police = scene.nominations().get(0);
		UUID stella = scene.nominations().get(1);
		UUID mirror = scene.nominations().get(2);
		assertThat(fixture.as(scene.secretariat(), () -> desk.standing(new RoundId(scene.roundId()), scene.categoryId(), List.of()))
			.ranking()
			.quotaLineTie()).hasValueSatisfying(t -> assertThat(t.unresolved()).isTrue());

		assertThatThrownBy(() -> confirm(scene, List.of(police, stella), null, List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("awards.error.tieUnresolved"));
		var overApi = api(scene.secretariat()).post(
				"/api/v1/award-rounds/" + scene.roundId() + "/categories/" + scene.categoryId() + "/confirmation",
				Map.of("winners", List.of(police.toString(), stella.toString())));
		assertThat(overApi.status()).isEqualTo(409);
		assertThat(overApi.body()).contains("คณะกรรมการต้องบันทึกมติ");
		assertThat(stored(scene)).isZero();

		CategoryResult result = confirm(scene, List.of(police, mirror), null, List.of(mirror, stella));
		assertThat(result.tieBroken()).isTrue();
		assertThat(result.committeeOrder()).containsExactly(mirror, stella);
		assertThat(result.winners()).extracting(CategoryResult.Winner::nominationId).containsExactly(police, mirror);
	}

	@Test
	void beforeJudgingClosesMoreThanTheQuotaOrFewerWithoutAReasonNothingIsConfirmed() {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		List<UUID> all = scene.nominations();

		assertThatThrownBy(() -> confirm(scene, all, null, List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("winners"));
		assertThatThrownBy(() -> confirm(scene, all.subList(0, 1), " ", List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("reason"));
		clock.advance(Duration.ofDays(-2));
		assertThatThrownBy(() -> confirm(scene, all.subList(0, 2), null, List.of()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.messageKey()).isEqualTo("awards.error.judgingNotClosed"));
		assertThat(stored(scene)).isZero();
	}

	@Test
	void publishingAnnouncesTheWinnersAndOpensTheResultsToThePublicOnlyOnceTheAnnouncementIsDue() throws Exception {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		String round = "/api/v1/award-rounds/" + scene.roundId();
		var confirmed = api(scene.secretariat()).post(round + "/categories/" + scene.categoryId() + "/confirmation",
				Map.of("winners", List.of(scene.nominations().get(0).toString(), scene.nominations().get(1).toString())));
		assertThat(confirmed.status()).as(confirmed.body()).isEqualTo(201);
		assertThat(confirmed.json().get("winners").get(0).get("place").asInt()).isEqualTo(1);

		assertThat(new Api(port).get(round + "/results").status()).isEqualTo(404);
		assertThat(mvc.perform(get("/awards/rounds/" + scene.roundId() + "/results")).andReturn().getResponse().getStatus())
			.isEqualTo(404);
		var preview = api(scene.secretariat()).get(round + "/results");
		assertThat(preview.status()).isEqualTo(200);
		assertThat(preview.json().get("published").asBoolean()).isFalse();
		var early = api(scene.secretariat()).post(round + "/results/publication", Map.of());
		assertThat(early.status()).isEqualTo(409);
		assertThat(early.body()).contains("ประกาศผลได้ตั้งแต่วันประกาศผล");

		clock.advance(Duration.ofDays(10));
		String event = jdbc.queryForList("SELECT slug FROM event WHERE status = 'PUBLISHED' AND event_type = 'CAMPAIGN_DAY'", String.class)
			.get(0);
		fixture.as(scene.secretariat(), () -> {
			ceremonies.holdAt(new RoundId(scene.roundId()), ceremonies.eventAt(event));
			return desk.publish(new RoundId(scene.roundId()));
		});
		assertThat(events.stream(AwardResultsPublished.class)).singleElement().satisfies(published -> {
			assertThat(published.roundId().value()).isEqualTo(scene.roundId());
			assertThat(published.ceremonyEventId()).isNotNull();
			assertThat(published.winners()).extracting(w -> w.nominationId().value(), AwardResultsPublished.Winner::place)
				.containsExactly(tuple(scene.nominations().get(0), 1), tuple(scene.nominations().get(1), 2));
			assertThat(published.winners()).allSatisfy(w -> assertThat(w.organisationId()).isNotNull());
		});

		var open = new Api(port).speaking("th").get(round + "/results");
		assertThat(open.status()).isEqualTo(200);
		assertThat(open.json().get("published").asBoolean()).isTrue();
		var winner = open.json().get("categories").get(0).get("winners").get(0);
		assertThat(winner.get("named").asBoolean()).isTrue();
		assertThat(winner.get("nameTh").asString()).isNotBlank();
		String page = mvc.perform(get("/awards/rounds/" + scene.roundId() + "/results?lang=th")).andReturn().getResponse()
			.getContentAsString();
		assertThat(page).contains("ผลการตัดสินรางวัล").contains("อันดับที่ 1").contains(winner.get("nameTh").asString())
			.contains(String.valueOf(java.time.LocalDate.now(java.time.ZoneId.of("Asia/Bangkok")).plusDays(31).getYear() + 543));
		assertThat(api(scene.secretariat()).post(round + "/results/publication", Map.of()).status()).isEqualTo(409);
		assertThat(jdbc.queryForList("SELECT action FROM audit_entry WHERE entity_id = ?", String.class, scene.roundId().toString()))
			.contains("AWARD_RESULTS_PUBLISHED");
	}

	@Test
	void aWinnerWhoDidNotConsentToBeNamedIsWithheldOnThePageAndInTheApiInBothLanguages() throws Exception {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		confirm(scene, scene.nominations().subList(0, 2), null, List.of());
		// A nomination recorded without the nominee's consent (the forms refuse to submit one; an imported record may lack it).
		jdbc.update("UPDATE award_nomination SET nominee_consented = FALSE WHERE id = ?", scene.nominations().get(1));
		clock.advance(Duration.ofDays(10));
		fixture.as(scene.secretariat(), () -> desk.publish(new RoundId(scene.roundId())));

		var winners = new Api(port).get("/api/v1/award-rounds/" + scene.roundId() + "/results").json().get("categories").get(0)
			.get("winners");
		assertThat(winners.get(0).get("named").asBoolean()).isTrue();
		assertThat(winners.get(1).get("named").asBoolean()).isFalse();
		assertThat(winners.get(1).get("nameTh").isNull()).isTrue();
		assertThat(winners.get(1).get("organisationId").isNull()).isTrue();
		String stella = directory.summaryByReferenceKey("stella-maris").orElseThrow().nameTh();
		String thai = mvc.perform(get("/awards/rounds/" + scene.roundId() + "/results?lang=th")).andReturn().getResponse()
			.getContentAsString();
		assertThat(thai).contains("ไม่เปิดเผยชื่อ").doesNotContain(stella);
		String english = mvc.perform(get("/awards/rounds/" + scene.roundId() + "/results?lang=en")).andReturn().getResponse()
			.getContentAsString();
		assertThat(english).contains("Name withheld").doesNotContain("Stella Maris");
	}

	@Test
	void badInputOverTheApiAndTheFormIsRefusedNamingTheFieldInTheUsersLanguageAndChangesNothing() throws Exception {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		String confirmation = "/api/v1/award-rounds/" + scene.roundId() + "/categories/" + scene.categoryId() + "/confirmation";
		List<String> all = scene.nominations().stream().map(UUID::toString).toList();
		Api secretariat = api(scene.secretariat());

		var overQuota = secretariat.post(confirmation, Map.of("winners", all));
		assertThat(overQuota.status()).isEqualTo(422);
		assertThat(overQuota.problemFields()).contains("winners");
		assertThat(overQuota.body()).contains("เลือก 3 รายแต่มีรางวัล 2 รางวัล");
		var fewer = secretariat.post(confirmation, Map.of("winners", all.subList(0, 1)));
		assertThat(fewer.status()).isEqualTo(422);
		assertThat(fewer.problemFields()).contains("reason");
		assertThat(new Api(port).withToken(fixture.accounts().token(scene.nominator())).post(confirmation,
				Map.of("winners", all.subList(0, 2))).status()).isEqualTo(403);

		var form = mvc.perform(post("/awards/rounds/" + scene.roundId() + "/categories/" + scene.categoryId() + "/confirm?lang=en")
			.param("winner", all.get(0))
			.with(csrf())
			.with(authentication(fixture.accounts().authentication(scene.secretariat())))).andReturn();
		assertThat(form.getResponse().getStatus()).isEqualTo(422);
		assertThat(form.getResponse().getContentAsString()).contains("Confirming 1 winners for 2 awards needs the reason for fewer");
		clock.advance(Duration.ofDays(-2));
		var judging = secretariat.post(confirmation, Map.of("winners", all.subList(0, 2)));
		assertThat(judging.status()).isEqualTo(409);
		assertThat(stored(scene)).isZero();
	}

	@Test
	void theCeremonyCallsEachCategoryFromTheLastPlaceUnlessTheSecretariatMovesAWinner() throws Exception {
		ResultsFixture.Scene scene = fixture.decided(2, NOMINEES, new int[][] { { 9, 8, 4 }, { 9, 8, 4 } });
		confirm(scene, scene.nominations().subList(0, 2), null, List.of());
		RoundId round = new RoundId(scene.roundId());
		assertThat(fixture.as(scene.secretariat(), () -> ceremonies.order(round)).get(0).called()).extracting(Winners.Winner::place)
			.containsExactly(2, 1);

		var moved = mvc.perform(post("/awards/rounds/" + scene.roundId() + "/ceremony").param("nomination",
				scene.nominations().get(0).toString())
			.param("move", "earlier")
			.with(csrf())
			.with(authentication(fixture.accounts().authentication(scene.secretariat())))).andReturn();
		assertThat(moved.getResponse().getStatus()).isEqualTo(302);
		assertThat(fixture.as(scene.secretariat(), () -> ceremonies.order(round)).get(0).called()).extracting(Winners.Winner::place)
			.containsExactly(1, 2);
		assertThatThrownBy(() -> fixture.as(scene.secretariat(), () -> {
			ceremonies.move(round, scene.nominations().get(0), true);
			return null;
		})).isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.status().value()).isEqualTo(409));
		String printable = mvc.perform(get("/awards/rounds/" + scene.roundId() + "/ceremony?lang=th")
			.with(authentication(fixture.accounts().authentication(scene.secretariat())))).andReturn().getResponse()
			.getContentAsString();
		assertThat(printable).contains("ลำดับการมอบรางวัล").contains("อันดับที่ 1");
		assertThatThrownBy(() -> ceremonies.eventAt("no-such-event-" + UUID.randomUUID()))
			.isInstanceOfSatisfying(DomainException.class, e -> assertThat(e.field()).isEqualTo("ceremonyEvent"));
	}

	private Api api(th.tipnet.identity.TestAccounts.Account account) {
		return new Api(port).withToken(fixture.accounts().token(account)).speaking("th");
	}

	private CategoryResult confirm(ResultsFixture.Scene scene, List<UUID> chosen, String reason, List<UUID> order) {
		return fixture.as(scene.secretariat(),
				() -> desk.confirm(new RoundId(scene.roundId()), scene.categoryId(), chosen, reason, order));
	}

	private int stored(ResultsFixture.Scene scene) {
		return jdbc.queryForObject("SELECT COUNT(*) FROM award_category_result WHERE category_id = ?", Integer.class,
				scene.categoryId());
	}
}
