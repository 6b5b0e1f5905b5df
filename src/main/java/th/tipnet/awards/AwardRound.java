package th.tipnet.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.Column;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToMany;
import jakarta.persistence.OrderBy;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;

/**
 * The awards of one Buddhist-Era year: its categories and its windows. No setters: a round is
 * opened whole, and what may happen in it (nominating, judging) follows from its windows and the
 * time asked about, never from a flag someone must remember to flip.
 */
@Entity
@Table(name = "award_round")
class AwardRound extends AbstractAggregateRoot<AwardRound> {

	static final int EARLIEST_YEAR_BE = 2500;

	static final int LATEST_YEAR_BE = 2800;

	static final int MAX_CATEGORIES = 20;

	@Id
	private UUID id;

	@Column(name = "year_be", nullable = false, updatable = false)
	private int yearBe;

	@Column(name = "title_th", nullable = false)
	private String titleTh;

	@Column(name = "title_en", nullable = false)
	private String titleEn;

	@Embedded
	private Windows windows;

	@Column(name = "blind_judging", nullable = false)
	private boolean blindJudging;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Version
	private long version;

	@OneToMany(cascade = CascadeType.ALL, orphanRemoval = true, fetch = FetchType.EAGER)
	@JoinColumn(name = "round_id", nullable = false, updatable = false)
	@OrderBy("position")
	private List<AwardCategory> categories = new ArrayList<>();

	protected AwardRound() {
	}

	/** What the secretariat decides for a year's round. */
	record Plan(int yearBe, String titleTh, String titleEn, Windows windows, boolean blindJudging,
			List<AwardCategory.Plan> categories) {

		Plan {
			categories = categories == null ? List.of() : List.copyOf(categories);
		}
	}

	/**
	 * Opens a year's round: a B.E. year from 2500 to 2800, both titles, windows in order and one to
	 * twenty categories with distinct codes. The first field at fault is named.
	 */
	static AwardRound open(RoundId id, Plan plan, Instant at) {
		if (plan.yearBe() < EARLIEST_YEAR_BE || plan.yearBe() > LATEST_YEAR_BE) {
			throw DomainException.invalid("yearBe", "awards.error.year", EARLIEST_YEAR_BE, LATEST_YEAR_BE);
		}
		checkTitlesWindowsAndCategories(plan);
		AwardRound r = new AwardRound();
		r.id = id.value();
		r.yearBe = plan.yearBe();
		r.titleTh = plan.titleTh().strip();
		r.titleEn = plan.titleEn().strip();
		r.windows = plan.windows().checked();
		r.blindJudging = plan.blindJudging();
		r.createdAt = at;
		Set<String> codes = new HashSet<>();
		for (int i = 0; i < plan.categories().size(); i++) {
			AwardCategory c = AwardCategory.of(i, plan.categories().get(i));
			if (!codes.add(c.code())) {
				throw DomainException.invalid("categories[" + i + "].code", "awards.error.codeTwice", c.code());
			}
			r.categories.add(c);
		}
		r.registerEvent(new AwardRoundOpened(id, r.yearBe));
		return r;
	}

	private static void checkTitlesWindowsAndCategories(Plan plan) {
		if (plan.titleTh() == null || plan.titleTh().isBlank()) {
			throw DomainException.invalid("titleTh", "error.required");
		}
		if (plan.titleEn() == null || plan.titleEn().isBlank()) {
			throw DomainException.invalid("titleEn", "error.required");
		}
		if (plan.windows() == null) {
			throw DomainException.invalid("windows", "error.required");
		}
		if (plan.categories().isEmpty() || plan.categories().size() > MAX_CATEGORIES) {
			throw DomainException.invalid("categories", "awards.error.categories", MAX_CATEGORIES);
		}
	}

	/**
	 * The secretariat plans the round anew: titles, windows, blind mode and categories; the year
	 * stays. {@code categoryIds} names, position by position, the category each planned one revises
	 * ({@code null} for a new one, which takes the next position). A category left out is removed,
	 * unless it has nominations ({@code inUse}), and neither may such a category change its kind: both
	 * are a 409. A category's code never changes.
	 */
	void revise(Plan plan, List<UUID> categoryIds, Set<UUID> inUse) {
		checkTitlesWindowsAndCategories(plan);
		Windows checked = plan.windows().checked();
		List<AwardCategory> kept = new ArrayList<>();
		Set<String> codes = new HashSet<>();
		int next = categories.stream().mapToInt(AwardCategory::position).max().orElse(-1) + 1;
		for (int i = 0; i < plan.categories().size(); i++) {
			AwardCategory.Plan planned = plan.categories().get(i);
			UUID existing = i < categoryIds.size() ? categoryIds.get(i) : null;
			AwardCategory c;
			if (existing == null) {
				c = AwardCategory.of(next++, planned);
			}
			else {
				c = category(existing).orElseThrow(() -> DomainException.notFound("award category"));
				c.revise(i, planned, inUse.contains(existing));
			}
			if (!codes.add(c.code())) {
				throw DomainException.invalid("categories[" + i + "].code", "awards.error.codeTwice", c.code());
			}
			kept.add(c);
		}
		for (AwardCategory c : categories) {
			if (!kept.contains(c) && inUse.contains(c.id())) {
				throw DomainException.conflict("awards.error.categoryInUse", c.nameTh(), c.nameEn());
			}
		}
		titleTh = plan.titleTh().strip();
		titleEn = plan.titleEn().strip();
		windows = checked;
		blindJudging = plan.blindJudging();
		categories.retainAll(kept);
		kept.stream().filter(c -> !categories.contains(c)).forEach(categories::add);
	}

	RoundId id() {
		return new RoundId(id);
	}

	int yearBe() {
		return yearBe;
	}

	/** The Common-Era year the round is held in, for English pages. */
	int yearCe() {
		return yearBe - 543;
	}

	/** The year as a reader writes it: B.E. in Thai, C.E. in English. */
	int year(Locale locale) {
		return Languages.pick(locale, yearBe, yearCe());
	}

	String titleTh() {
		return titleTh;
	}

	String titleEn() {
		return titleEn;
	}

	String title(Locale locale) {
		return Languages.pick(locale, titleTh, titleEn);
	}

	Windows windows() {
		return windows;
	}

	boolean blindJudging() {
		return blindJudging;
	}

	long version() {
		return version;
	}

	Phase phaseAt(Instant now) {
		return windows.phaseAt(now);
	}

	List<AwardCategory> categories() {
		return List.copyOf(categories);
	}

	Optional<AwardCategory> category(UUID categoryId) {
		return categories.stream().filter(c -> c.id().equals(categoryId)).findFirst();
	}

	/** How many awards the round gives in all: the sum of its categories' quotas. */
	int awards() {
		return categories.stream().mapToInt(AwardCategory::quota).sum();
	}
}
