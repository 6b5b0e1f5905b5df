package th.tipnet.forums;

import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.persistence.criteria.Predicate;
import jakarta.persistence.criteria.Subquery;

import org.springframework.data.domain.Limit;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageImpl;
import org.springframework.data.domain.PageRequest;
import org.springframework.data.domain.Sort;
import org.springframework.data.jpa.domain.Specification;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;

/**
 * Follow-up actions across forums, rolled up per owner organisation or per theme (issue 16 item 4): how many
 * are open, in progress, done and dropped, how many overdue (past the due date, Bangkok time, by the
 * application's clock, neither done nor dropped), their mean progress (dropped ones left out) and the oldest
 * overdue due date; and the actions behind each figure, a page at a time. Who reads them is who reads the action
 * list: any signed-in member of the network, refused otherwise before any query runs. Counted in the database; at
 * most {@link #MAX_GROUPS} groups, the most overdue first.
 */
@Service
class ActionRollups {

	static final int MAX_GROUPS = 200;

	static final int PAGE_SIZE = 50;

	/** How the overview groups the actions. */
	enum By {
		OWNER, THEME;

		static By named(String given) {
			for (By b : values()) {
				if (b.name().equalsIgnoreCase(given == null ? "" : given.strip())) {
					return b;
				}
			}
			return null;
		}
	}

	/** One group's figures: its owner organisation or its theme. */
	record Group(UUID owner, Theme theme, ActionFigures.Figures figures) {

		/** The list's parameter naming this group: its owner's id or its theme (neither needs escaping). */
		public String query() {
			return owner != null ? "owner=" + owner : "theme=" + theme.name();
		}
	}

	private final ActionFigures figures;

	private final ActionSearch search;

	private final InputHistory inputs;

	private final Clock clock;

	ActionRollups(ActionFigures figures, ActionSearch search, InputHistory inputs, Clock clock) {
		this.figures = figures;
		this.search = search;
		this.inputs = inputs;
		this.clock = clock;
	}

	LocalDate today() {
		return clock.instant().atZone(Dates.BANGKOK).toLocalDate();
	}

	/** The groups' figures; {@code by} is owner or theme (any case), anything else is refused naming it. */
	@Transactional(readOnly = true)
	List<Group> rollup(String by) {
		By grouping = By.named(by);
		if (grouping == null) {
			throw DomainException.invalid("by", "forums.rollup.error.by");
		}
		requireMember();
		LocalDate today = today();
		if (grouping == By.OWNER) {
			return figures.byOwner(today, Limit.of(MAX_GROUPS)).stream().map(f -> new Group(f.getOwner(), null, f)).toList();
		}
		return figures.byTheme(today, Limit.of(MAX_GROUPS)).stream().map(f -> new Group(null, (Theme) f.getTheme(), f)).toList();
	}

	/** The actions behind a figure, by due date, a page at a time; a wrong status or theme is refused naming it. */
	@Transactional(readOnly = true)
	Page<FollowUps.Followed> actions(FollowUps.Filter filter, int page) {
		List<Violation> v = new ArrayList<>();
		ActionStatus status = filter.status() == null ? null : ActionStatus.named(filter.status());
		if (filter.status() != null && status == null) {
			v.add(new Violation("status", "forums.error.status"));
		}
		Theme theme = filter.theme() == null ? null : Theme.named(filter.theme());
		if (filter.theme() != null && theme == null) {
			v.add(new Violation("theme", "forums.error.theme"));
		}
		if (page < 0) {
			v.add(new Violation("page", "forums.rollup.error.page"));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		requireMember();
		LocalDate today = today();
		Page<ForumAction> found = search.findAll(narrowed(filter.owner(), status, theme, filter.overdue(), today),
				PageRequest.of(page, PAGE_SIZE, Sort.by("dueOn", "id")));
		Map<UUID, ForumInput> byId = inputs.findByIdIn(found.map(ForumAction::inputId).toSet())
			.stream()
			.collect(Collectors.toMap(ForumInput::id, Function.identity()));
		return new PageImpl<>(found.map(a -> new FollowUps.Followed(a, byId.get(a.inputId()), a.overdue(today))).getContent(),
				found.getPageable(), found.getTotalElements());
	}

	private static Specification<ForumAction> narrowed(UUID owner, ActionStatus status, Theme theme, Boolean overdue,
			LocalDate today) {
		return (a, query, cb) -> {
			List<Predicate> where = new ArrayList<>();
			if (owner != null) {
				where.add(cb.equal(a.get("ownerOrganisationId"), owner));
			}
			if (status != null) {
				where.add(cb.equal(a.get("status"), status));
			}
			if (theme != null) {
				Subquery<UUID> ofTheme = query.subquery(UUID.class);
				var i = ofTheme.from(ForumInput.class);
				ofTheme.select(i.get("id")).where(cb.equal(i.get("theme"), theme));
				where.add(a.get("inputId").in(ofTheme));
			}
			if (overdue != null) {
				Predicate late = cb.and(a.get("status").in(ActionStatus.OPEN, ActionStatus.IN_PROGRESS),
						cb.lessThan(a.get("dueOn"), today));
				where.add(overdue ? late : cb.not(late));
			}
			return cb.and(where.toArray(Predicate[]::new));
		};
	}

	/** Follow-ups are the network's own: any signed-in member, nobody else. */
	static void requireMember() {
		if (Actor.current().userId() == null) {
			throw DomainException.forbidden();
		}
	}
}
