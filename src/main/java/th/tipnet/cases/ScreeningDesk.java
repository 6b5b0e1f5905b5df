package th.tipnet.cases;

import static th.tipnet.common.InputRules.text;

import java.time.Clock;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.Languages;
import th.tipnet.common.Recipients;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;

/**
 * The screening of a case the caller's organisation leads, as the page and the API record it: the
 * team (the organisation's users picked by account, outsiders by name), each member's answers and
 * notes to the checklist active now, the interpreter and language, the outcome with its route,
 * reasons and, when undetermined, the court's extension; later an identified victim's reflection and
 * recovery period. Every refused field is named at once and nothing is stored; every change is audited.
 */
@Service
class ScreeningDesk {

	static final int MAX_MEMBERS = 12;

	static final int MAX_NOTE = 2000;

	static final int MAX_REFLECTION_DAYS = 365;

	private final Caseload caseload;

	private final Cases cases;

	private final Checklist checklist;

	private final Recipients recipients;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	ScreeningDesk(Caseload caseload, Cases cases, Checklist checklist, Recipients recipients, Directory directory,
			AuditTrail audit, Clock clock) {
		this.caseload = caseload;
		this.cases = cases;
		this.checklist = checklist;
		this.recipients = recipients;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** A user of the lead organisation who may sit on its screening team. */
	record TeamUser(UUID id, String name) {
	}

	/** The organisation's case workers and supervisors, by name. */
	List<TeamUser> team(UUID organisationId) {
		Map<UUID, TeamUser> once = new LinkedHashMap<>();
		for (String role : CaseAccess.CASE_ROLES) {
			recipients.withRole(organisationId, role).forEach(r -> once.putIfAbsent(r.userId(), new TeamUser(r.userId(), r.name())));
		}
		return once.values().stream().sorted(Comparator.comparing(TeamUser::name)).toList();
	}

	/**
	 * Records the team's screening at the version the caller saw (409 when someone changed the case
	 * since, or it is no longer awaiting screening). The case then awaits a supervisor's sign-off.
	 */
	@Transactional
	Case decide(CaseId id, long version, ScreeningInput input) {
		Case c = caseload.visible(id);
		Caseload.requireVersion(c, version);
		Screening.Decision decision = read(c, input);
		c.decideScreening(decision, Actor.current(), clock);
		cases.save(c);
		Screening s = c.screening().orElseThrow();
		audit.record(CasesAudit.CASE, c.id(), CasesAudit.SCREENING_DECIDED, Changes.none()
			.note("outcome", s.outcome())
			.note("route", s.route())
			.note("members", s.members().size())
			.note("membersWithAccount", s.members().stream().filter(m -> m.userId() != null).count())
			.note("late", s.late())
			.note("language", s.language())
			.note("interpreter", s.interpreter() != null)
			.note("indicators", decision.checklist().size())
			.note("notes", decision.notes().stream().mapToInt(Map::size).sum())
			.note("extendedUntil", s.extension().map(e -> e.until().toString()).orElse(null)));
		return c;
	}

	/** Records (or corrects) an identified victim's reflection and recovery period; 409 for any other outcome. */
	@Transactional
	Case recordReflection(CaseId id, long version, ReflectionInput input) {
		Case c = caseload.visible(id);
		Caseload.requireVersion(c, version);
		if (c.screening().map(s -> s.outcome() != Screening.Outcome.IDENTIFIED_VICTIM).orElse(true)) {
			throw DomainException.conflict("cases.error.reflectionOnlyForVictims");
		}
		Optional<Screening.Reflection> before = c.screening().orElseThrow().reflection();
		Screening.Reflection r = read(c, input);
		c.recordReflection(r, Actor.current(), clock);
		cases.save(c);
		audit.record(CasesAudit.CASE, c.id(), CasesAudit.REFLECTION_RECORDED, Changes.none()
			.field("startsOn", before.map(b -> b.from().toString()).orElse(null), r.from().toString())
			.field("endsOn", before.map(b -> b.until().toString()).orElse(null), r.until().toString())
			.note("grantedBy", r.grantedBy())
			.note("note", r.note() != null));
		return c;
	}

	private Screening.Decision read(Case c, ScreeningInput in) {
		List<Violation> v = new ArrayList<>();
		List<ChecklistIndicator> active = checklist.active();
		Map<String, ChecklistIndicator> known = checklist.byKey();
		List<Screening.Member> members = new ArrayList<>();
		List<Map<String, Screening.Answer>> answers = new ArrayList<>();
		List<Map<String, String>> notes = new ArrayList<>();
		if (in.members().isEmpty()) {
			v.add(new Violation("members", "cases.error.membersRequired"));
		}
		else if (in.members().size() > MAX_MEMBERS) {
			v.add(new Violation("members", "cases.error.membersTooMany", MAX_MEMBERS));
		}
		else {
			List<TeamUser> team = team(c.leadOrganisationId());
			for (int m = 0; m < in.members().size(); m++) {
				ScreeningInput.MemberInput given = in.members().get(m);
				String at = "members[" + m + "]";
				if (given == null) {
					v.add(new Violation(at, "error.required"));
					continue;
				}
				int refused = v.size();
				Screening.Member member = member(c, given, at, team, v);
				Map<String, Screening.Answer> byIndicator = answers(given, at, known, v);
				for (ChecklistIndicator i : active) {
					boolean meansOfAChild = c.childProcedure() && i.group() == Indicator.Group.MEANS;
					if (i.required() && !meansOfAChild && byIndicator.getOrDefault(i.key(), Screening.Answer.UNKNOWN) == Screening.Answer.UNKNOWN
							&& v.stream().noneMatch(x -> x.field().equals(at + ".answers." + i.key()))) {
						v.add(new Violation(at + ".answers." + i.key(), "cases.error.indicatorRequired"));
					}
				}
				Map<String, String> noted = notes(given, at, known, v);
				if (v.size() == refused) {
					members.add(member);
					answers.add(byIndicator);
					notes.add(noted);
				}
			}
		}
		Screening.Outcome outcome = Caseload.enumValue(Screening.Outcome.class, in.outcome(), "outcome", "cases.error.outcome", v);
		Screening.Route route = in.route() == null || in.route().isBlank() ? null
				: Caseload.enumValue(Screening.Route.class, in.route(), "route", "cases.error.route", v);
		if (outcome != null && (outcome == Screening.Outcome.NOT_A_VICTIM) != (route != null)
				&& v.stream().noneMatch(x -> x.field().equals("route"))) {
			v.add(new Violation("route", route == null ? "cases.error.routeRequired" : "cases.error.routeOnlyIfNotAVictim"));
		}
		text(v, "reasons", in.reasons(), 4000, outcome != null && outcome != Screening.Outcome.UNDETERMINED);
		text(v, "interpreter", in.interpreter(), 200, false);
		String language = language(in.language(), in.interpreter() != null && !in.interpreter().isBlank(), v);
		Screening.Extension extension = extension(c, outcome, in, v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new Screening.Decision(members, answers, outcome, route, Caseload.blankToNull(in.reasons()),
				active.stream().map(ChecklistIndicator::key).toList(), notes, Caseload.blankToNull(in.interpreter()), language,
				extension);
	}

	/** A user of the lead organisation by account (named as the account is), or an outsider by name. */
	private Screening.Member member(Case c, ScreeningInput.MemberInput given, String at, List<TeamUser> team, List<Violation> v) {
		Screening.Discipline discipline = Caseload.enumValue(Screening.Discipline.class, given.discipline(), at + ".discipline",
				"cases.error.discipline", v);
		if (given.userId() != null && !given.userId().isBlank()) {
			Optional<TeamUser> user = team.stream().filter(u -> u.id().toString().equals(given.userId().strip())).findFirst();
			if (user.isEmpty()) {
				v.add(new Violation(at + ".userId", "cases.error.memberUser"));
				return null;
			}
			String organisation = directory.summary(OrganisationId.of(c.leadOrganisationId())).map(o -> o.name(Languages.THAI)).orElse(null);
			return new Screening.Member(user.get().name(), organisation, discipline, user.get().id());
		}
		text(v, at + ".name", given.name(), 200, true);
		text(v, at + ".organisation", given.organisation(), 300, false);
		return given.name() == null ? null
				: new Screening.Member(given.name().strip(), Caseload.blankToNull(given.organisation()), discipline);
	}

	private static Map<String, Screening.Answer> answers(ScreeningInput.MemberInput given, String at,
			Map<String, ChecklistIndicator> known, List<Violation> v) {
		Map<String, Screening.Answer> byIndicator = new HashMap<>();
		if (given.answers() == null) {
			return byIndicator;
		}
		given.answers().forEach((key, answer) -> {
			if (indicator(key, at + ".answers." + key, known, v)) {
				Screening.Answer a = Caseload.enumValue(Screening.Answer.class, answer, at + ".answers." + key, "cases.error.answer", v);
				if (a != null) {
					byIndicator.put(key, a);
				}
			}
		});
		return byIndicator;
	}

	private static Map<String, String> notes(ScreeningInput.MemberInput given, String at, Map<String, ChecklistIndicator> known,
			List<Violation> v) {
		Map<String, String> noted = new HashMap<>();
		if (given.notes() == null) {
			return noted;
		}
		given.notes().forEach((key, note) -> {
			String field = at + ".notes." + key;
			if (note != null && !note.isBlank() && indicator(key, field, known, v)) {
				int before = v.size();
				text(v, field, note, MAX_NOTE, false);
				if (v.size() == before) {
					noted.put(key, note.strip());
				}
			}
		});
		return noted;
	}

	/** Whether the key names an indicator of the active checklist; a violation naming the field when not. */
	private static boolean indicator(String key, String field, Map<String, ChecklistIndicator> known, List<Violation> v) {
		ChecklistIndicator i = known.get(key);
		if (i == null) {
			v.add(new Violation(field, "cases.error.indicator"));
			return false;
		}
		if (!i.active()) {
			v.add(new Violation(field, "cases.error.indicatorRetired"));
			return false;
		}
		return true;
	}

	private static String language(String code, boolean interpreted, List<Violation> v) {
		if (code == null || code.isBlank()) {
			if (interpreted) {
				v.add(new Violation("language", "cases.error.interpreterLanguage"));
			}
			return null;
		}
		String c = code.strip().toLowerCase(Locale.ROOT);
		if (!PersonRecords.LANGUAGES.contains(c)) {
			v.add(new Violation("language", "cases.error.language"));
			return null;
		}
		return c;
	}

	/** The court's extension: required for an undetermined screening, refused for any other outcome. */
	private static Screening.Extension extension(Case c, Screening.Outcome outcome, ScreeningInput in, List<Violation> v) {
		boolean given = !blank(in.extendedUntil()) || !blank(in.courtReference());
		if (outcome != Screening.Outcome.UNDETERMINED) {
			if (given && outcome != null) {
				v.add(new Violation(blank(in.extendedUntil()) ? "courtReference" : "extendedUntil",
						"cases.error.extensionOnlyIfUndetermined"));
			}
			return null;
		}
		LocalDate firstContact = c.firstContactAt().atZone(Dates.BANGKOK).toLocalDate();
		LocalDate until = date(in.extendedUntil(), "extendedUntil", v);
		if (until != null && !until.isAfter(firstContact)) {
			v.add(new Violation("extendedUntil", "cases.error.extensionBeforeContact"));
			until = null;
		}
		text(v, "courtReference", in.courtReference(), 200, true);
		return until == null || blank(in.courtReference()) || in.courtReference().length() > 200 ? null
				: new Screening.Extension(until, in.courtReference().strip());
	}

	private static Screening.Reflection read(Case c, ReflectionInput in) {
		List<Violation> v = new ArrayList<>();
		LocalDate from = date(in.startsOn(), "startsOn", v);
		LocalDate until = date(in.endsOn(), "endsOn", v);
		LocalDate firstContact = c.firstContactAt().atZone(Dates.BANGKOK).toLocalDate();
		if (from != null && from.isBefore(firstContact)) {
			v.add(new Violation("startsOn", "cases.error.reflectionBeforeContact"));
		}
		if (from != null && until != null) {
			if (until.isBefore(from)) {
				v.add(new Violation("endsOn", "cases.error.reflectionEndsBeforeStart"));
			}
			else if (ChronoUnit.DAYS.between(from, until) > MAX_REFLECTION_DAYS) {
				v.add(new Violation("endsOn", "cases.error.reflectionTooLong", MAX_REFLECTION_DAYS));
			}
		}
		text(v, "grantedBy", in.grantedBy(), 200, true);
		text(v, "note", in.note(), 4000, false);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new Screening.Reflection(from, until, in.grantedBy().strip(), Caseload.blankToNull(in.note()));
	}

	/** An ISO date or a date typed in either era; required. */
	private static LocalDate date(String text, String field, List<Violation> v) {
		if (blank(text)) {
			v.add(new Violation(field, "error.required"));
			return null;
		}
		Optional<Dates.Typed> typed = Dates.read(text);
		if (typed.isEmpty()) {
			v.add(new Violation(field, "cases.error.date"));
			return null;
		}
		return typed.get().date();
	}

	private static boolean blank(String s) {
		return s == null || s.isBlank();
	}
}
