package th.tipnet.awards;

import java.time.Clock;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.validation.BindingResult;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.ModelAttribute;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.web.FormErrors;
import th.tipnet.directory.Directory;

/**
 * A judge's pages: the nominations to score (those with a conflict never appear), and one
 * nomination with the rubric to score, 1 to 10 and a comment per criterion, and the form to declare
 * a conflict of interest. In a blind round the nominator is not shown.
 */
@Controller
class JudgingPages {

	private final Awards awards;

	private final JudgeDesk desk;

	private final Directory directory;

	private final Clock clock;

	JudgingPages(Awards awards, JudgeDesk desk, Directory directory, Clock clock) {
		this.awards = awards;
		this.desk = desk;
		this.directory = directory;
		this.clock = clock;
	}

	/** A nomination on the judge's list: how many of its criteria they have scored. */
	record Assignment(UUID id, String nominee, String category, String round, int scored, int criteria) {
	}

	/** A nomination as a judge reads it: the nominator only when the round is not blind. */
	record Reading(UUID id, String nominee, String detail, String category, String nominator, String justification,
			String achievements) {

		static Reading of(NominationPages.Line line, boolean blind) {
			return new Reading(line.id(), line.nominee(), line.detail(), line.category(), blind ? null : line.nominator(),
					line.justification(), line.achievements());
		}
	}

	/** A criterion beside its row of the form. */
	record CriterionRow(String name, int weight) {
	}

	@GetMapping("/awards/judging")
	String assignments(Model model, Locale locale) {
		Map<UUID, AwardRound> rounds = new HashMap<>();
		model.addAttribute("assignments", desk.assignments().stream().map(n -> {
			AwardRound round = rounds.computeIfAbsent(n.roundId(), r -> awards.round(new RoundId(r)));
			NominationPages.Line line = NominationPages.Line.of(n, round, directory, locale);
			return new Assignment(n.id().value(), line.nominee(), line.category(), round.title(locale),
					desk.ownScores(n.id()).size(), desk.rubric(n.categoryId()).size());
		}).toList());
		return "awards/judging";
	}

	@GetMapping("/awards/judging/{id}")
	String nomination(@PathVariable UUID id, Model model, Locale locale) {
		Nomination n = desk.nomination(new NominationId(id));
		model.addAttribute("form", ScoreForm.of(desk.rubric(n.categoryId()), desk.ownScores(n.id())));
		return page(n, model, locale);
	}

	@PostMapping("/awards/judging/{id}/scores")
	String score(@PathVariable UUID id, @ModelAttribute("form") ScoreForm form, BindingResult result, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Nomination n = desk.nomination(new NominationId(id));
		return FormErrors.submit(result, response, () -> {
			desk.score(n.id(), form.entries());
			redirect.addFlashAttribute("scored", true);
			return "redirect:/awards/judging/" + id;
		}, () -> page(n, model, locale));
	}

	@PostMapping("/awards/judging/{id}/conflict")
	String declare(@PathVariable UUID id, @RequestParam(required = false) String reason, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		Nomination n = desk.nomination(new NominationId(id));
		return FormErrors.attempt(response, () -> {
			desk.declare(n.id(), reason);
			redirect.addFlashAttribute("declared", true);
			return "redirect:/awards/judging";
		}, refusal -> {
			model.addAttribute("declareRefused", FormErrors.violations(refusal).get(0));
			model.addAttribute("form", ScoreForm.of(desk.rubric(n.categoryId()), desk.ownScores(n.id())));
			return page(n, model, locale);
		});
	}

	private String page(Nomination n, Model model, Locale locale) {
		AwardRound round = awards.round(new RoundId(n.roundId()));
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("windows", round.windows());
		model.addAttribute("open", round.phaseAt(clock.instant()) == Phase.JUDGING);
		model.addAttribute("nomination", Reading.of(NominationPages.Line.of(n, round, directory, locale), round.blindJudging()));
		model.addAttribute("criteria", desk.rubric(n.categoryId()).stream().map(c -> new CriterionRow(c.name(locale), c.weight())).toList());
		model.addAttribute("scale", List.of(1, 2, 3, 4, 5, 6, 7, 8, 9, 10));
		return "awards/judge";
	}
}
