package th.tipnet.awards;

import java.text.NumberFormat;
import java.util.Locale;
import java.util.Optional;

import org.springframework.stereotype.Component;

import th.tipnet.cases.ProvinceFigures;
import th.tipnet.cases.ReferralMechanismFigures;
import th.tipnet.cases.SmallNumbers;

/**
 * What a province nomination's readers (the secretariat, its nominators, and the category's judges)
 * see of the nominated province's referral mechanism in the round's year, read through the cases
 * module's {@link ReferralMechanismFigures}: aggregates only, small numbers already suppressed there.
 * Who may read the nomination is decided before this is asked.
 */
@Component
class ModelProvinceFigures {

	private final ReferralMechanismFigures figures;

	ModelProvinceFigures(ReferralMechanismFigures figures) {
		this.figures = figures;
	}

	/** The figures for a province nomination; empty for a person or an organisation. */
	Optional<View> of(Nomination nomination, AwardRound round, Locale locale) {
		String province = nomination.nominee().provinceCode();
		if (nomination.nominee().kind() != NomineeKind.PROVINCE || province == null) {
			return Optional.empty();
		}
		ProvinceFigures f = figures.ofProvince(province, round.yearCe());
		return Optional.of(new View(round.year(locale), f.any(), line(f.victimsIdentified(), 0, locale),
				line(f.medianHoursToScreening(), 1, locale), line(f.referralsAnsweredInTimePercent(), 0, locale),
				line(f.servicesDelivered(), 0, locale), SmallNumbers.THRESHOLD));
	}

	private static Line line(SmallNumbers.Figure figure, int decimals, Locale locale) {
		if (!figure.present()) {
			return new Line(figure.shown().name(), null);
		}
		NumberFormat format = NumberFormat.getNumberInstance(locale);
		format.setMaximumFractionDigits(decimals);
		format.setMinimumFractionDigits(decimals);
		return new Line(figure.shown().name(), format.format(figure.value()));
	}

	/** The section's content: the year as the reader writes it, and whether the province has any figure, the
	 * smallest number shown. */
	record View(int year, boolean any, Line victimsIdentified, Line medianHoursToScreening,
			Line referralsAnsweredInTime, Line servicesDelivered, int threshold) {
	}

	/** One figure: {@code VALUE} with its text, {@code SUPPRESSED} (too few to show) or {@code NONE}. */
	record Line(String shown, String value) {
	}
}
