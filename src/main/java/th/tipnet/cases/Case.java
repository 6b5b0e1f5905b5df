package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import jakarta.persistence.CascadeType;
import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embedded;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.hibernate.annotations.BatchSize;
import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.Actor;
import th.tipnet.common.Dates;
import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * A person's case in the NRM, led by the organisation of the case worker who opened it. No setters:
 * it changes only through its verbs, each of which checks the case's state, puts a step on the
 * timeline and registers an event for after the commit.
 */
@Entity
@Table(name = "nrm_case")
class Case extends AbstractAggregateRoot<Case> {

	static final String OPENED = "OPENED";

	static final String SCREENING_DECIDED = "SCREENING_DECIDED";

	static final String SCREENING_SIGNED_OFF = "SCREENING_SIGNED_OFF";

	static final String BREAK_GLASS = "BREAK_GLASS";

	@Id
	private UUID id;

	@Column(name = "case_number", nullable = false, updatable = false)
	private String number;

	@Column(name = "lead_org_id", nullable = false, updatable = false)
	private UUID leadOrganisationId;

	@Column(name = "province_code", nullable = false)
	private String provinceCode;

	private String district;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Channel channel;

	@Column(name = "first_contact_at", nullable = false)
	private Instant firstContactAt;

	@Column(name = "screening_due_at", nullable = false)
	private Instant screeningDueAt;

	@Convert(converter = Sealed.class)
	private String circumstances;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private CaseStatus status;

