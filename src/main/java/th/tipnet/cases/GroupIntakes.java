package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.stereotype.Service;
import org.springframework.transaction.PlatformTransactionManager;
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

/**
 * Group intake: the first contact with several people met together, recorded at once as one
 * {@link Operation} and a case for each person (own gap-free number, own screening clock). The
 * shared facts are read once and each person's by the same rules as a single intake; a refusal
 * names the field ({@code persons[3].gender}) and nothing at all is stored.
 */
@Service
class GroupIntakes {

	/** Fields of a single intake that belong to the person; all others are the group's shared facts. */
	private static final Set<String> PERSON_FIELDS = Set.of("names", "gender", "birthYear", "birthMonth", "birthDay",
			"estimatedAge", "nationalities");

	private final Caseload caseload;

	private final Cases cases;

	private final Operations operations;

	private final CaseNumbers numbers;

	private final AuditTrail audit;

	private final JsonMapper json;

	private final Clock clock;

	private final Duration screeningWindow;

	private final TransactionTemplate transaction;

	GroupIntakes(Caseload caseload, Cases cases, Operations operations, CaseNumbers numbers, AuditTrail audit, JsonMapper json,
			Clock clock, PlatformTransactionManager transactions,
			@Value("${tipnet.cases.screening-window:PT24H}") Duration screeningWindow) {
		this.caseload = caseload;
		this.cases = cases;
		this.operations = operations;
		this.numbers = numbers;
		this.audit = audit;
		this.json = json;
		this.clock = clock;
		this.screeningWindow = screeningWindow;
		this.transaction = new TransactionTemplate(transactions);
	}

	/** An operation opened with its cases, or found again by an API retry with the same key and body. */
	record Opened(Operation operation, List<Case> cases, boolean created) {
	}

	/** Opens the operation and every person's case in one transaction, or nothing when any field is refused. */
	Opened open(GroupIntake group, String idempotencyKey) {
		return open(group, idempotencyKey, opened -> {
		});
	}

	/**
	 * As {@link #open(GroupIntake, String)}, doing {@code alsoThen} in the same transaction (a draft's
	 * removal): when it throws, nothing is opened.
	 */
	Opened open(GroupIntake group, String idempotencyKey, java.util.function.Consumer<List<Case>> alsoThen) {
		Actor actor = Caseload.caseWorker().orElseThrow(DomainException::forbidden);
		String key = Caseload.idempotencyKey(idempotencyKey);
		Instant now = clock.instant();
		List<Case.Opening> openings = read(group, now);
		String digest = key == null ? null : digest(group);
		if (key != null) {
			Optional<Opened> again = transaction.execute(s -> replay(actor, key, digest));
			if (again.isPresent()) {
				return again.get();
			}
		}
		String province = openings.get(0).provinceCode();
		int yearBe = now.atZone(Dates.BANGKOK).getYear() + 543;
		numbers.prepare(yearBe, province);
		return transaction.execute(s -> {
			Operation operation = operations.save(Operation.open(OperationId.next(), openings.size(), actor, now,
					key == null ? null : new Case.Retry(key, digest)));
			List<Case> opened = new ArrayList<>();
			for (Case.Opening opening : openings) {
				CaseNumber number = numbers.next(yearBe, province);
				Case c = cases.save(Case.open(CaseId.next(), number, actor.organisationId(), opening, null, actor, clock,
						screeningWindow).partOf(operation.id()));
				audit.record(CasesAudit.CASE, c.id(), CasesAudit.CASE_OPENED, Changes.none()
					.note("caseNumber", c.number().value())
					.note("operationId", operation.id().toString())
					.note("provinceCode", c.provinceCode())
					.note("channel", c.channel())
					.note("exploitationTypes", c.exploitation().stream().map(Exploitation::code).sorted().toList())
					.note("names", c.names().size())
					.note("childProcedure", c.childProcedure()));
				opened.add(c);
			}
			audit.record(CasesAudit.OPERATION, operation.id(), CasesAudit.OPERATION_OPENED, Changes.none()
				.note("persons", opened.size())
				.note("caseIds", opened.stream().map(c -> c.id().toString()).toList()));
			alsoThen.accept(opened);
			return new Opened(operation, opened, true);
		});
	}

