package th.tipnet.awards;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import th.tipnet.common.DomainException;
import th.tipnet.common.Languages;

/**
 * A category of a round: what kind of nominee it honours, how many awards it gives (its quota), the
 * prize of each, the criteria the judges apply and the checklist the secretariat checks first.
 * Part of its {@link AwardRound}, changed only through it.
 */
@Entity
@Table(name = "award_category")
class AwardCategory {

	static final int MAX_QUOTA = 100;

	@Id
	private UUID id;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(nullable = false, updatable = false)
	private String code;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Enumerated(EnumType.STRING)
	@Column(name = "nominee_kind", nullable = false)
	private NomineeKind nomineeKind;

	@Column(nullable = false)
	private int quota;

	@Column(nullable = false)
	private boolean plaque;

	@Column(name = "prize_baht")
	private BigDecimal prizeBaht;

	@Column(name = "criteria_th", nullable = false)
	private String criteriaTh;

	@Column(name = "criteria_en", nullable = false)
	private String criteriaEn;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_eligibility_item", joinColumns = @JoinColumn(name = "category_id"))
	@OrderColumn(name = "position")
	private List<EligibilityItem> eligibility = new ArrayList<>();

	protected AwardCategory() {
	}

	/** A category as the secretariat plans it; refuses a missing name or kind and a quota outside 1 to 100. */
	static AwardCategory of(int position, Plan plan) {
		check(position, plan);
		AwardCategory c = new AwardCategory();
		c.id = UUID.randomUUID();
		c.position = position;
		c.code = plan.code().strip();
		c.write(plan);
		return c;
	}

	/**
	 * The secretariat changes the category (planned at {@code index} of the form): everything but its
	 * code; a category with nominations keeps its kind of nominee.
	 */
	void revise(int index, Plan plan, boolean nominated) {
		check(index, plan);
		if (!plan.code().strip().equals(code)) {
			throw DomainException.invalid("categories[" + index + "].code", "awards.error.codeFixed", code);
		}
		if (nominated && plan.nomineeKind() != nomineeKind) {
			throw new DomainException(org.springframework.http.HttpStatus.CONFLICT, "awards.error.kindInUse",
					"categories[" + index + "].nomineeKind", nameTh, nameEn);
		}
		write(plan);
	}

	private void write(Plan plan) {
		nameTh = plan.nameTh().strip();
		nameEn = plan.nameEn().strip();
		nomineeKind = plan.nomineeKind();
		quota = plan.quota();
		plaque = plan.plaque();
		prizeBaht = plan.prizeBaht();
		criteriaTh = plan.criteriaTh() == null ? "" : plan.criteriaTh().strip();
		criteriaEn = plan.criteriaEn() == null ? "" : plan.criteriaEn().strip();
		eligibility.clear();
		eligibility.addAll(plan.eligibility());
	}

	private static void check(int position, Plan plan) {
		String field = "categories[" + position + "].";
		if (blank(plan.code())) {
			throw DomainException.invalid(field + "code", "error.required");
		}
		PlanRules.requireNames(field, plan.nameTh(), plan.nameEn());
		if (plan.nomineeKind() == null) {
			throw DomainException.invalid(field + "nomineeKind", "error.required");
		}
		PlanRules.requireFromOneTo(field + "quota", plan.quota(), MAX_QUOTA, "awards.error.quota");
		if (plan.prizeBaht() != null && plan.prizeBaht().signum() < 0) {
			throw DomainException.invalid(field + "prizeBaht", "awards.error.prize");
		}
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}

	/** What the secretariat decides for a category. */
	record Plan(String code, String nameTh, String nameEn, NomineeKind nomineeKind, int quota, boolean plaque,
			BigDecimal prizeBaht, String criteriaTh, String criteriaEn, List<EligibilityItem> eligibility) {

		Plan {
			eligibility = eligibility == null ? List.of() : List.copyOf(eligibility);
		}
	}

	UUID id() {
		return id;
	}

	int position() {
		return position;
	}

	String code() {
		return code;
	}

	String nameTh() {
		return nameTh;
	}

	String nameEn() {
		return nameEn;
	}

	String name(Locale locale) {
		return Languages.pick(locale, nameTh, nameEn);
	}

	NomineeKind nomineeKind() {
		return nomineeKind;
	}

	int quota() {
		return quota;
	}

	boolean plaque() {
		return plaque;
	}

	BigDecimal prizeBaht() {
		return prizeBaht;
	}

	String criteriaTh() {
		return criteriaTh;
	}

	String criteriaEn() {
		return criteriaEn;
	}

	String criteria(Locale locale) {
		return Languages.pick(locale, criteriaTh, criteriaEn);
	}

	List<EligibilityItem> eligibility() {
		return List.copyOf(eligibility);
	}
}
