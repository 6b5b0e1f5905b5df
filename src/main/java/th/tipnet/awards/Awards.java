package th.tipnet.awards;

import java.time.Clock;
import java.util.List;

import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.security.CurrentUser;

/**
 * The award rounds: anyone may read them (the Ministry announces them); only the secretariat (a
 * network coordinator, or a system administrator) opens one, and every opening is in the audit log.
 */
@Service
class Awards {

	static final String NETWORK_COORDINATOR = "NETWORK_COORDINATOR";

	static final String SYSTEM_ADMIN = "SYSTEM_ADMIN";

	/** Who runs the awards: the secretariat and committee of the national division, and the platform's administrators. */
	static final String[] SECRETARIAT = { NETWORK_COORDINATOR, SYSTEM_ADMIN };

	private final AwardRounds rounds;

	private final AuditTrail audit;

	private final Clock clock;

	Awards(AwardRounds rounds, AuditTrail audit, Clock clock) {
		this.rounds = rounds;
		this.audit = audit;
		this.clock = clock;
	}

	static boolean isSecretariat() {
		return CurrentUser.hasRole(NETWORK_COORDINATOR) || CurrentUser.hasRole(SYSTEM_ADMIN);
	}

	@Transactional(readOnly = true)
	List<AwardRound> rounds() {
		return rounds.findAllByOrderByYearBeDesc();
	}

	@Transactional(readOnly = true)
	AwardRound round(RoundId id) {
		return rounds.findById(id.value()).orElseThrow(() -> DomainException.notFound("award round"));
	}

	/** Opens a year's round for the secretariat; a year that has its round already is a 409 naming the year. */
	@Transactional
	AwardRound open(AwardRound.Plan plan) {
		if (!isSecretariat()) {
			throw DomainException.forbidden();
		}
		return open(plan, Actor.current());
	}

	/** Opens a round on the system's behalf (the demo data at start-up). */
	@Transactional
	AwardRound openAsSystem(AwardRound.Plan plan) {
		return open(plan, Actor.SYSTEM);
	}

	private AwardRound open(AwardRound.Plan plan, Actor actor) {
		if (rounds.existsByYearBe(plan.yearBe())) {
			throw yearTaken(plan.yearBe());
		}
		AwardRound round = AwardRound.open(RoundId.next(), plan, clock.instant());
		// Two secretaries opening the same year at once: the unique year refuses the second at commit.
		rounds.save(round);
		audit.recordAs(actor, AwardsAudit.ROUND, round.id().value(), AwardsAudit.AWARD_ROUND_OPENED, Changes.none()
			.field("yearBe", null, round.yearBe())
			.field("categories", null, round.categories().size())
			.field("awards", null, round.awards()));
		return round;
	}

	private static DomainException yearTaken(int yearBe) {
		return new DomainException(HttpStatus.CONFLICT, "awards.error.yearTaken", "yearBe", yearBe);
	}
}
