package th.tipnet.cases;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * One question of the screening checklist, in the three parts of the trafficking definition
 * (Palermo Protocol, art. 3): an act, a means and a purpose. Means are HTCDS 2.0's methods of
 * control ({@code vic_MethodsOfControl}), purposes its types of exploitation; HTCDS has no list of
 * acts, so those are the Protocol's five. Written as {@code GROUP:Code}, e.g. {@code MEANS:DebtBondage}.
 */
record Indicator(Group group, String code) {

	enum Group {
		ACT, MEANS, PURPOSE
	}

	static final List<String> ACTS = List.of("Recruitment", "Transport", "Transfer", "Harbouring", "Receipt");

	static final List<String> MEANS = List.of("PhysicalThreats", "ThreatsLawEnforcement", "ThreatensChildrenFamily",
			"DebtBondage", "FalsePromises", "PhysicalAbuse", "SexualAbuse", "TakesEarnings", "RestrictsFinancialAccess",
			"RestrictsMedicalCare", "WithholdsNecessities", "PsychologicalAbuse", "PsychoactiveSubstance",
			"ExcessiveWorkingHours", "WithholdsDocuments", "Other");

	static final List<Indicator> ALL = all();

	private static List<Indicator> all() {
		List<Indicator> all = new ArrayList<>();
		ACTS.forEach(a -> all.add(new Indicator(Group.ACT, a)));
		MEANS.forEach(m -> all.add(new Indicator(Group.MEANS, m)));
		for (Exploitation e : Exploitation.values()) {
			all.add(new Indicator(Group.PURPOSE, e.code()));
		}
		return List.copyOf(all);
	}

	/** The codes an indicator of the part may carry: the Protocol's acts, HTCDS's methods of control or types of exploitation. */
	static List<String> codesOf(Group group) {
		return switch (group) {
			case ACT -> ACTS;
			case MEANS -> MEANS;
			case PURPOSE -> java.util.Arrays.stream(Exploitation.values()).map(Exploitation::code).toList();
		};
	}

	static Optional<Indicator> of(String key) {
		return ALL.stream().filter(i -> i.key().equals(key)).findFirst();
	}

	public String key() {
		return group + ":" + code;
	}

	/** The message key of its label: {@code cases.indicator.MEANS.DebtBondage}; a purpose is labelled as the exploitation. */
	public String labelKey() {
		return group == Group.PURPOSE ? "cases.exploitation." + Exploitation.of(code).orElseThrow().name()
				: "cases.indicator." + group + "." + code;
	}
}
