package th.tipnet.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.servlet.http.HttpServletResponse;

import org.springframework.context.MessageSource;
import org.springframework.stereotype.Controller;
import org.springframework.ui.Model;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.servlet.mvc.support.RedirectAttributes;

import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * The secretariat's judging panels in the browser, per category of a round: the rubric, the judges
 * with their progress (nominations scored of those assigned), the form that seats a judge (the
 * conflicts found then are shown at once), and each nomination hidden from a judge with why: which
 * conflict, declared or found, and from what. A found conflict may be dismissed there, with a reason.
 */
@Controller
class PanelPages {

	private final Awards awards;

	private final Panels panels;

	private final Scoresheets sheets;

	private final Rubrics rubrics;

	private final JudgedNominations nominations;

	private final DirectoryFacts directory;

	private final MessageSource messages;

	private final Clock clock;

	PanelPages(Awards awards, Panels panels, Scoresheets sheets, Rubrics rubrics, JudgedNominations nominations,
			DirectoryFacts directory, MessageSource messages, Clock clock) {
		this.awards = awards;
		this.panels = panels;
		this.sheets = sheets;
		this.rubrics = rubrics;
		this.nominations = nominations;
		this.directory = directory;
		this.messages = messages;
		this.clock = clock;
	}

	/** A category's panel as the page shows it. */
	record Board(UUID id, String name, List<String> rubric, List<Progress> judges, List<Choice> seatable,
			List<Hidden> hidden) {
	}

	/** A judge's progress: nominations fully scored of those assigned to them. */
	record Progress(String judge, long scored, long assigned) {
	}

	/** A judge who may be seated. */
	record Choice(UUID id, String name) {
	}

	/** A nomination hidden from a judge (or no longer, once dismissed), and why. */
	record Hidden(UUID conflictId, long version, String nominee, String judge, String source, String why, boolean dismissible,
			String dismissal) {
	}

	@GetMapping("/awards/rounds/{id}/panels")
	String panels(@PathVariable UUID id, Model model, Locale locale) {
		return page(awards.round(new RoundId(id)), model, locale);
	}

	@PostMapping("/awards/rounds/{id}/panels")
	String seat(@PathVariable UUID id, @RequestParam(required = false) UUID categoryId, @RequestParam(required = false) UUID judgeId,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		AwardRound round = awards.round(new RoundId(id));
		return FormErrors.attempt(response, () -> {
			Panels.Seating seating = panels.seat(round.id(), categoryId, judgeId);
			Map<UUID, String> nominees = nominees(round, locale);
			redirect.addFlashAttribute("seated", seating.seat().judgeName());
			redirect.addFlashAttribute("found", seating.found()
				.stream()
				.map(c -> nominees.getOrDefault(c.nominationId(), "") + ": " + why(c, seating.seat(), locale))
				.toList());
			return "redirect:/awards/rounds/" + round.id() + "/panels";
		}, refusal -> {
			model.addAttribute("refused", refusal(refusal, locale));
			return page(round, model, locale);
		});
	}

	@PostMapping("/awards/conflicts/{id}/dismiss")
	String dismiss(@PathVariable UUID id, @RequestParam(defaultValue = "0") long version,
			@RequestParam(required = false) String reason, Model model, Locale locale, HttpServletResponse response,
			RedirectAttributes redirect) {
		return FormErrors.attempt(response, () -> {
			Conflict c = panels.dismiss(id, version, reason);
			redirect.addFlashAttribute("dismissed", true);
			return "redirect:/awards/rounds/" + roundOf(c) + "/panels#conflict-" + c.id();
		}, refusal -> {
			model.addAttribute("refused", refusal(refusal, locale));
			model.addAttribute("refusedConflict", id);
			return page(awards.round(new RoundId(roundOf(id))), model, locale);
		});
	}

	private UUID roundOf(Conflict c) {
		return roundOf(c.id());
	}

	private UUID roundOf(UUID conflictId) {
		return panels.conflictRound(conflictId);
	}

