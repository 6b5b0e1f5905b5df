package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import th.tipnet.common.InvalidInput;

/** A judge's scores as the browser posts them: per criterion, the score typed or chosen and a comment. */
class ScoreForm {

	private List<Row> scores = new ArrayList<>();

	/** One criterion's row. */
	static class Row {

		private String criterionId;

		private String score;

		private String comment;

		public String getCriterionId() {
			return criterionId;
		}

		public void setCriterionId(String criterionId) {
			this.criterionId = criterionId;
		}

		public String getScore() {
			return score;
		}

		public void setScore(String score) {
			this.score = score;
		}

		public String getComment() {
			return comment;
		}

		public void setComment(String comment) {
			this.comment = comment;
		}
	}

	static ScoreForm of(List<Criterion> rubric, List<Score> given) {
		ScoreForm form = new ScoreForm();
		for (Criterion c : rubric) {
			Row row = new Row();
			row.criterionId = c.id().toString();
			given.stream().filter(s -> s.criterionId().equals(c.id())).findFirst().ifPresent(s -> {
				row.score = String.valueOf(s.score());
				row.comment = s.comment();
			});
			form.scores.add(row);
		}
		return form;
	}

	/** The rows with a score, for the desk; a score that is not a whole number is named. */
	List<JudgeDesk.Entry> entries() {
		List<InvalidInput.Violation> v = new ArrayList<>();
		List<JudgeDesk.Entry> entries = new ArrayList<>();
		for (int i = 0; i < scores.size(); i++) {
			Row row = scores.get(i);
			if (row.score == null || row.score.isBlank()) {
				continue;
			}
			try {
				entries.add(new JudgeDesk.Entry(UUID.fromString(row.criterionId), Integer.valueOf(row.score.strip()), row.comment));
			}
			catch (IllegalArgumentException | NullPointerException e) {
				v.add(new InvalidInput.Violation("scores[" + i + "].score", "awards.error.scale", Criterion.LOWEST, Criterion.HIGHEST));
			}
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return entries;
	}

	public List<Row> getScores() {
		return scores;
	}

	public void setScores(List<Row> scores) {
		this.scores = scores;
	}
}
