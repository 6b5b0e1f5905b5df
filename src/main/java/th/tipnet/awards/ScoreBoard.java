package th.tipnet.awards;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;

/** A nomination's scores as the API shows them: the judge's own, or every judge's for the secretariat. */
@Component
class ScoreBoard {

	private final Awards awards;

	private final JudgeDesk judges;

	private final JudgedNominations nominations;

	private final Scores scores;

	private final PanelSeats seats;

	ScoreBoard(Awards awards, JudgeDesk judges, JudgedNominations nominations, Scores scores, PanelSeats seats) {
		this.awards = awards;
		this.judges = judges;
		this.nominations = nominations;
		this.scores = scores;
		this.seats = seats;
	}

	/** The judge's view: the nomination (without its nominator in a blind round) and their own scores. */
	@Transactional(readOnly = true)
	ScoresApi.ScoresView own(NominationId id) {
		Nomination n = judges.nomination(id);
		List<Score> own = judges.ownScores(id);
		return view(n, own, true);
	}

	/** The secretariat's view: every judge's scores. */
	@Transactional(readOnly = true)
	ScoresApi.ScoresView all(NominationId id) {
		Nomination n = nominations.findById(id.value()).orElseThrow(() -> DomainException.notFound("nomination"));
		return view(n, scores.findByNominationIdIn(List.of(n.id().value())), false);
	}

	private ScoresApi.ScoresView view(Nomination n, List<Score> list, boolean forJudge) {
		AwardRound round = awards.round(new RoundId(n.roundId()));
		List<Criterion> rubric = judges.rubric(n.categoryId());
		Map<UUID, String> names = new HashMap<>();
		seats.findByCategoryIdOrderByJudgeName(n.categoryId()).forEach(s -> names.put(s.judgeId(), s.judgeName()));
		boolean hideNominator = forJudge && round.blindJudging();
		return new ScoresApi.ScoresView(n.id().value(), n.roundId(), n.categoryId(), round.blindJudging(),
				ScoresApi.NomineeView.of(n.nominee()), hideNominator ? null : n.nominatorOrganisationId(), n.justification(),
				n.achievements(), round.windows().judgingOpen(), round.windows().judgingClose(),
				rubric.stream().map(ScoresApi.CriterionView::of).toList(), ScoresApi.SheetView.of(list, rubric, names));
	}
}
