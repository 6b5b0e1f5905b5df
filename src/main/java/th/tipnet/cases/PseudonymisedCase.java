package th.tipnet.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.List;
import java.util.UUID;

import io.swagger.v3.oas.annotations.media.Schema;

import th.tipnet.common.Dates;

/**
 * A case as a coordinator sees it: what oversight needs and nothing that names or describes the
 * person. No names, documents, contacts, circumstances, district or birth date (an age band instead),
 * no screening reasons, team or indicators, no consent details, and timeline steps without who did
 * them. Built only from {@link OverseenCases}' queries, which never read those columns.
 */
@Schema(name = "PseudonymisedCase", description = "A case as a provincial or network coordinator sees it: nothing "
		+ "that names or describes the person")
record PseudonymisedCase(UUID id, @Schema(description = "The case number, the case's pseudonym") String caseNumber,
		@Schema(implementation = CaseStatus.class) String status, String provinceCode,
		@Schema(implementation = Channel.class) String channel, Instant firstContactAt, Instant openedAt,
		boolean childProcedure,
		@Schema(implementation = AgeBand.class, description = "The youngest the person may have been at first contact") String ageBand,
		UUID leadOrganisationId, CaseView.Screening screening,
		@Schema(implementation = Screening.Outcome.class, description = "Null until the team decided") String screeningOutcome,
		@Schema(implementation = Screening.Route.class) String screeningRoute, Instant screeningSignedOffAt,
		List<ReferralState> referrals, List<Step> timeline) {

	/** The age bands a coordinator sees, by the youngest the person may have been at first contact. */
	enum AgeBand {
		UNDER_12, FROM_12_TO_17, FROM_18_TO_24, FROM_25_TO_34, FROM_35_TO_49, FROM_50, UNKNOWN;

		static AgeBand of(Integer age) {
			if (age == null) {
				return UNKNOWN;
			}
			if (age < 12) {
				return UNDER_12;
			}
			if (age < 18) {
				return FROM_12_TO_17;
			}
			if (age < 25) {
				return FROM_18_TO_24;
			}
			if (age < 35) {
				return FROM_25_TO_34;
			}
			return age < 50 ? FROM_35_TO_49 : FROM_50;
		}
	}

	/** A line of a coordinator's list. */
	@Schema(name = "PseudonymisedCaseLine")
	record Line(UUID id, String caseNumber, @Schema(implementation = CaseStatus.class) String status, String provinceCode,
			@Schema(implementation = Channel.class) String channel, Instant firstContactAt, boolean childProcedure,
			@Schema(implementation = AgeBand.class) String ageBand, UUID leadOrganisationId, CaseView.Screening screening,
			@Schema(implementation = Screening.Outcome.class) String screeningOutcome) {
	}

	/** A referral's state, without consent details, notes or names. */
	@Schema(name = "PseudonymisedReferralState")
	record ReferralState(UUID id, UUID senderOrganisationId, UUID receiverOrganisationId,
			@Schema(description = "For an onward referral, the referral its sender accepted") UUID onwardFrom, String purpose,
			@Schema(implementation = Referral.Urgency.class) String urgency,
			@Schema(implementation = Referral.State.class) String state, Instant sentAt, Instant answerDueAt,
			Instant answeredAt) {
	}

	/** A step of the timeline: what and when, not who. */
	@Schema(name = "PseudonymisedStep")
	record Step(String step, Instant at) {
	}

	/**
	 * The columns {@link OverseenCases#lines} and {@link OverseenCases#line} read, in order: id, number,
	 * status, province, channel, first contact, screening due, opened, child procedure, lead organisation,
	 * birth precision, year, month, day, estimated age, screening outcome, route, decided at, signed off at.
	 */
	static final String COLUMNS = "c.id, c.number, c.status, c.provinceCode, c.channel, c.firstContactAt, c.screeningDueAt, "
			+ "c.openedAt, c.childProcedure, c.leadOrganisationId, c.birth.precision, c.birth.year, c.birth.month, "
			+ "c.birth.day, c.birth.estimatedAge, s.outcome, s.route, s.decidedAt, s.signedOffAt";

	static Line line(Object[] row, Instant now) {
		return new Line((UUID) row[0], (String) row[1], name(row[2]), (String) row[3], name(row[4]), (Instant) row[5],
				(Boolean) row[8], ageBand(row).name(), (UUID) row[9],
				CaseView.Screening.of(new ScreeningClock((Instant) row[6], now, (Instant) row[17])), name(row[15]));
	}

	static PseudonymisedCase of(Object[] row, Instant now, List<Object[]> referrals, List<Object[]> steps) {
		return new PseudonymisedCase((UUID) row[0], (String) row[1], name(row[2]), (String) row[3], name(row[4]),
				(Instant) row[5], (Instant) row[7], (Boolean) row[8], ageBand(row).name(), (UUID) row[9],
				CaseView.Screening.of(new ScreeningClock((Instant) row[6], now, (Instant) row[17])), name(row[15]),
				name(row[16]), (Instant) row[18],
				referrals.stream()
					.map(r -> new ReferralState((UUID) r[0], (UUID) r[1], (UUID) r[2], (UUID) r[3], (String) r[4],
							name(r[5]), name(r[6]), (Instant) r[7], (Instant) r[8], (Instant) r[9]))
					.toList(),
				steps.stream().map(s -> new Step((String) s[0], (Instant) s[1])).toList());
	}

	/** The youngest the person may have been at first contact, as a band: never the date itself. */
	private static AgeBand ageBand(Object[] row) {
		Birth.Precision precision = (Birth.Precision) row[10];
		Integer year = (Integer) row[11];
		Integer month = (Integer) row[12];
		Integer day = (Integer) row[13];
		Birth birth = switch (precision) {
			case COMPLETE -> Birth.on(LocalDate.of(year, month, day));
			case YEAR_MONTH -> Birth.in(YearMonth.of(year, month));
			case YEAR -> Birth.inYear(year);
			case ESTIMATED -> Birth.estimated((Integer) row[14]);
			case UNKNOWN -> Birth.unknown();
		};
		LocalDate contact = ((Instant) row[5]).atZone(Dates.BANGKOK).toLocalDate();
		return AgeBand.of(birth.youngestAgeOn(contact).orElse(null));
	}

	private static String name(Object value) {
		return value == null ? null : ((Enum<?>) value).name();
	}
}
