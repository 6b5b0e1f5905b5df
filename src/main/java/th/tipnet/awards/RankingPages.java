package th.tipnet.awards;

import java.math.BigDecimal;
import java.time.Clock;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
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

import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.web.FormErrors;

/**
 * The committee's ranking of a round, category by category, for the secretariat: each ranked
 * nomination's weighted total, median, count of top scores and what separated it from the one above;
 * the tie at the quota line when there is one, with the committee's order to record; the choice to
 * normalise per judge; and the form that confirms the winners (or the confirmation, once made).
 */
@Controller
class RankingPages {

	private final Awards awards;

	private final ResultsDesk desk;

	private final Scoresheets sheets;

	private final ConfirmedNominations nominations;

	private final NomineeNames names;

	private final MessageSource messages;

	private final Dates dates;

	private final Clock clock;

	RankingPages(Awards awards, ResultsDesk desk, Scoresheets sheets, ConfirmedNominations nominations, NomineeNames names,
			MessageSource messages, Dates dates, Clock clock) {
		this.awards = awards;
		this.desk = desk;
		this.sheets = sheets;
		this.nominations = nominations;
		this.names = names;
		this.messages = messages;
		this.dates = dates;
		this.clock = clock;
	}

	/** A category's ranking as the page shows it. */
	record Board(UUID id, String name, int quota, boolean normalised, boolean mayConfirm, List<Row> rows, List<Choice> tied,
			boolean tieUnresolved, List<UUID> committeeOrder, long unranked, Confirmed confirmed, Refusal refusal) {
	}

	/** A ranked nomination: its rank, figures and what separated it from the one above. */
	record Row(UUID nomination, int rank, String nominee, String total, String median, int topScores, int judges,
			String decidedBy, boolean withinQuota, boolean tied, boolean chosen) {
	}

	/** A nomination the committee orders. */
	record Choice(UUID id, String nominee) {
	}

	/** A confirmation as the page shows it. */
	record Confirmed(List<String> winners, String reason, String confirmedAt, boolean tieBroken, List<String> committeeOrder) {
	}

	/** The reason the committee's last attempt was refused, and the field it names. */
	record Refusal(String field, String message) {
	}

	/** What the committee last sent, shown again on a refusal. */
	private record Sent(UUID categoryId, List<UUID> winners, String reason, List<UUID> committeeOrder, Refusal refusal) {
	}

	@GetMapping("/awards/rounds/{id}/ranking")
	String ranking(@PathVariable UUID id, Model model, Locale locale) {
		return page(awards.round(new RoundId(id)), null, model, locale);
	}

	@PostMapping("/awards/rounds/{id}/categories/{categoryId}/normalise")
	String normalise(@PathVariable UUID id, @PathVariable UUID categoryId, @RequestParam(defaultValue = "false") boolean normalise,
			Model model, Locale locale, HttpServletResponse response, RedirectAttributes redirect) {
		AwardRound round = awards.round(new RoundId(id));
		return FormErrors.attempt(response, () -> {
			desk.chooseNormalising(round.id(), categoryId, normalise);
			redirect.addFlashAttribute("saved", "normalise");
			return "redirect:/awards/rounds/" + id + "/ranking#category-" + categoryId;
		}, refusal -> page(round, new Sent(categoryId, List.of(), null, List.of(), refusal(refusal, locale)), model, locale));
	}

	@PostMapping("/awards/rounds/{id}/categories/{categoryId}/confirm")
	String confirm(@PathVariable UUID id, @PathVariable UUID categoryId,
			@RequestParam(name = "winner", required = false) List<UUID> winners,
			@RequestParam(required = false) String reason,
			@RequestParam(name = "committeeOrder", required = false) List<String> committeeOrder, Model model, Locale locale,
			HttpServletResponse response, RedirectAttributes redirect) {
		AwardRound round = awards.round(new RoundId(id));
		List<UUID> chosen = winners == null ? List.of() : winners;
		List<UUID> order = order(committeeOrder);
		return FormErrors.attempt(response, () -> {
			desk.confirm(round.id(), categoryId, chosen, reason, order);
			redirect.addFlashAttribute("saved", "confirmed");
			return "redirect:/awards/rounds/" + id + "/ranking#category-" + categoryId;
		}, refusal -> page(round, new Sent(categoryId, chosen, reason, order, refusal(refusal, locale)), model, locale));
	}

	/** The committee's order as sent: one nomination per position, blanks (positions not chosen) left out. */
	static List<UUID> order(List<String> sent) {
		if (sent == null) {
			return List.of();
		}
		List<UUID> order = new ArrayList<>();
		for (String s : sent) {
			if (s != null && !s.isBlank()) {
				try {
					order.add(UUID.fromString(s.strip()));
				}
				catch (IllegalArgumentException notAnId) {
					throw DomainException.invalid("committeeOrder", "awards.error.committeeOrder");
				}
			}
		}
		return order;
	}

