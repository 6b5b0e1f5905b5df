package th.tipnet.forums;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.data.domain.Limit;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.DomainException;

/**
 * Recurring problems (issue 16 item 4): a theme raised at two forums or more, the most recurrent first, with the
 * follow-up figures of its actions; and a theme's history, forum by forum in the order they met: who raised what
 * (organisation or sector, the text) and the actions that came of it with their status. Read by any signed-in
 * member; a history holds the {@link #MAX_INPUTS} latest inputs of the theme.
 */
@Service
class RecurringThemes {

	static final int MAX_INPUTS = 200;

	static final int MAX_ACTIONS = 500;

	/** A recurring theme: at how many forums and how often it was raised, and its actions' figures (null: none yet). */
	record Recurring(Theme theme, long forums, long inputs, ActionFigures.Figures figures) {
	}

	/** One forum in a theme's history: what was raised there and what came of it. */
	record Raised(Forum forum, Meeting event, List<Said> inputs) {

		public List<String> sectors() {
			return inputs.stream().map(s -> s.input().sector()).distinct().toList();
		}
	}

	/** One input and its actions. */
	record Said(ForumInput input, List<FollowUps.Followed> actions) {
	}

	private final InputHistory inputs;

	private final ActionSearch actions;

	private final ActionRollups rollups;

	private final ForumRecords records;

	RecurringThemes(InputHistory inputs, ActionSearch actions, ActionRollups rollups, ForumRecords records) {
		this.inputs = inputs;
		this.actions = actions;
		this.rollups = rollups;
		this.records = records;
	}

	@Transactional(readOnly = true)
	List<Recurring> recurring() {
		Map<Theme, ActionFigures.Figures> figures = rollups.rollup(ActionRollups.By.THEME.name())
			.stream()
			.collect(Collectors.toMap(ActionRollups.Group::theme, ActionRollups.Group::figures));
		return inputs.recurring(Limit.of(Theme.values().length))
			.stream()
			.map(r -> new Recurring((Theme) r.getTheme(), r.getForums(), r.getInputs(), figures.get((Theme) r.getTheme())))
			.toList();
	}

	/** A theme's history, the first forum that raised it first; an unknown theme is not found. */
	@Transactional(readOnly = true)
	List<Raised> history(String themeName) {
		Theme theme = Theme.named(themeName);
		if (theme == null) {
			throw DomainException.notFound("theme");
		}
		ActionRollups.requireMember();
		List<ForumInput> raised = inputs.findByThemeOrderByRaisedAtDescIdAsc(theme, Limit.of(MAX_INPUTS));
		java.time.LocalDate today = rollups.today();
		Map<UUID, List<FollowUps.Followed>> byInput = new LinkedHashMap<>();
		Map<UUID, ForumInput> inputById = raised.stream().collect(Collectors.toMap(ForumInput::id, Function.identity()));
		for (ForumAction a : actions.findByInputIdInOrderByAgreedAtAscIdAsc(inputById.keySet(), Limit.of(MAX_ACTIONS))) {
			byInput.computeIfAbsent(a.inputId(), k -> new ArrayList<>())
				.add(new FollowUps.Followed(a, inputById.get(a.inputId()), a.overdue(today)));
		}
		Map<UUID, List<Said>> byForum = new LinkedHashMap<>();
		List<ForumInput> oldestFirst = new ArrayList<>(raised);
		java.util.Collections.reverse(oldestFirst);
		for (ForumInput i : oldestFirst) {
			byForum.computeIfAbsent(i.forumId(), k -> new ArrayList<>()).add(new Said(i, byInput.getOrDefault(i.id(), List.of())));
		}
		List<Raised> history = new ArrayList<>();
		byForum.forEach((forumId, said) -> {
			Forum forum = records.get(forumId);
			history.add(new Raised(forum, records.meetingOf(forum), said));
		});
		history.sort(Comparator.comparing((Raised r) -> r.event().startsAt()));
		return history;
	}
}
