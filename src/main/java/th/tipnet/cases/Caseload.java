package th.tipnet.cases;

import static th.tipnet.common.InputRules.text;

import java.text.Normalizer;
import java.time.Clock;
import java.time.DateTimeException;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.YearMonth;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.annotation.Transactional;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.json.JsonMapper;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Fingerprint;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.InvalidInput.Violation;
import th.tipnet.common.SecretBox;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;

/**
 * A case worker's caseload: opening cases at intake, the organisation's list, a case and its
 * timeline. Need-to-know is decided here, not only by URL: only the lead organisation's case workers
 * and supervisors reach a case, and for everybody else it does not exist. Every read and every
 * change goes into the audit log, never with a name or the circumstances.
 */
@Service
class Caseload {

	static final int MAX_PAGE = 100;

	static final int MAX_NAMES = 10;

	static final Pattern PROVINCE = Pattern.compile("TH-[0-9]{2}");

	private static final Pattern ISO_COUNTRY = Pattern.compile("[A-Z]{2}");

	private static final Set<String> COUNTRIES = Set.of(Locale.getISOCountries());

	private final Cases cases;

	private final Referrals referrals;

	private final CaseNumbers numbers;

	private final Directory directory;

	private final AuditTrail audit;

	private final SecretBox secrets;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration screeningWindow;

	private final TransactionTemplate transaction;

	Caseload(Cases cases, Referrals referrals, CaseNumbers numbers, Directory directory, AuditTrail audit, SecretBox secrets, JsonMapper json,
			Clock clock, PlatformTransactionManager transactions,
			@Value("${tipnet.cases.screening-window:PT24H}") Duration screeningWindow) {
		this.cases = cases;
		this.referrals = referrals;
		this.numbers = numbers;
		this.directory = directory;
		this.audit = audit;
		this.secrets = secrets;
		this.json = json;
		this.clock = clock;
		this.screeningWindow = screeningWindow;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** A case opened, or found again by an API retry with the same Idempotency-Key and body. */
	record Opened(Case caseFile, boolean created) {
	}

	/**
	 * Opens a person's case for the case worker's own organisation. Bad input is refused as a whole,
	 * each field named, and nothing is stored; the case number is taken in the same transaction.
	 */
	Opened open(Intake intake, String idempotencyKey) {
		Actor actor = caseWorker().orElseThrow(DomainException::forbidden);
		String key = idempotencyKey(idempotencyKey);
		Instant now = clock.instant();
		Case.Opening opening = read(intake, now);
		String digest = key == null ? null : digest(intake);
		if (key != null) {
			Optional<Opened> again = transaction.execute(s -> replay(actor, key, digest));
			if (again.isPresent()) {
				return again.get();
			}
		}
		int yearBe = now.atZone(Dates.BANGKOK).getYear() + 543;
		numbers.prepare(yearBe, opening.provinceCode());
		return transaction.execute(s -> {
			CaseNumber number = numbers.next(yearBe, opening.provinceCode());
			Case opened = cases.save(Case.open(CaseId.next(), number, actor.organisationId(), opening,
					key == null ? null : new Case.Retry(key, digest), actor, clock, screeningWindow));
			audit.record(CasesAudit.CASE, opened.id(), CasesAudit.CASE_OPENED, Changes.none()
				.note("caseNumber", opened.number().value())
				.note("provinceCode", opened.provinceCode())
				.note("channel", opened.channel())
				.note("exploitationTypes", opened.exploitation().stream().map(Exploitation::code).sorted().toList())
				.note("names", opened.names().size())
				.note("childProcedure", opened.childProcedure()));
			return new Opened(opened, true);
		});
	}

	/** A case the caller's organisation leads; "not found" for anybody else, whoever they are. */
	@Transactional
	Case read(CaseId id, String via) {
		Case found = visible(id);
		audit.record(CasesAudit.CASE, found.id(), CasesAudit.CASE_READ, Changes.none().note("via", via));
		return found;
	}

	/**
	 * A case as the caller may see it: whole for its lead organisation; for an organisation that
	 * accepted a referral of it, only the sections the referrals shared (read-only); "not found" for
	 * everybody else, a receiver whose referral is still unanswered, declined or withdrawn included.
	 */
	@Transactional
	CaseView view(CaseId id, String via) {
		Actor actor = caseWorker().orElseThrow(() -> DomainException.notFound("case"));
		Optional<Case> led = cases.findByIdAndLeadOrganisationId(id.value(), actor.organisationId());
		if (led.isPresent()) {
			audit.record(CasesAudit.CASE, id.value(), CasesAudit.CASE_READ, Changes.none().note("via", via));
			return CaseView.of(led.get(), screeningClock(led.get()));
		}
		Set<Referral.Section> shared = EnumSet.noneOf(Referral.Section.class);
		referrals.findByCaseIdAndReceiverOrganisationId(id.value(), actor.organisationId())
			.stream()
			.filter(Referral::sharesCase)
			.forEach(r -> shared.addAll(r.sections()));
		Case c = shared.isEmpty() ? null : cases.findReferredTo(id.value(), actor.organisationId()).orElse(null);
		if (c == null) {
			throw DomainException.notFound("case");
		}
		audit.record(CasesAudit.CASE, id.value(), CasesAudit.CASE_READ, Changes.none()
			.note("via", via + "-referral")
			.note("sections", shared.stream().map(Enum::name).sorted().toList()));
		return CaseView.shared(c, shared, screeningClock(c));
	}

	/** A supervisor of the lead organisation signs the screening off (403 for a case worker). */
	@Transactional
	Case signOffScreening(CaseId id, long version) {
		Case c = visible(id);
		if (!CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR)) {
			throw DomainException.forbidden();
		}
		requireVersion(c, version);
		c.signOffScreening(Actor.current(), clock);
		cases.save(c);
		audit.record(CasesAudit.CASE, c.id(), CasesAudit.SCREENING_SIGNED_OFF, Changes.none()
			.note("outcome", c.screening().orElseThrow().outcome())
			.field("status", CaseStatus.AWAITING_SIGN_OFF, c.status()));
		return c;
	}

