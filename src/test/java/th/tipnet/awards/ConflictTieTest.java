package th.tipnet.awards;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.tipnet.common.Actor;

/**
 * A found conflict's tie, the reason a dismissal speaks to: the chain from the judge's organisation
 * to the party, or the judge's organisation and the province. Found again, a conflict keeps its
 * dismissal while the tie is the same and stands again when it changed.
 */
class ConflictTieTest {

	static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

	final UUID ministry = UUID.randomUUID();

	final UUID division = UUID.randomUUID();

	final UUID office = UUID.randomUUID();

	final ConflictCheck check = new ConflictCheck(null);

	final AwardRound round = AwardRound.open(RoundId.next(), AwardRoundsIT.plan(2701, new Windows(NOW.minus(Duration.ofDays(1)),
			NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(12)), NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(30)))),
			NOW);

	@Test
	void theTieRunsFromTheJudgesOrganisationUpToTheParty() {
		Judge judge = new Judge(UUID.randomUUID(), "judge", office);
		Nomination byMinistry = nomination("OUTSTANDING_AGENCY", ministry, Nominee.organisation(UUID.randomUUID()));
		assertThat(check.between(judge, ties(office, List.of(office, division, ministry), Set.of()), byMinistry, NOW))
			.singleElement()
			.satisfies(c -> assertThat(c.tie()).isEqualTo(office + ">" + division + ">" + ministry));
		Nomination province = nomination("MODEL_PROVINCE", ministry, Nominee.province("TH-50"));
		assertThat(check.between(judge, ties(office, List.of(office), Set.of("TH-50")), province, NOW))
			.singleElement()
			.satisfies(c -> assertThat(c.tie()).isEqualTo(office + ">TH-50"));
	}

	@Test
	void aDismissalHoldsWhileTheTieIsTheSameAndIsLiftedWhenItChanged() {
		Conflict c = Conflict.found(NominationId.next(), UUID.randomUUID(), Conflict.Basis.NOMINATOR_ORGANISATION, ministry, null,
				office + ">" + ministry, NOW);
		c.dismiss(new Actor(UUID.randomUUID(), "secretariat", null, null), "not involved", NOW);

		assertThat(c.foundAgain(office + ">" + ministry)).isFalse();
		assertThat(c.stands()).isFalse();
		assertThat(c.dismissalReason()).isEqualTo("not involved");

		assertThat(c.foundAgain(office + ">" + division + ">" + ministry)).isTrue();
		assertThat(c.stands()).isTrue();
		assertThat(c.dismissalReason()).isNull();
		assertThat(c.tie()).isEqualTo(office + ">" + division + ">" + ministry);
	}

	@Test
	void aConflictFoundBeforeTiesWereKeptLearnsItsTieAndKeepsItsDismissal() {
		Conflict c = Conflict.found(NominationId.next(), UUID.randomUUID(), Conflict.Basis.NOMINATED_PROVINCE, null, "TH-50", null, NOW);
		c.dismiss(new Actor(UUID.randomUUID(), "secretariat", null, null), "nationwide in practice", NOW);

		assertThat(c.foundAgain(office + ">TH-50")).isFalse();
		assertThat(c.stands()).isFalse();
		assertThat(c.tie()).isEqualTo(office + ">TH-50");
	}

	private static Optional<DirectoryFacts.Ties> ties(UUID organisation, List<UUID> chain, Set<String> provinces) {
		return Optional.of(new DirectoryFacts.Ties(organisation, chain, provinces));
	}

	private Nomination nomination(String code, UUID nominator, Nominee nominee) {
		AwardCategory category = round.categories().stream().filter(c -> c.code().equals(code)).findFirst().orElseThrow();
		return Nomination.draft(NominationId.next(), round, category, new Actor(UUID.randomUUID(), "admin", nominator, null),
				new Nomination.Details(nominee, "เหตุผล", "ผลงาน", true), NOW);
	}
}
