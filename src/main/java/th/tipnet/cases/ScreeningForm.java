package th.tipnet.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening form as the browser posts it: the team, each member with an answer to every
 * indicator (unknown until changed), the outcome with its route and reasons. A form-backing bean,
 * not a domain object: {@link Caseload#decideScreening} checks what it holds, exactly as for the API.
 */
class ScreeningForm {

	static final int MEMBER_ROWS = 3;

	private long version;

	private List<MemberRow> members = new ArrayList<>();

	private String outcome;

	private String route;

	private String reasons;

	/** Three empty rows, the first one for the person filling the form in. */
	static ScreeningForm blank(long version, String name, String organisation) {
		ScreeningForm f = new ScreeningForm();
		f.version = version;
		MemberRow me = new MemberRow();
		me.setName(name);
		me.setOrganisation(organisation);
		f.members.add(me);
		f.fillRows(MEMBER_ROWS);
		return f;
	}

	/** Rows with nothing typed and nothing answered are left out, so errors name the rows that stay. */
	void dropEmptyRows() {
		members.removeIf(m -> m == null || m.isEmpty());
	}

	/** At least {@code rows} rows, every indicator answered (unknown until someone says otherwise). */
	void fillRows(int rows) {
		while (members.size() < rows) {
			members.add(new MemberRow());
		}
		members.forEach(MemberRow::answerEveryIndicator);
	}

	ScreeningInput input() {
		return new ScreeningInput(members.stream()
			.map(m -> new ScreeningInput.MemberInput(m.getName(), m.getOrganisation(), m.getDiscipline(), m.byIndicator()))
			.toList(), outcome, blankToNull(route), reasons);
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	public static class MemberRow {

		private String name;

		private String organisation;

		private String discipline;

		/** The answers in the checklist's order ({@link Indicator#ALL}): a form may index only by number. */
		private List<String> answers = new ArrayList<>();

		boolean isEmpty() {
			return (name == null || name.isBlank()) && (organisation == null || organisation.isBlank())
					&& (discipline == null || discipline.isBlank())
					&& answers.stream().allMatch(a -> a == null || a.isBlank() || "UNKNOWN".equals(a));
		}

		void answerEveryIndicator() {
			while (answers.size() < Indicator.ALL.size()) {
				answers.add(Screening.Answer.UNKNOWN.name());
			}
		}

		/** The answers by indicator key, as the API takes them. */
		Map<String, String> byIndicator() {
			Map<String, String> byKey = new LinkedHashMap<>();
			for (int i = 0; i < Math.min(answers.size(), Indicator.ALL.size()); i++) {
				byKey.put(Indicator.ALL.get(i).key(), answers.get(i));
			}
			return byKey;
		}

		public String getName() {
			return name;
		}

		public void setName(String name) {
			this.name = name;
		}

		public String getOrganisation() {
			return organisation;
		}

		public void setOrganisation(String organisation) {
			this.organisation = organisation;
		}

		public String getDiscipline() {
			return discipline;
		}

		public void setDiscipline(String discipline) {
			this.discipline = discipline;
		}

		public List<String> getAnswers() {
			return answers;
		}

		public void setAnswers(List<String> answers) {
			this.answers = answers;
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<MemberRow> getMembers() {
		return members;
	}

	public void setMembers(List<MemberRow> members) {
		this.members = members;
	}

	public String getOutcome() {
		return outcome;
	}

	public void setOutcome(String outcome) {
		this.outcome = outcome;
	}

	public String getRoute() {
		return route;
	}

	public void setRoute(String route) {
		this.route = route;
	}

	public String getReasons() {
		return reasons;
	}

	public void setReasons(String reasons) {
		this.reasons = reasons;
	}
}
