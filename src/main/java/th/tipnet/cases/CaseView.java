package th.tipnet.cases;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A case as its lead organisation's case workers see it, on the page and in the API: the intake,
 * the person and the screening clock. Codes are the API's (HTCDS value names where HTCDS has a list).
 */
record CaseView(UUID id, String caseNumber, String status, String channel, Instant firstContactAt, String provinceCode,
		String district, String circumstances, List<String> exploitationTypes, boolean childProcedure, Person person,
		Screening screening, Decision decision, UUID leadOrganisationId, Instant openedAt, long version) {

	/**
	 * The team's screening: its members, every indicator they answered with each member's answer and
	 * note in the members' order (dissent shows), the outcome with its route and reasons, who decided
	 * and who signed off; the interpreter and language; the court's extension of an undetermined
	 * screening; an identified victim's reflection and recovery period.
	 */
	record Decision(String outcome, String route, String reasons, boolean late, Instant decidedAt, String decidedBy,
			Instant signedOffAt, String signedOffBy, List<Member> members, List<IndicatorAnswers> indicators,
			String interpreter, String language, java.time.LocalDate extendedUntil, String courtReference,
			Reflection reflection) {

		static Decision of(th.tipnet.cases.Screening s) {
			var extension = s.extension();
			return new Decision(s.outcome().name(), s.route() == null ? null : s.route().name(), s.reasons(), s.late(),
					s.decidedAt(), s.decidedByName(), s.signedOffAt(), s.signedOffByName(),
					s.members().stream().map(m -> new Member(m.name(), m.organisation(), m.discipline().name(), m.userId())).toList(),
					s.indicatorKeys().stream()
						.map(key -> new IndicatorAnswers(key, key.substring(0, key.indexOf(':')),
								Indicator.of(key).map(Indicator::labelKey).orElse(null),
								s.answers(key).stream().map(Enum::name).toList(), s.notes(key)))
						.toList(),
					s.interpreter(), s.language(), extension.map(th.tipnet.cases.Screening.Extension::until).orElse(null),
					extension.map(th.tipnet.cases.Screening.Extension::courtReference).orElse(null),
					s.reflection()
						.map(r -> new Reflection(r.from(), r.until(), r.grantedBy(), r.note(), s.reflectionRecordedAt(),
								s.reflectionRecordedBy()))
						.orElse(null));
		}
	}

	/** A member of the team; {@code userId} for a user of the lead organisation, null for an outsider. */
	record Member(String name, String organisation, String discipline, UUID userId) {
	}

	/** An identified victim's reflection and recovery period, and who recorded it when. */
	record Reflection(java.time.LocalDate startsOn, java.time.LocalDate endsOn, String grantedBy, String note,
			Instant recordedAt, String recordedBy) {
	}

	/**
	 * An indicator and each member's answer and note (null where none); {@code labelKey} names an
	 * indicator of the checklist as first built in the reader's language (null for one added since:
	 * its wording is the checklist's, {@code GET /api/v1/screening-indicators}).
	 */
	record IndicatorAnswers(String indicator, String group, String labelKey, List<String> answers, List<String> notes) {

		public boolean anyYes() {
			return answers.contains("YES");
		}

		public boolean dissent() {
			return answers.stream().distinct().count() > 1;
		}

		public boolean noted() {
			return notes.stream().anyMatch(java.util.Objects::nonNull);
		}
	}

	record Person(List<Name> names, String gender, Birth birth, List<String> nationalities) {
	}

	record Name(String name, String kind) {
	}

	/** What is known of the birth; {@code year} in the Common Era. */
	record Birth(String precision, Integer year, Integer month, Integer day, Integer estimatedAge,
			Integer youngestAgeAtFirstContact) {
	}

	/** The screening clock: due at, ON_TIME / DUE_SOON (under 4 hours) / OVERDUE, and minutes left (negative when overdue). */
	record Screening(Instant dueAt, String state, long minutesLeft, long hours, int minutes) {

		static Screening of(ScreeningClock clock) {
			return new Screening(clock.dueAt(), clock.state().name(), clock.left().toMinutes(), clock.hours(),
					clock.minutes());
		}
	}

	/** One step of the timeline. */
	record Step(String step, Instant at, UUID actorId, String actorName) {
	}

	static CaseView of(Case c, ScreeningClock clock) {
		th.tipnet.cases.Birth b = c.birth();
		Person person = new Person(c.names().stream().map(n -> new Name(n.name(), n.kind().name())).toList(),
				c.gender().code(),
				new Birth(b.precision().name(), b.year(), b.month(), b.day(), b.estimatedAge(),
						b.youngestAgeOn(c.firstContactAt().atZone(th.tipnet.common.Dates.BANGKOK).toLocalDate()).orElse(null)),
				List.copyOf(c.nationalities()));
		return new CaseView(c.id().value(), c.number().value(), c.status().name(), c.channel().name(), c.firstContactAt(),
				c.provinceCode(), c.district(), c.circumstances(),
				c.exploitation().stream().map(Exploitation::code).sorted().toList(), c.childProcedure(), person,
				Screening.of(clock), c.screening().map(Decision::of).orElse(null), c.leadOrganisationId(), c.openedAt(),
				c.version());
	}

	/**
	 * The case as a receiving organisation sees it once it accepted a referral: the sections shared,
	 * nothing else (PERSON: the person; INTAKE: the first contact and its story; SCREENING: the team's decision).
	 */
	static CaseView shared(Case c, java.util.Set<Referral.Section> sections, ScreeningClock clock) {
		CaseView all = of(c, clock);
		boolean intake = sections.contains(Referral.Section.INTAKE);
		return new CaseView(all.id(), all.caseNumber(), all.status(), intake ? all.channel() : null,
				intake ? all.firstContactAt() : null, all.provinceCode(), intake ? all.district() : null,
				intake ? all.circumstances() : null, all.exploitationTypes(), all.childProcedure(),
				sections.contains(Referral.Section.PERSON) ? all.person() : null, all.screening(),
				sections.contains(Referral.Section.SCREENING) ? all.decision() : null, all.leadOrganisationId(),
				all.openedAt(), all.version());
	}

	static List<Step> timeline(Case c) {
		return c.steps().stream().map(s -> new Step(s.what(), s.at(), s.actorId(), s.actorName())).toList();
	}

	/** A line of the organisation's list: no names, nothing of the person but the child procedure. */
	record Summary(UUID id, String caseNumber, String status, String channel, String provinceCode, Instant firstContactAt,
			boolean childProcedure, Screening screening) {

		static Summary of(Case c, ScreeningClock clock) {
			return new Summary(c.id().value(), c.number().value(), c.status().name(), c.channel().name(), c.provinceCode(),
					c.firstContactAt(), c.childProcedure(), Screening.of(clock));
		}
	}
}
