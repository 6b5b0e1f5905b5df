package th.tipnet.awards;

import java.util.Locale;
import java.util.UUID;

import jakarta.persistence.Column;
import jakarta.persistence.Entity;
import jakarta.persistence.Id;
import jakarta.persistence.Table;

import th.tipnet.common.Languages;

/**
 * One criterion of a category's rubric: its names and its weight (1 to 100, relative to the
 * others). Judges score it on the scale from {@link #LOWEST} to {@link #HIGHEST}.
 */
@Entity
@Table(name = "award_criterion")
class Criterion {

	static final int LOWEST = 1;

	static final int HIGHEST = 10;

	static final int MAX_WEIGHT = 100;

	@Id
	private UUID id;

	@Column(name = "category_id", nullable = false, updatable = false)
	private UUID categoryId;

	@Column(nullable = false, updatable = false)
	private int position;

	@Column(name = "name_th", nullable = false)
	private String nameTh;

	@Column(name = "name_en", nullable = false)
	private String nameEn;

	@Column(nullable = false)
	private int weight;

	protected Criterion() {
	}

	/** A criterion with both names and a weight from 1 to 100. */
	static Criterion of(UUID categoryId, int position, String nameTh, String nameEn, int weight) {
		check(position, nameTh, nameEn, weight);
		Criterion c = new Criterion();
		c.id = UUID.randomUUID();
		c.categoryId = categoryId;
		c.position = position;
		c.nameTh = nameTh.strip();
		c.nameEn = nameEn.strip();
		c.weight = weight;
		return c;
	}

	/** The rules of a criterion planned at {@code position}: both names, a weight from 1 to 100. */
	static void check(int position, String nameTh, String nameEn, int weight) {
		PlanRules.requireNames("criteria[" + position + "].", nameTh, nameEn);
		PlanRules.requireFromOneTo("criteria[" + position + "].weight", weight, MAX_WEIGHT, "awards.error.weight");
	}

	/** The secretariat renames or reweighs the criterion, before any judge has scored the category. */
	void revise(String nameTh, String nameEn, int weight) {
		check(position, nameTh, nameEn, weight);
		this.nameTh = nameTh.strip();
		this.nameEn = nameEn.strip();
		this.weight = weight;
	}

	UUID id() {
		return id;
	}

	UUID categoryId() {
		return categoryId;
	}

	int position() {
		return position;
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

	int weight() {
		return weight;
	}
}
