package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;

/**
 * The rubric editor's form as the browser posts it: one row per criterion, the weight typed as text;
 * a row left wholly empty is dropped, so the empty row at the end adds a criterion and emptying a row
 * removes one.
 */
class RubricForm {

	private List<Row> criteria = new ArrayList<>();

	/** The form filled from a rubric, with one empty row to add a criterion. */
	static RubricForm of(List<Criterion> rubric) {
		RubricForm f = new RubricForm();
		rubric.forEach(c -> f.criteria.add(new Row(c.nameTh(), c.nameEn(), String.valueOf(c.weight()))));
		f.addEmptyRow();
		return f;
	}

	/**
	 * The criteria as planned, from the rows left after {@link #dropEmptyRows()}. A weight that is not
	 * a whole number counts as none (0), so the criterion's own rule refuses it with its message.
	 */
	List<RubricDesk.Planned> planned() {
		return criteria.stream().map(r -> new RubricDesk.Planned(r.getNameTh(), r.getNameEn(), weight(r.getWeight()))).toList();
	}

	/** Drops the rows left wholly empty, so positions match the fields a refusal names. */
	void dropEmptyRows() {
		criteria.removeIf(Row::empty);
	}

	/** One empty row at the end, to add a criterion. */
	void addEmptyRow() {
		criteria.add(new Row());
	}

	private static int weight(String typed) {
		try {
			return Integer.parseInt(typed == null ? "" : typed.strip());
		}
		catch (NumberFormatException e) {
			return 0;
		}
	}

	public List<Row> getCriteria() {
		return criteria;
	}

	public void setCriteria(List<Row> criteria) {
		this.criteria = criteria;
	}

	/** One criterion's row. */
	public static class Row {

		private String nameTh;

		private String nameEn;

		private String weight;

		public Row() {
		}

		Row(String nameTh, String nameEn, String weight) {
			this.nameTh = nameTh;
			this.nameEn = nameEn;
			this.weight = weight;
		}

		boolean empty() {
			return blank(nameTh) && blank(nameEn) && blank(weight);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		public String getNameTh() {
			return nameTh;
		}

		public void setNameTh(String nameTh) {
			this.nameTh = nameTh;
		}

		public String getNameEn() {
			return nameEn;
		}

		public void setNameEn(String nameEn) {
			this.nameEn = nameEn;
		}

		public String getWeight() {
			return weight;
		}

		public void setWeight(String weight) {
			this.weight = weight;
		}
	}
}