	@Column(name = "child_procedure", nullable = false)
	private boolean childProcedure;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_case_exploitation", joinColumns = @JoinColumn(name = "case_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "code")
	@BatchSize(size = 50)
	private Set<Exploitation> exploitation = EnumSet.noneOf(Exploitation.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Gender gender;

	@Embedded
	private Birth birth;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_person_name", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	@BatchSize(size = 50)
	private List<PersonName> names = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_person_nationality", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "code")
	@BatchSize(size = 50)
	private Set<String> nationalities = new TreeSet<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_case_step", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Step> steps = new ArrayList<>();

	@OneToOne(mappedBy = "caseFile", cascade = CascadeType.ALL, fetch = FetchType.EAGER)
	private Screening screening;

	@Column(name = "opened_at", nullable = false, updatable = false)
	private Instant openedAt;

	@Column(name = "opened_by", updatable = false)
	private UUID openedBy;

	@Column(name = "idempotency_key", updatable = false)
	private String idempotencyKey;

	@Column(name = "request_digest", updatable = false)
	private String requestDigest;

	@Version
	private Long version;

	@Column(name = "operation_id", updatable = false)
	private UUID operationId;

	@Enumerated(EnumType.STRING)
	private Sex sex;

	@Convert(converter = Sealed.class)
	@Column(name = "special_needs")
	private String specialNeeds;

	@ElementCollection
	@CollectionTable(name = "nrm_person_language", joinColumns = @JoinColumn(name = "case_id"))
	@Column(name = "code")
	private Set<String> languages = new TreeSet<>();

	@ElementCollection
	@CollectionTable(name = "nrm_person_document", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<IdentityDocument> documents = new ArrayList<>();

	@ElementCollection
	@CollectionTable(name = "nrm_person_contact", joinColumns = @JoinColumn(name = "case_id"))
	@OrderColumn(name = "position")
	private List<Contact> contacts = new ArrayList<>();

	protected Case() {
	}

	/** What an intake established about the person and the first contact, each value already read and checked. */
	record Opening(Channel channel, Instant firstContactAt, String provinceCode, String district, String circumstances,
			Set<Exploitation> exploitation, List<PersonName> names, Gender gender, Birth birth, Set<String> nationalities) {
	}

	/** An API retry's key and the digest of its body, so a retry finds this case and nothing else. */
	record Retry(String key, String digest) {
	}

	/**
	 * Opens the case of a person met at first contact: the screening clock starts at the first contact
	 * and runs for {@code screeningWindow}; a person who may have been under 18 then follows the child
	 * procedure. A first contact in the future or a person without a name is refused.
	 */
	static Case open(CaseId id, CaseNumber number, UUID leadOrganisationId, Opening o, Retry retry, Actor actor,
			Clock clock, Duration screeningWindow) {
		Instant now = clock.instant();
		if (firstContactIsInTheFuture(o.firstContactAt(), now)) {
			throw DomainException.invalid("firstContactAt", "cases.error.firstContactFuture");
		}
		if (o.names().isEmpty()) {
			throw DomainException.invalid("names", "cases.error.namesRequired");
		}
		Case c = new Case();
		c.id = id.value();
		c.number = number.value();
		c.leadOrganisationId = leadOrganisationId;
		c.provinceCode = o.provinceCode();
		c.district = o.district();
		c.channel = o.channel();
		c.firstContactAt = o.firstContactAt();
		c.screeningDueAt = o.firstContactAt().plus(screeningWindow);
		c.circumstances = o.circumstances();
		c.exploitation = o.exploitation().isEmpty() ? EnumSet.noneOf(Exploitation.class) : EnumSet.copyOf(o.exploitation());
		c.names = new ArrayList<>(o.names());
		c.gender = o.gender();
		c.birth = o.birth();
		c.nationalities = new TreeSet<>(o.nationalities());
		c.childProcedure = o.birth().mayBeAChildOn(o.firstContactAt().atZone(Dates.BANGKOK).toLocalDate());
		c.status = CaseStatus.AWAITING_SCREENING;
		c.openedAt = now;
		c.openedBy = actor.userId();
		c.idempotencyKey = retry == null ? null : retry.key();
		c.requestDigest = retry == null ? null : retry.digest();
		c.steps.add(new Step(OPENED, now, actor.userId(), actor.name()));
		c.registerEvent(new CaseOpened(id, leadOrganisationId, c.provinceCode, c.screeningDueAt, c.childProcedure));
		return c;
	}

	/**
	 * Records the team's screening decision: only while the case awaits screening (a second decision
	 * is a conflict). The clock stops; a decision after the deadline is kept as late.
	 */
	void decideScreening(Screening.Decision decision, Actor actor, Clock clock) {
		if (status != CaseStatus.AWAITING_SCREENING) {
			throw DomainException.conflict("cases.error.screeningNotOpen");
		}
		Instant now = clock.instant();
		screening = Screening.decide(this, decision, actor, now, now.isAfter(screeningDueAt));
		status = CaseStatus.AWAITING_SIGN_OFF;
		steps.add(new Step(SCREENING_DECIDED, now, actor.userId(), actor.name()));
		registerEvent(new ScreeningDecided(id(), screening.outcome().name(), screening.late()));
	}

	/** A supervisor signs the decision off (see {@link Screening#signOff}); the case takes its outcome. */
	void signOffScreening(Actor supervisor, Clock clock) {
		if (status != CaseStatus.AWAITING_SIGN_OFF) {
			throw DomainException.conflict("cases.error.nothingToSignOff");
		}
		Instant now = clock.instant();
		screening.signOff(supervisor, now);
		status = switch (screening.outcome()) {
			case IDENTIFIED_VICTIM -> CaseStatus.IDENTIFIED_VICTIM;
			case NOT_A_VICTIM -> CaseStatus.NOT_A_VICTIM;
			case UNDETERMINED -> CaseStatus.UNDETERMINED;
		};
		steps.add(new Step(SCREENING_SIGNED_OFF, now, supervisor.userId(), supervisor.name()));
		registerEvent(new ScreeningSignedOff(id(), screening.outcome().name()));
	}

	static final String REFLECTION_RECORDED = "REFLECTION_RECORDED";

	/** Records an identified victim's reflection and recovery period on the decided screening (see {@link Screening#recordReflection}). */
	void recordReflection(Screening.Reflection reflection, Actor actor, Clock clock) {
		if (screening == null) {
			throw DomainException.conflict("cases.error.reflectionOnlyForVictims");
		}
		Instant now = clock.instant();
		screening.recordReflection(reflection, actor, now);
		steps.add(new Step(REFLECTION_RECORDED, now, actor.userId(), actor.name()));
	}

	/** A step of one of the case's referrals on its timeline ({@code REFERRAL_SENT}, {@code REFERRAL_ACCEPTED}, ...). */
	void noteReferral(String step, Actor actor, Instant at) {
		steps.add(new Step(step, at, actor.userId(), actor.name()));
	}

	/** A coordinator opened the case under break glass: the lead organisation sees it on the timeline. */
	void noteBreakGlass(Actor coordinator, Instant at) {
		steps.add(new Step(BREAK_GLASS, at, coordinator.userId(), coordinator.name()));
	}

	/** A few minutes of clock drift between a phone and the server is not the future. */
	static boolean firstContactIsInTheFuture(Instant firstContactAt, Instant now) {
		return firstContactAt.isAfter(now.plus(Duration.ofMinutes(5)));
	}

	/**
	 * Joins the case, as it is opened, to the operation that met the person with others (a group
	 * intake); a case already stored or already in an operation cannot change its operation.
	 */
	Case partOf(OperationId operation) {
		if (version != null || operationId != null) {
			throw DomainException.conflict("cases.error.operationFixed");
		}
		operationId = operation.value();
		return this;
	}

	java.util.Optional<OperationId> operation() {
		return java.util.Optional.ofNullable(operationId).map(OperationId::new);
	}

	static final String PERSON_DESCRIBED = "PERSON_DESCRIBED";

	/** All that is known of the person, each value already read and checked. */
	record Person(List<PersonName> names, Sex sex, Gender gender, Birth birth, Set<String> nationalities,
			Set<String> languages, List<IdentityDocument> documents, List<Contact> contacts, String specialNeeds) {
	}

	/**
	 * Records what is now known of the person, whole (names, documents and contacts replace the
	 * earlier ones). A birth that now shows the person may have been under 18 at first contact puts
	 * the case under the child procedure, and one that shows an adult takes it off. At least one name.
	 */
	void describePerson(Person p, Actor actor, Clock clock) {
		if (p.names().isEmpty()) {
			throw DomainException.invalid("names", "cases.error.namesRequired");
		}
		names.clear();
		names.addAll(p.names());
		sex = p.sex();
		gender = p.gender();
		birth = p.birth();
		nationalities.clear();
		nationalities.addAll(p.nationalities());
		languages.clear();
		languages.addAll(p.languages());
		documents.clear();
		documents.addAll(p.documents());
		contacts.clear();
		contacts.addAll(p.contacts());
		specialNeeds = p.specialNeeds();
		childProcedure = birth.mayBeAChildOn(firstContactAt.atZone(Dates.BANGKOK).toLocalDate());
		steps.add(new Step(PERSON_DESCRIBED, clock.instant(), actor.userId(), actor.name()));
	}

	java.util.Optional<Sex> sex() {
		return java.util.Optional.ofNullable(sex);
	}

	String specialNeeds() {
		return specialNeeds;
	}

	Set<String> languages() {
		return new TreeSet<>(languages);
	}

	List<IdentityDocument> documents() {
		return List.copyOf(documents);
	}

	List<Contact> contacts() {
		return List.copyOf(contacts);
	}

	/** The events registered and not yet published: what a verb did, for the tests of the state table. */
	List<Object> registeredEvents() {
		return List.copyOf(domainEvents());
	}

	ScreeningClock screeningClock(Clock clock) {
		return new ScreeningClock(screeningDueAt, clock.instant(), screening == null ? null : screening.decidedAt());
	}

	java.util.Optional<Screening> screening() {
		return java.util.Optional.ofNullable(screening);
	}

	/** Whether a retry with this key and body by the same caller is this intake again. */
	boolean sameRequest(String digest) {
		return requestDigest != null && requestDigest.equals(digest);
	}

	CaseId id() {
		return new CaseId(id);
	}

	CaseNumber number() {
		return new CaseNumber(number);
	}

	UUID leadOrganisationId() {
		return leadOrganisationId;
	}

	String provinceCode() {
		return provinceCode;
	}

	String district() {
		return district;
	}

	Channel channel() {
		return channel;
	}

	Instant firstContactAt() {
		return firstContactAt;
	}

	Instant screeningDueAt() {
		return screeningDueAt;
	}

	String circumstances() {
		return circumstances;
	}

	CaseStatus status() {
		return status;
	}

	boolean childProcedure() {
		return childProcedure;
	}

	Set<Exploitation> exploitation() {
		return exploitation.isEmpty() ? Set.of() : EnumSet.copyOf(exploitation);
	}

	Gender gender() {
		return gender;
	}

	Birth birth() {
		return birth;
	}

	List<PersonName> names() {
		return List.copyOf(names);
	}

	Set<String> nationalities() {
		return new TreeSet<>(nationalities);
	}

	List<Step> steps() {
		return List.copyOf(steps);
	}

	Instant openedAt() {
		return openedAt;
	}

	long version() {
		return version == null ? 0 : version;
	}
}
