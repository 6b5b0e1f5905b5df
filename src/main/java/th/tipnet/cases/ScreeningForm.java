package th.tipnet.cases;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * The screening form as the browser posts it: the indicators it asked (their keys, in the order the
 * rows' answers and notes follow), the team, each member with an answer to every indicator (unknown
 * until changed) and an optional note, the interpreter and language, the outcome with its route,
 * reasons and the court's extension. A form-backing bean, not a domain object: {@link ScreeningDesk#decide}
 * checks what it holds, exactly as for the API.
 */
class ScreeningForm {

	static final int MEMBER_ROWS = 3;

	private long version;

	private List<String> indicators = new ArrayList<>();

	private List<MemberRow> members = new ArrayList<>();

	private String outcome;

	private String route;

	private String reasons;

	private String interpreter;

	private String language;

	private String extendedUntil;

	private String courtReference;

	/** Three empty rows, the first one for the person filling the form in, picked by their account. */
	static ScreeningForm blank(long version, List<String> indicators, String userId, String language) {
		ScreeningForm f = new ScreeningForm();
		f.version = version;
		f.indicators = new ArrayList<>(indicators);
		f.language = language;
		MemberRow me = new MemberRow();
		me.setUserId(userId);
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
		members.forEach(m -> m.answerEveryIndicator(indicators.size()));
	}

	/**
	 * Puts the rows' answers and notes in the order of {@code current} (the checklist may have changed
	 * since the form was shown): what was given to an indicator still asked stays with it.
	 */
	void alignTo(List<String> current) {
		for (MemberRow m : members) {
			Map<String, String> answers = m.byIndicator(indicators, m.answers);
			Map<String, String> notes = m.byIndicator(indicators, m.notes);
			m.answers = new ArrayList<>(current.stream().map(k -> answers.getOrDefault(k, Screening.Answer.UNKNOWN.name())).toList());
			m.notes = new ArrayList<>(current.stream().map(k -> notes.getOrDefault(k, "")).toList());
		}
		indicators = new ArrayList<>(current);
	}

	ScreeningInput input() {
		return new ScreeningInput(members.stream()
			.map(m -> new ScreeningInput.MemberInput(blankToNull(m.getUserId()), m.getName(), m.getOrganisation(), m.getDiscipline(),
					m.byIndicator(indicators, m.answers), m.byIndicator(indicators, m.notes)))
			.toList(), outcome, blankToNull(route), reasons, blankToNull(interpreter), blankToNull(language),
				blankToNull(extendedUntil), blankToNull(courtReference));
	}

	/** The form's name for a field the checklist names by key: {@code members[0].answers.MEANS:DebtBondage} → {@code members[0].answers[3]}. */
	String fieldOf(String field) {
		for (String list : List.of(".answers.", ".notes.")) {
			int at = field == null ? -1 : field.indexOf(list);
			if (at > 0) {
				int n = indicators.indexOf(field.substring(at + list.length()));
				if (n >= 0) {
					return field.substring(0, at) + list.substring(0, list.length() - 1) + "[" + n + "]";
				}
			}
		}
		return field;
	}

	private static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s;
	}

	public static class MemberRow {

		private String userId;

		private String name;

		private String organisation;

		private String discipline;

		/** The answers in the form's order of indicators: a form may index only by number. */
		private List<String> answers = new ArrayList<>();

		/** The notes, in the same order. */
		private List<String> notes = new ArrayList<>();

		boolean isEmpty() {
			return blank(userId) && blank(name) && blank(organisation) && blank(discipline)
					&& answers.stream().allMatch(a -> blank(a) || "UNKNOWN".equals(a)) && notes.stream().allMatch(MemberRow::blank);
		}

		private static boolean blank(String s) {
			return s == null || s.isBlank();
		}

		void answerEveryIndicator(int indicators) {
			while (answers.size() < indicators) {
				answers.add(Screening.Answer.UNKNOWN.name());
			}
			while (notes.size() < indicators) {
				notes.add("");
			}
		}

		/** A list of the row's (answers or notes) by indicator key, as the API takes them; blank entries left out. */
		Map<String, String> byIndicator(List<String> keys, List<String> values) {
			Map<String, String> byKey = new LinkedHashMap<>();
			for (int i = 0; i < Math.min(values.size(), keys.size()); i++) {
				if (!blank(values.get(i))) {
					byKey.put(keys.get(i), values.get(i));
				}
			}
			return byKey;
		}

		public String getUserId() {
			return userId;
		}

		public void setUserId(String userId) {
			this.userId = userId;
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

		public List<String> getNotes() {
			return notes;
		}

		public void setNotes(List<String> notes) {
			this.notes = notes;
		}
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<String> getIndicators() {
		return indicators;
	}

	public void setIndicators(List<String> indicators) {
		this.indicators = indicators;
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

	public String getInterpreter() {
		return interpreter;
	}

	public void setInterpreter(String interpreter) {
		this.interpreter = interpreter;
	}

	public String getLanguage() {
		return language;
	}

	public void setLanguage(String language) {
		this.language = language;
	}

	public String getExtendedUntil() {
		return extendedUntil;
	}

	public void setExtendedUntil(String extendedUntil) {
		this.extendedUntil = extendedUntil;
	}

	public String getCourtReference() {
		return courtReference;
	}

	public void setCourtReference(String courtReference) {
		this.courtReference = courtReference;
	}
}