	static void requireVersion(Case c, long version) {
		DomainException.requireVersion(c.version(), version);
	}

	Instant now() {
		return clock.instant();
	}

	ScreeningClock screeningClock(Case c) {
		return c.screeningClock(clock);
	}

	/** A case the caller's organisation leads, to change it (not audited as a read); "not found" for anybody else. */
	Case visible(CaseId id) {
		return caseWorker().flatMap(actor -> cases.findByIdAndLeadOrganisationId(id.value(), actor.organisationId()))
			.orElseThrow(() -> DomainException.notFound("case"));
	}

	/** The caller, when they are a case worker or supervisor of an organisation. */
	static Optional<Actor> caseWorker() {
		Actor actor = Actor.current();
		boolean caseRole = CurrentUser.hasRole(CaseAccess.CASE_WORKER) || CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR);
		return caseRole && actor.organisationId() != null ? Optional.of(actor) : Optional.empty();
	}

	private Optional<Opened> replay(Actor actor, String key, String digest) {
		Optional<Case> earlier = cases.findByOpenedByAndIdempotencyKey(actor.userId(), key)
			.filter(c -> c.leadOrganisationId().equals(actor.organisationId()));
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		if (!earlier.get().sameRequest(digest)) {
			throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyReused");
		}
		audit.record(CasesAudit.CASE, earlier.get().id(), CasesAudit.CASE_READ, Changes.none().note("via", "retry"));
		return Optional.of(new Opened(earlier.get(), false));
	}

	static String idempotencyKey(String key) {
		if (key == null || key.isBlank()) {
			return null;
		}
		String k = key.strip();
		if (k.length() > 100) {
			throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyTooLong", 100);
		}
		return k;
	}

	private String digest(Intake intake) {
		return Fingerprint.of(json.writeValueAsString(intake));
	}

	/** Reads the intake, collecting every refusal so the form shows them all at once. */
	Case.Opening read(Intake in, Instant now) {
		List<Violation> v = new ArrayList<>();
		Channel channel = enumValue(Channel.class, in.channel(), "channel", "cases.error.channel", v);
		Instant firstContact = firstContact(in.firstContactAt(), now, v);
		String province = province(in.provinceCode(), v);
		text(v, "district", in.district(), 100, false);
		text(v, "circumstances", in.circumstances(), 4000, false);
		Set<Exploitation> exploitation = exploitation(in.exploitationTypes(), v);
		List<PersonName> names = names(in.names(), v);
		Gender gender = gender(in.gender(), v);
		Birth birth = birth(in, firstContact == null ? now : firstContact, v);
		Set<String> nationalities = nationalities(in.nationalities(), v);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		return new Case.Opening(channel, firstContact, province, blankToNull(in.district()), blankToNull(in.circumstances()),
				exploitation, names, gender, birth, nationalities);
	}

	/** The person's gender, required, by its HTCDS value name (the intake's and the person's page alike). */
	static Gender gender(String given, List<Violation> v) {
		if (given == null || given.isBlank()) {
			v.add(new Violation("gender", "error.required"));
			return null;
		}
		Gender gender = Gender.of(given.strip()).orElse(null);
		if (gender == null) {
			v.add(new Violation("gender", "cases.error.gender"));
		}
		return gender;
	}

	/** ISO-8601 with an offset (the API), or a typed date and time in either era, Bangkok time (the form). */
	private static Instant firstContact(String text, Instant now, List<Violation> v) {
		if (text == null || text.isBlank()) {
			v.add(new Violation("firstContactAt", "error.required"));
			return null;
		}
		Instant at;
		try {
			at = OffsetDateTime.parse(text.strip()).toInstant();
		}
		catch (DateTimeParseException notIso) {
			Optional<Dates.Typed> typed = Dates.read(text);
			if (typed.isEmpty()) {
				v.add(new Violation("firstContactAt", "cases.error.firstContactFormat"));
				return null;
			}
			if (typed.get().time() == null) {
				v.add(new Violation("firstContactAt", "cases.error.firstContactTime"));
				return null;
			}
			at = typed.get().dateTime().atZone(Dates.BANGKOK).toInstant();
		}
		if (Case.firstContactIsInTheFuture(at, now)) {
			v.add(new Violation("firstContactAt", "cases.error.firstContactFuture"));
			return null;
		}
		return at;
	}

	private String province(String code, List<Violation> v) {
		if (code == null || code.isBlank()) {
			v.add(new Violation("provinceCode", "error.required"));
			return null;
		}
		String c = code.strip().toUpperCase(Locale.ROOT);
		if (!PROVINCE.matcher(c).matches() || !directory.provinceExists(c)) {
			v.add(new Violation("provinceCode", "cases.error.province"));
			return null;
		}
		return c;
	}

	private static Set<Exploitation> exploitation(List<String> codes, List<Violation> v) {
		Set<Exploitation> types = EnumSet.noneOf(Exploitation.class);
		if (codes.size() > Exploitation.values().length) {
			v.add(new Violation("exploitationTypes", "cases.error.exploitationTooMany"));
			return types;
		}
		for (int i = 0; i < codes.size(); i++) {
			Optional<Exploitation> type = Exploitation.of(codes.get(i) == null ? null : codes.get(i).strip());
			if (type.isEmpty()) {
				v.add(new Violation("exploitationTypes[" + i + "]", "cases.error.exploitation"));
			}
			else {
				types.add(type.get());
			}
		}
		return types;
	}

	List<PersonName> names(List<Intake.Name> given, List<Violation> v) {
		List<PersonName> names = new ArrayList<>();
		if (given.size() > MAX_NAMES) {
			v.add(new Violation("names", "cases.error.namesTooMany", MAX_NAMES));
			return names;
		}
		for (int i = 0; i < given.size(); i++) {
			Intake.Name n = given.get(i);
			if (n == null || n.name() == null || n.name().isBlank()) {
				continue; // an empty row of the form
			}
			String name = Normalizer.normalize(n.name().strip().replaceAll("\\s+", " "), Normalizer.Form.NFC);
			text(v, "names[" + i + "].name", name, 200, true);
			NameKind kind = enumValue(NameKind.class, n.kind(), "names[" + i + "].kind", "cases.error.nameKind", v);
			if (kind != null && name.length() <= 200) {
				names.add(new PersonName(kind, name, secrets.blindIndex(nameKey(name))));
			}
		}
		if (names.isEmpty() && v.stream().noneMatch(x -> x.field().startsWith("names"))) {
			v.add(new Violation("names", "cases.error.namesRequired"));
		}
		return names;
	}

	/**
	 * What a name's blind index is taken of, so that the same name written a little differently
	 * matches: without case, spaces or punctuation, Latin accents (José is jose) or Thai tone marks
	 * (which transliterations of foreign names place differently). Other scripts' marks stay: in
	 * Burmese or Khmer they are letters' vowels.
	 */
	static String nameKey(String name) {
		String bare = NAME_MARKS.matcher(Normalizer.normalize(name, Normalizer.Form.NFKD)).replaceAll("");
		return Normalizer.normalize(bare, Normalizer.Form.NFC).toLowerCase(Locale.ROOT);
	}

	/** Latin combining accents, Thai maitaikhu to thanthakhat, spaces and punctuation. */
	private static final Pattern NAME_MARKS = Pattern.compile("[\\u0300-\\u036F\\u0E47-\\u0E4C\\s\\p{P}]+");

	static Birth birth(Intake in, Instant firstContact, List<Violation> v) {
		LocalDate contactDay = firstContact.atZone(Dates.BANGKOK).toLocalDate();
		if (in.estimatedAge() != null) {
			if (in.birthYear() != null || in.birthMonth() != null || in.birthDay() != null) {
				v.add(new Violation("estimatedAge", "cases.error.birthEitherOr"));
				return Birth.unknown();
			}
			if (in.estimatedAge() < 0 || in.estimatedAge() > 120) {
				v.add(new Violation("estimatedAge", "cases.error.birthAge", 0, 120));
				return Birth.unknown();
			}
			return Birth.estimated(in.estimatedAge());
		}
		if (in.birthYear() == null) {
			if (in.birthMonth() != null || in.birthDay() != null) {
				v.add(new Violation("birthYear", "error.required"));
			}
			return Birth.unknown();
		}
		// A year from 2400 on is a Buddhist-Era year, as Thai documents write it.
		int year = in.birthYear() >= 2400 ? in.birthYear() - 543 : in.birthYear();
		if (year < 1900 || year > contactDay.getYear()) {
			v.add(new Violation("birthYear", "cases.error.birthYear"));
			return Birth.unknown();
		}
		if (in.birthMonth() == null) {
			if (in.birthDay() != null) {
				v.add(new Violation("birthMonth", "error.required"));
			}
			return Birth.inYear(year);
		}
		if (in.birthMonth() < 1 || in.birthMonth() > 12) {
			v.add(new Violation("birthMonth", "cases.error.birthMonth"));
			return Birth.unknown();
		}
		Birth birth;
		try {
			birth = in.birthDay() == null ? Birth.in(YearMonth.of(year, in.birthMonth()))
					: Birth.on(LocalDate.of(year, in.birthMonth(), in.birthDay()));
		}
		catch (DateTimeException noSuchDay) {
			v.add(new Violation("birthDay", "cases.error.birthDay"));
			return Birth.unknown();
		}
		if (birth.earliest().orElseThrow().isAfter(contactDay)) {
			v.add(new Violation("birthYear", "cases.error.birthAfterContact"));
		}
		return birth;
	}

	static Set<String> nationalities(List<String> codes, List<Violation> v) {
		Set<String> found = new LinkedHashSet<>();
		if (codes.size() > 5) {
			v.add(new Violation("nationalities", "cases.error.nationalitiesTooMany", 5));
			return found;
		}
		for (int i = 0; i < codes.size(); i++) {
			String c = codes.get(i) == null ? "" : codes.get(i).strip().toUpperCase(Locale.ROOT);
			if (c.isEmpty()) {
				continue;
			}
			if (!ISO_COUNTRY.matcher(c).matches() || !COUNTRIES.contains(c)) {
				v.add(new Violation("nationalities[" + i + "]", "cases.error.nationality"));
			}
			else {
				found.add(c);
			}
		}
		return found;
	}

	/** An enumeration's constant named by a form or API field, or a violation naming the field. */
	static <E extends Enum<E>> E enumValue(Class<E> type, String value, String field, String unknownKey,
			List<Violation> v) {
		if (value == null || value.isBlank()) {
			v.add(new Violation(field, "error.required"));
			return null;
		}
		try {
			return Enum.valueOf(type, value.strip());
		}
		catch (IllegalArgumentException e) {
			v.add(new Violation(field, unknownKey));
			return null;
		}
	}

	static String blankToNull(String s) {
		return s == null || s.isBlank() ? null : s.strip();
	}
}
