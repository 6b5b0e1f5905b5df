package th.tipnet.awards;

import java.util.Locale;
import java.util.UUID;

/**
 * A confirmed winner ({@link Winners.Winner}) with its category, as the ceremony's documents need
 * them: the certificate's award line and the prize list's plaque and amount come from the category.
 */
record PrizeWinner(Winners.Winner winner, AwardCategory category) {

	NominationId nomination() {
		return winner.nominationId();
	}

	int place() {
		return winner.place();
	}

	NomineeKind kind() {
		return winner.kind();
	}

	/** Who receives the award, as printed: the person's name, the organisation's or the province's name. */
	String holder(Locale language) {
		return winner.nomineeName(language);
	}

	/** The organisation the award goes to: the nominated one or the nominated person's; none for a province. */
	UUID organisationId() {
		return winner.organisationId() == null ? null : winner.organisationId().value();
	}

	/** The nominated province or the person's; none for an organisation. */
	String provinceCode() {
		return winner.provinceCode() == null ? null : winner.provinceCode().value();
	}
}