	private String page(AwardRound round, Model model, Locale locale) {
		List<PanelSeat> seats = panels.seatsOf(round);
		List<Judge> judges = panels.judges();
		List<Nomination> submitted = nominations.findByRoundIdAndStatusOrderBySubmittedAt(round.id().value(),
				Nomination.Status.SUBMITTED);
		Map<UUID, String> nominees = nominees(round, locale);
		List<Conflict> conflicts = panels.conflictsOf(submitted);
		List<Board> boards = new ArrayList<>();
		for (AwardCategory c : round.categories()) {
			List<PanelSeat> onPanel = seats.stream().filter(s -> s.categoryId().equals(c.id())).toList();
			Set<UUID> seated = onPanel.stream().map(PanelSeat::judgeId).collect(Collectors.toSet());
			Set<UUID> ofCategory = submitted.stream()
				.filter(n -> n.categoryId().equals(c.id()))
				.map(n -> n.id().value())
				.collect(Collectors.toSet());
			boards.add(new Board(c.id(), c.name(locale),
					rubrics.findByCategoryIdOrderByPosition(c.id())
						.stream()
						.map(r -> messages.getMessage("awards.rubric.criterion", new Object[] { r.name(locale), r.weight() }, locale))
						.toList(),
					progress(c, onPanel),
					judges.stream().filter(j -> !seated.contains(j.id())).map(j -> new Choice(j.id(), j.name())).toList(),
					conflicts.stream()
						.filter(k -> ofCategory.contains(k.nominationId()))
						.map(k -> hidden(k, onPanel, nominees, locale))
						.toList()));
		}
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("boards", boards);
		return "awards/panels";
	}

	private List<Progress> progress(AwardCategory category, List<PanelSeat> onPanel) {
		List<Nomination> eligible = sheets.eligible(category.id());
		Set<String> conflicted = sheets.standing(eligible.stream().map(n -> n.id().value()).toList());
		Map<UUID, Long> done = new HashMap<>();
		sheets.of(category.id()).stream().filter(Scoresheets.Scoresheet::complete).forEach(s -> done.merge(s.judgeId(), 1L, Long::sum));
		return onPanel.stream().map(s -> new Progress(s.judgeName(), done.getOrDefault(s.judgeId(), 0L),
				eligible.stream().filter(n -> !conflicted.contains(n.id().value() + "/" + s.judgeId())).count())).toList();
	}

	private Hidden hidden(Conflict c, List<PanelSeat> onPanel, Map<UUID, String> nominees, Locale locale) {
		PanelSeat seat = onPanel.stream().filter(s -> s.judgeId().equals(c.judgeId())).findFirst().orElse(null);
		String judge = seat == null ? "" : seat.judgeName();
		return new Hidden(c.id(), c.version(), nominees.getOrDefault(c.nominationId(), ""), judge, c.source().name(),
				why(c, seat, locale), c.source() == Conflict.Source.FOUND && c.stands(), c.dismissalReason());
	}

	/** Why a conflict hides a nomination, as a sentence: which tie, through which organisation or province. */
	String why(Conflict c, PanelSeat seat, Locale locale) {
		String judge = seat == null ? "" : seat.judgeName();
		String key = "awards.conflict.why." + c.basis().name();
		Object party = null;
		if (c.basis() == Conflict.Basis.DECLARED) {
			party = c.reason();
		}
		else if (c.basis() == Conflict.Basis.NOMINATED_PROVINCE) {
			party = directory.provinceName(c.partyProvinceCode(), locale);
		}
		else {
			party = directory.organisationName(c.partyOrganisationId(), locale);
			boolean own = seat != null && c.partyOrganisationId().equals(seat.judgeOrganisationId());
			key += own ? ".own" : ".parent";
		}
		return messages.getMessage(key, new Object[] { judge, party }, locale);
	}

	private Map<UUID, String> nominees(AwardRound round, Locale locale) {
		Map<UUID, String> names = new HashMap<>();
		for (Nomination n : nominations.findByRoundIdAndStatusOrderBySubmittedAt(round.id().value(), Nomination.Status.SUBMITTED)) {
			Nominee e = n.nominee();
			names.put(n.id().value(), switch (e.kind()) {
				case PERSON -> e.personName();
				case ORGANISATION -> directory.organisationName(e.organisationId(), locale);
				case PROVINCE -> directory.provinceName(e.provinceCode(), locale);
			});
		}
		return names;
	}

	private String refusal(DomainException e, Locale locale) {
		return FormErrors.violations(e)
			.stream()
			.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
			.collect(Collectors.joining(" "));
	}
}
