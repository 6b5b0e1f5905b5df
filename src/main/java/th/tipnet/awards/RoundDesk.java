package th.tipnet.awards;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.DomainException;

/**
 * The secretariat plans rounds: opens a year's round ({@link Awards#open}) and revises one, its
 * categories included, against the version it read. Every revision is in the audit log with what
 * changed.
 */
@Service
class RoundDesk {

	private final Awards awards;

	private final AwardRounds rounds;

	private final Nominations nominations;

	private final AuditTrail audit;

	RoundDesk(Awards awards, AwardRounds rounds, Nominations nominations, AuditTrail audit) {
		this.awards = awards;
		this.rounds = rounds;
		this.nominations = nominations;
		this.audit = audit;
	}

	@Transactional
	AwardRound open(AwardRound.Plan plan) {
		return awards.open(plan);
	}

	/** Revises a round as read at {@code version}; a round changed since is a 409, nothing is changed. */
	@Transactional
	AwardRound revise(RoundId id, long version, AwardRound.Plan plan, List<UUID> categoryIds) {
		if (!Awards.isSecretariat()) {
			throw DomainException.forbidden();
		}
		AwardRound round = awards.round(id);
		if (round.version() != version) {
			throw DomainException.staleVersion();
		}
		Set<UUID> inUse = new HashSet<>();
		round.categories().stream().map(AwardCategory::id).filter(nominations::existsByCategoryId).forEach(inUse::add);
		Windows before = round.windows();
		String titleBefore = round.titleTh();
		int categoriesBefore = round.categories().size();
		int awardsBefore = round.awards();
		boolean blindBefore = round.blindJudging();
		round.revise(plan, categoryIds, inUse);
		rounds.save(round);
		audit.record(AwardsAudit.ROUND, id.value(), AwardsAudit.AWARD_ROUND_REVISED, Changes.none()
			.field("titleTh", titleBefore, round.titleTh())
			.field("nominationsClose", before.nominationsClose(), round.windows().nominationsClose())
			.field("judgingClose", before.judgingClose(), round.windows().judgingClose())
			.field("announcement", before.announcement(), round.windows().announcement())
			.field("blindJudging", blindBefore, round.blindJudging())
			.field("categories", categoriesBefore, round.categories().size())
			.field("awards", awardsBefore, round.awards()));
		return round;
	}
}