	/** The shared facts and every person, read by the single intake's rules; every refusal named at once. */
	List<Case.Opening> read(GroupIntake group, Instant now) {
		if (group.persons().size() > Operation.MAX_PERSONS) {
			throw DomainException.invalid("persons", "cases.error.personsTooMany", Operation.MAX_PERSONS);
		}
		Map<String, Violation> shared = new LinkedHashMap<>();
		List<Violation> own = new ArrayList<>();
		List<Case.Opening> openings = new ArrayList<>();
		if (group.persons().isEmpty()) {
			own.add(new Violation("persons", "cases.error.personsRequired"));
			collect(group.intakeOf(null), now, -1, shared, own);
		}
		for (int i = 0; i < group.persons().size(); i++) {
			collect(group.intakeOf(group.persons().get(i)), now, i, shared, own).ifPresent(openings::add);
		}
		if (!shared.isEmpty() || !own.isEmpty()) {
			List<Violation> all = new ArrayList<>(shared.values());
			all.addAll(own);
			throw new InvalidInput(all);
		}
		return openings;
	}

	/** What an intake still lacks before it can be opened (absent or refused facts, each named), for a draft's checklist. */
	List<Violation> missing(GroupIntake group, Instant now) {
		try {
			read(group, now);
			return List.of();
		}
		catch (InvalidInput e) {
			return e.violations();
		}
		catch (DomainException e) {
			return List.of(new Violation(e.field(), e.messageKey(), e.arguments()));
		}
	}

	private Optional<Case.Opening> collect(Intake intake, Instant now, int person, Map<String, Violation> shared,
			List<Violation> own) {
		try {
			return Optional.of(caseload.read(intake, now));
		}
		catch (InvalidInput e) {
			for (Violation v : e.violations()) {
				if (isPersonField(v.field())) {
					if (person >= 0) {
						own.add(new Violation("persons[" + person + "]." + v.field(), v.messageKey(), v.arguments()));
					}
				}
				else {
					shared.putIfAbsent(v.field(), v);
				}
			}
			return Optional.empty();
		}
	}

	private static boolean isPersonField(String field) {
		String head = field.split("[\\[.]", 2)[0];
		return PERSON_FIELDS.contains(head);
	}

	private Optional<Opened> replay(Actor actor, String key, String digest) {
		Optional<Operation> earlier = operations.findByOpenedByAndIdempotencyKey(actor.userId(), key)
			.filter(o -> o.leadOrganisationId().equals(actor.organisationId()));
		if (earlier.isEmpty()) {
			return Optional.empty();
		}
		if (!earlier.get().sameRequest(digest)) {
			throw DomainException.invalid("Idempotency-Key", "cases.error.idempotencyKeyReused");
		}
		audit.record(CasesAudit.OPERATION, earlier.get().id(), CasesAudit.OPERATION_READ, Changes.none().note("via", "retry"));
		return Optional.of(new Opened(earlier.get(), operations.casesOf(earlier.get().id().value(), actor.organisationId()), false));
	}

	private String digest(GroupIntake group) {
		return Fingerprint.of(json.writeValueAsString(group));
	}

	/** An operation the caller's organisation leads and its cases (all led by that organisation); 404 for anybody else. */
	Opened read(OperationId id, String via) {
		return transaction.execute(s -> {
			Actor actor = Caseload.caseWorker().orElseThrow(() -> DomainException.notFound("operation"));
			Operation o = operations.findByIdAndLeadOrganisationId(id.value(), actor.organisationId())
				.orElseThrow(() -> DomainException.notFound("operation"));
			audit.record(CasesAudit.OPERATION, o.id(), CasesAudit.OPERATION_READ, Changes.none().note("via", via));
			return new Opened(o, operations.casesOf(o.id().value(), actor.organisationId()), false);
		});
	}
}
