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

/** The conflicts of interest the system finds between a judge and a nomination, tie by tie. */
class ConflictCheckTest {

	static final Instant NOW = Instant.parse("2026-03-01T03:00:00Z");

	final UUID ministry = UUID.randomUUID();

	final UUID division = UUID.randomUUID();

	final UUID foundation = UUID.randomUUID();

	final UUID police = UUID.randomUUID();

	final ConflictCheck check = new ConflictCheck(null);

	final AwardRound round = AwardRound.open(RoundId.next(), AwardRoundsIT.plan(2700, new Windows(NOW.minus(Duration.ofDays(1)),
			NOW.plus(Duration.ofDays(10)), NOW.plus(Duration.ofDays(12)), NOW.plus(Duration.ofDays(20)), NOW.plus(Duration.ofDays(30)))),
			NOW);

	@Test
	void aJudgeWhoseOrganisationsParentIsTheNominatedOrganisationIsConflicted() {
		Judge judge = new Judge(UUID.randomUUID(), "judge", division);
		Nomination n = nomination("OUTSTANDING_AGENCY", foundation, Nominee.organisation(ministry));

		assertThat(check.between(judge, ties(division, List.of(division, ministry), Set.of()), n, NOW))
			.singleElement()
			.satisfies(c -> {
				assertThat(c.basis()).isEqualTo(Conflict.Basis.NOMINEE_ORGANISATION);
				assertThat(c.partyOrganisationId()).isEqualTo(ministry);
				assertThat(c.source()).isEqualTo(Conflict.Source.FOUND);
			});
	}

	@Test
	void aJudgeOfTheNominatingOrganisationAndOfTheNominatedPersonsOrganisationHasBothTies() {
		Judge judge = new Judge(UUID.randomUUID(), "judge", foundation);
		Nomination n = nomination("MODEL_PERSON", foundation, Nominee.person("สมศรี ใจดี", "ผู้ประสานงาน", foundation, "TH-50"));

		assertThat(check.between(judge, ties(foundation, List.of(foundation), Set.of("TH-50")), n, NOW))
			.extracting(Conflict::basis)
			.containsExactly(Conflict.Basis.NOMINEE_ORGANISATION, Conflict.Basis.NOMINATOR_ORGANISATION);
	}

	@Test
	void aJudgeWhoseOrganisationWorksInTheNominatedProvinceIsConflictedAndANationwideOneIsNot() {
		Nomination n = nomination("MODEL_PROVINCE", foundation, Nominee.province("TH-50"));
		Judge local = new Judge(UUID.randomUUID(), "local", police);
		Judge national = new Judge(UUID.randomUUID(), "national", ministry);

		assertThat(check.between(local, ties(police, List.of(police), Set.of("TH-50", "TH-57")), n, NOW))
			.singleElement()
			.satisfies(c -> assertThat(c.partyProvinceCode()).isEqualTo("TH-50"));
		assertThat(check.between(national, ties(ministry, List.of(ministry), Set.of()), n, NOW)).isEmpty();
		assertThat(check.between(new Judge(UUID.randomUUID(), "no organisation", null), Optional.empty(), n, NOW)).isEmpty();
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