	private String page(AwardRound round, Sent sent, Model model, Locale locale) {
		Phase phase = round.phaseAt(clock.instant());
		Map<UUID, CategoryResult> confirmed = desk.confirmations(round.id());
		List<Board> boards = new ArrayList<>();
		for (AwardCategory c : round.categories()) {
			Sent own = sent != null && c.id().equals(sent.categoryId()) ? sent : null;
			boards.add(board(round, c, phase, confirmed.get(c.id()), own, locale));
		}
		model.addAttribute("round", AwardPages.Row.of(round, clock.instant(), locale));
		model.addAttribute("boards", boards);
		model.addAttribute("deciding", phase.compareTo(Phase.DECIDING) >= 0);
		model.addAttribute("judgingCloses", round.windows().judgingClose());
		return "awards/ranking";
	}

	private Board board(AwardRound round, AwardCategory c, Phase phase, CategoryResult result, Sent sent, Locale locale) {
		// A confirmed category is shown as confirmed: with the committee's recorded order of the tie.
		List<UUID> order = result != null ? result.committeeOrder() : sent == null ? List.of() : sent.committeeOrder();
		Ranking.Result ranking;
		try {
			ranking = desk.standing(round.id(), c.id(), order).ranking();
		}
		catch (DomainException noRubric) {
			if (noRubric.status().value() == 403 || noRubric.status().value() == 404) {
				throw noRubric;
			}
			ranking = null;
		}
		Map<UUID, String> named = names(ranking, result, locale);
		List<UUID> tied = ranking == null ? List.of()
				: ranking.quotaLineTie()
					.filter(t -> t.resolvedBy() == Ranking.Decider.UNRESOLVED || t.resolvedBy() == Ranking.Decider.COMMITTEE)
					.map(Ranking.QuotaLineTie::nominations)
					.orElse(List.of());
		boolean unresolved = ranking != null && ranking.quotaLineTie().map(Ranking.QuotaLineTie::unresolved).orElse(false);
		Set<UUID> chosen = sent == null ? null : Set.copyOf(sent.winners());
		List<Row> rows = new ArrayList<>();
		if (ranking != null) {
			for (Ranking.Place p : ranking.places()) {
				boolean within = p.rank() <= c.quota();
				boolean pick = chosen != null ? chosen.contains(p.nomination()) : within && !(unresolved && tied.contains(p.nomination()));
				rows.add(new Row(p.nomination(), p.rank(), named.getOrDefault(p.nomination(), ""), figure(p.total()), figure(p.median()),
						p.topScores(), p.judges(),
						p.decidedBy() == null ? "" : messages.getMessage("awards.decider." + p.decidedBy(), null, locale), within,
						tied.contains(p.nomination()), pick));
			}
		}
		long unranked = sheets.eligible(c.id()).size() - rows.size();
		return new Board(c.id(), c.name(locale), c.quota(), ranking != null && ranking.normalised(),
				result == null && phase.compareTo(Phase.DECIDING) >= 0 && ranking != null, rows,
				tied.stream().map(n -> new Choice(n, named.getOrDefault(n, ""))).toList(), unresolved, order, unranked,
				result == null ? null : confirmed(result, named, locale), sent == null ? null : sent.refusal());
	}

	private Confirmed confirmed(CategoryResult r, Map<UUID, String> named, Locale locale) {
		return new Confirmed(
				r.winners()
					.stream()
					.map(w -> messages.getMessage("awards.ranking.place", new Object[] { w.place(), named.getOrDefault(w.nominationId(), ""),
							figure(w.total()) }, locale))
					.toList(),
				r.reason(), dates.dateTime(r.confirmedAt()), r.tieBroken(),
				r.committeeOrder().stream().map(n -> named.getOrDefault(n, "")).toList());
	}

	/** The nominees' names of what the ranking and the confirmation mention, in the reader's language. */
	private Map<UUID, String> names(Ranking.Result ranking, CategoryResult result, Locale locale) {
		List<UUID> ids = new ArrayList<>();
		if (ranking != null) {
			ranking.places().forEach(p -> ids.add(p.nomination()));
		}
		if (result != null) {
			result.winners().forEach(w -> ids.add(w.nominationId()));
			ids.addAll(result.committeeOrder());
		}
		Map<UUID, String> named = new HashMap<>();
		if (!ids.isEmpty()) {
			nominations.findByIdIn(ids.stream().filter(Objects::nonNull).distinct().toList())
				.forEach(n -> named.put(n.id().value(), names.of(n.nominee()).in(locale)));
		}
		return named;
	}

	/** A total or a median as the page writes it: up to four decimals, no trailing zeros. */
	static String figure(BigDecimal value) {
		return value == null ? "" : value.stripTrailingZeros().toPlainString();
	}

	private Refusal refusal(DomainException e, Locale locale) {
		return new Refusal(e.field(), FormErrors.violations(e)
			.stream()
			.map(v -> messages.getMessage(v.messageKey(), v.arguments(), locale))
			.collect(Collectors.joining(" ")));
	}
}
