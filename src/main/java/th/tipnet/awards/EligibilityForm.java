package th.tipnet.awards;

import java.util.ArrayList;
import java.util.List;

import th.tipnet.common.InvalidInput;

/** The eligibility check as the browser posts it: for each checklist item, met or not, and why not. */
class EligibilityForm {

	private long version;

	private List<Item> checks = new ArrayList<>();

	/** One item's answer; {@code met} stays null until the secretariat chooses. */
	static class Item {

		private Boolean met;

		private String reason;

		public Boolean getMet() {
			return met;
		}

		public void setMet(Boolean met) {
			this.met = met;
		}

		public String getReason() {
			return reason;
		}

		public void setReason(String reason) {
			this.reason = reason;
		}
	}

	static EligibilityForm of(Nomination n, int items) {
		EligibilityForm form = new EligibilityForm();
		form.version = n.version();
		List<EligibilityCheck> done = n.eligibilityChecks();
		for (int i = 0; i < items; i++) {
			Item item = new Item();
			if (i < done.size()) {
				item.met = done.get(i).met();
				item.reason = done.get(i).reason();
			}
			form.checks.add(item);
		}
		return form;
	}

	/** The answers for the desk; an item left unanswered is named. */
	List<EligibilityCheck> answers(int items) {
		List<InvalidInput.Violation> v = new ArrayList<>();
		List<EligibilityCheck> answers = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			Item item = i < checks.size() ? checks.get(i) : new Item();
			if (item.met == null) {
				v.add(new InvalidInput.Violation("checks[" + i + "].met", "awards.error.metOrNot"));
			}
			answers.add(new EligibilityCheck(Boolean.TRUE.equals(item.met), item.reason));
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return answers;
	}

	public long getVersion() {
		return version;
	}

	public void setVersion(long version) {
		this.version = version;
	}

	public List<Item> getChecks() {
		return checks;
	}

	public void setChecks(List<Item> checks) {
		this.checks = checks;
	}
}
