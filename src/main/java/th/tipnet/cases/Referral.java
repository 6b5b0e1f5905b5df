package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/**
 * A case referred to another organisation for one service, with the person's consent to share the
 * sections named. States as in Primero: IN_PROGRESS, then ACCEPTED, DECLINED or WITHDRAWN; an
 * accepted referral ends DONE. No setters: each verb checks the state (409 otherwise) and registers
 * its event. The receiver must answer within a day, two hours when urgent.
 */
@Entity
@Table(name = "nrm_referral")
class Referral extends AbstractAggregateRoot<Referral> {

	static final Duration ANSWER_WITHIN = Duration.ofHours(24);

	static final Duration URGENT_ANSWER_WITHIN = Duration.ofHours(2);

	enum State {
		IN_PROGRESS, ACCEPTED, DECLINED, WITHDRAWN, DONE
	}

	enum Urgency {
		NORMAL, URGENT
	}

	/** What the person said when asked to share exactly these sections with exactly this organisation. */
	enum Consent {
		GIVEN, REFUSED, COULD_NOT_ASK
	}

	/** The parts of a case a referral may share. */
	enum Section {
		PERSON, INTAKE, SCREENING
	}

	enum DeclineReason {
		NO_CAPACITY, NOT_ELIGIBLE, OUTSIDE_AREA, LANGUAGE, OTHER
	}

	/** What the referring case worker chose, each value already read and checked. */
	record Sending(UUID receiverOrganisationId, String purpose, Urgency urgency, Set<Section> sections, Consent consent,
			String consentBy, Instant consentAt, String interpreter, String overrideReason) {
	}

	@Id
	private UUID id;

	@Column(name = "case_id", nullable = false, updatable = false)
	private UUID caseId;

	@Column(name = "sender_org_id", nullable = false, updatable = false)
	private UUID senderOrganisationId;

	@Column(name = "receiver_org_id", nullable = false, updatable = false)
	private UUID receiverOrganisationId;

	@Column(nullable = false, updatable = false)
	private String purpose;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Urgency urgency;

	@Column(name = "province_code", nullable = false, updatable = false)
	private String provinceCode;

	@Column(name = "exploitation_types", nullable = false, updatable = false)
	private String exploitationTypes;

	@Column(name = "child_procedure", nullable = false, updatable = false)
	private boolean childProcedure;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_referral_section", joinColumns = @JoinColumn(name = "referral_id"))
	@Enumerated(EnumType.STRING)
	@Column(name = "section")
	private Set<Section> sections = EnumSet.noneOf(Section.class);

	@Enumerated(EnumType.STRING)
	@Column(nullable = false, updatable = false)
	private Consent consent;

	@Column(name = "consent_by", nullable = false, updatable = false)
	private String consentBy;

	@Column(name = "consent_at", nullable = false, updatable = false)
	private Instant consentAt;

	@Column(updatable = false)
	private String interpreter;

	@Column(name = "override_reason", updatable = false)
	private String overrideReason;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private State state;

	@Column(name = "sent_at", nullable = false, updatable = false)
	private Instant sentAt;

	@Column(name = "sent_by", updatable = false)
	private UUID sentBy;

	@Column(name = "sent_by_name", nullable = false, updatable = false)
	private String sentByName;

	@Column(name = "answer_due_at", nullable = false, updatable = false)
	private Instant answerDueAt;

	@Column(name = "answered_at")
	private Instant answeredAt;

	@Column(name = "answered_by")
	private UUID answeredBy;

	@Column(name = "answered_by_name")
	private String answeredByName;

	@Enumerated(EnumType.STRING)
	@Column(name = "decline_reason")
	private DeclineReason declineReason;

	@Column(name = "decline_note")
	private String declineNote;

	@Column(name = "withdraw_note")
	private String withdrawNote;

	@Column(name = "completed_at")
	private Instant completedAt;

	private Boolean successful;

	@Column(name = "completion_note")
	private String completionNote;

	@Column(name = "idempotency_key", updatable = false)
	private String idempotencyKey;

	@Column(name = "request_digest", updatable = false)
	private String requestDigest;

	@Version
	private Long version;

	/** For an onward referral: the referral its sender accepted, whose sections bound what it may share. */
	@Column(name = "parent_referral_id", updatable = false)
	private UUID parentReferralId;

	/** The receiving organisation's case worker who works the accepted referral, when one is assigned. */
	@Column(name = "case_worker_id")
	private UUID caseWorkerId;

	@Column(name = "case_worker_name")
	private String caseWorkerName;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_referral_revoked_section", joinColumns = @JoinColumn(name = "referral_id"))
	private List<ConsentRevocation> revocations = new ArrayList<>();

	protected Referral() {
	}

	/**
	 * Refers the case: never to its own lead organisation, never without the person's consent unless
	 * an override gives a written reason (which the receiver sees).
	 */
	static Referral send(ReferralId id, Case c, Sending s, Case.Retry retry, Actor actor, Clock clock) {
		if (s.receiverOrganisationId().equals(c.leadOrganisationId())) {
			throw DomainException.invalid("receiver", "cases.error.referralToOwnOrganisation");
		}
		if (s.consent() != Consent.GIVEN && (s.overrideReason() == null || s.overrideReason().isBlank())) {
			throw DomainException.invalid("consent", "cases.error.referralConsent");
		}
		if (s.sections().isEmpty()) {
			throw DomainException.invalid("sections", "cases.error.referralSections");
		}
		Instant now = clock.instant();
		Referral r = new Referral();
		r.id = id.value();
		r.caseId = c.id().value();
		r.senderOrganisationId = c.leadOrganisationId();
		r.receiverOrganisationId = s.receiverOrganisationId();
		r.purpose = s.purpose();
		r.urgency = s.urgency();
		r.provinceCode = c.provinceCode();
		r.exploitationTypes = c.exploitation().stream().map(Exploitation::code).sorted().collect(Collectors.joining(","));
		r.childProcedure = c.childProcedure();
		r.sections = EnumSet.copyOf(s.sections());
		r.consent = s.consent();
		r.consentBy = s.consentBy();
		r.consentAt = s.consentAt();
		r.interpreter = s.interpreter();
		r.overrideReason = s.consent() == Consent.GIVEN ? null : s.overrideReason().strip();
		r.state = State.IN_PROGRESS;
		r.sentAt = now;
		r.sentBy = actor.userId();
		r.sentByName = actor.name();
		r.answerDueAt = now.plus(s.urgency() == Urgency.URGENT ? URGENT_ANSWER_WITHIN : ANSWER_WITHIN);
		r.idempotencyKey = retry == null ? null : retry.key();
		r.requestDigest = retry == null ? null : retry.digest();
		r.registerEvent(new ReferralSent(r.id(), r.caseId(), r.receiverOrganisationId, r.purpose,
				r.urgency == Urgency.URGENT, r.answerDueAt));
		return r;
	}

	/** The receiver takes the person on: only while the referral awaits its answer and the person's consent stands. */
	void accept(Actor caseWorker, Clock clock) {
		require(State.IN_PROGRESS, "cases.error.referralNotAwaitingAnswer");
		if (sections.isEmpty() && !revocations.isEmpty()) {
			throw DomainException.conflict("cases.error.referralConsentRevoked");
		}
		answered(caseWorker, clock);
		state = State.ACCEPTED;
		registerEvent(new ReferralAccepted(id(), caseId(), receiverOrganisationId));
	}

	/**
	 * The receiver's case worker who works the referral: on accepting, or later when the receiver's
	 * supervisor hands it to another. Only while accepted; the worker is checked by the caller
	 * (one of the receiving organisation's case workers).
	 */
	void assignCaseWorker(UUID userId, String name) {
		require(State.ACCEPTED, "cases.error.caseWorkerNotAccepted");
		caseWorkerId = userId;
		caseWorkerName = name;
		registerEvent(new CaseWorkerAssigned(id(), caseId(), receiverOrganisationId, userId));
	}

	/** The receiver cannot help, for a reason from the list; OTHER needs a note. */
	void decline(DeclineReason reason, String note, Actor caseWorker, Clock clock) {
		require(State.IN_PROGRESS, "cases.error.referralNotAwaitingAnswer");
		if (reason == null) {
			throw DomainException.invalid("reason", "cases.error.declineReason");
		}
		if (reason == DeclineReason.OTHER && (note == null || note.isBlank())) {
			throw DomainException.invalid("note", "cases.error.declineNote");
		}
		answered(caseWorker, clock);
		state = State.DECLINED;
		declineReason = reason;
		declineNote = note == null || note.isBlank() ? null : note.strip();
		registerEvent(new ReferralDeclined(id(), caseId(), reason.name(), receiverOrganisationId, purpose));
	}

	/** The referring organisation takes the referral back before it is answered. */
	void withdraw(String note, Actor caseWorker, Clock clock) {
		require(State.IN_PROGRESS, "cases.error.referralNotAwaitingAnswer");
		answered(caseWorker, clock);
		state = State.WITHDRAWN;
		withdrawNote = note == null || note.isBlank() ? null : note.strip();
		registerEvent(new ReferralWithdrawn(id(), caseId()));
	}

	/** The receiver finished the service; an unsuccessful one says why. */
	void complete(boolean success, String note, Actor caseWorker, Clock clock) {
		require(State.ACCEPTED, "cases.error.referralNotAccepted");
		if (!success && (note == null || note.isBlank())) {
			throw DomainException.invalid("note", "cases.error.completionNote");
		}
		state = State.DONE;
		completedAt = clock.instant();
		successful = success;
		completionNote = note == null || note.isBlank() ? null : note.strip();
		registerEvent(new ReferralCompleted(id(), caseId(), success));
	}

	/**
	 * An organisation that accepted this referral refers the case on to a third organisation, sharing
	 * at most the sections it was given, with the person's consent (or an override) as for a first
	 * referral. Never back to the lead organisation nor to itself.
	 */
	static Referral sendOnward(ReferralId id, Referral parent, Case c, Sending s, Case.Retry retry, Actor actor,
			Clock clock) {
		if (parent.state != State.ACCEPTED) {
			throw DomainException.conflict("cases.error.onwardNotAccepted");
		}
		if (s.receiverOrganisationId().equals(parent.receiverOrganisationId)) {
			throw DomainException.invalid("receiver", "cases.error.referralToOwnOrganisation");
		}
		if (!parent.sections.containsAll(s.sections())) {
			throw DomainException.invalid("sections", "cases.error.onwardSections");
		}
		Referral r = send(id, c, s, retry, actor, clock);
		r.senderOrganisationId = parent.receiverOrganisationId;
		r.parentReferralId = parent.id;
		return r;
	}

	/**
	 * The person revoked their consent to sharing some (or all) of the sections: they stop being
	 * shared at once, whatever the state, and the receiver sees which and since when. Only a referral
	 * that shares or may come to share something can lose it: a declined or withdrawn one is a conflict,
	 * as is naming a section it does not (or no longer) share.
	 */
	void revokeConsent(Set<Section> which, Actor actor, Clock clock) {
		if (state == State.DECLINED || state == State.WITHDRAWN) {
			throw DomainException.conflict("cases.error.consentNothingToRevoke");
		}
		if (sections.isEmpty()) {
			throw DomainException.conflict("cases.error.consentAlreadyRevoked");
		}
		Set<Section> ending = which.isEmpty() ? EnumSet.copyOf(sections) : EnumSet.copyOf(which);
		if (!sections.containsAll(ending)) {
			throw DomainException.invalid("sections", "cases.error.consentSectionNotShared");
		}
		Instant now = clock.instant();
		sections.removeAll(ending);
		ending.forEach(section -> revocations.add(new ConsentRevocation(section, now, actor.userId(), actor.name())));
		registerEvent(new ReferralConsentRevoked(id(), caseId(), receiverOrganisationId,
				ending.stream().map(Enum::name).sorted().toList()));
	}

	/** The sections this referral shared once and no longer does, the person having revoked their consent. */
	List<ConsentRevocation> revocations() {
		return List.copyOf(revocations);
	}

	/** The onward referral's parent, or null for a referral by the lead organisation. */
	UUID parentReferralId() {
		return parentReferralId;
	}

	private void require(State expected, String messageKey) {
		if (state != expected) {
			throw DomainException.conflict(messageKey);
		}
	}

	private void answered(Actor actor, Clock clock) {
		answeredAt = clock.instant();
		answeredBy = actor.userId();
		answeredByName = actor.name();
	}

	/** Whether the receiver may read the case's shared sections: once accepted, for as long as the work lasts and after. */
	boolean sharesCase() {
		return state == State.ACCEPTED || state == State.DONE;
	}

	boolean sameRequest(String digest) {
		return requestDigest != null && requestDigest.equals(digest);
	}

	List<Object> registeredEvents() {
		return List.copyOf(domainEvents());
	}

	ReferralId id() {
		return new ReferralId(id);
	}

	CaseId caseId() {
		return new CaseId(caseId);
	}

	UUID senderOrganisationId() {
		return senderOrganisationId;
	}

	UUID receiverOrganisationId() {
		return receiverOrganisationId;
	}

	String purpose() {
		return purpose;
	}

	Urgency urgency() {
		return urgency;
	}

	String provinceCode() {
		return provinceCode;
	}

	List<String> exploitationTypes() {
		return exploitationTypes.isEmpty() ? List.of() : Arrays.asList(exploitationTypes.split(","));
	}

	boolean childProcedure() {
		return childProcedure;
	}

	Set<Section> sections() {
		return sections.isEmpty() ? EnumSet.noneOf(Section.class) : EnumSet.copyOf(sections);
	}

	Consent consent() {
		return consent;
	}

	String consentBy() {
		return consentBy;
	}

	Instant consentAt() {
		return consentAt;
	}

	String interpreter() {
		return interpreter;
	}

	String overrideReason() {
		return overrideReason;
	}

	State state() {
		return state;
	}

	Instant sentAt() {
		return sentAt;
	}

	String sentByName() {
		return sentByName;
	}

	Instant answerDueAt() {
		return answerDueAt;
	}

	Instant answeredAt() {
		return answeredAt;
	}

	UUID caseWorkerId() {
		return caseWorkerId;
	}

	String caseWorkerName() {
		return caseWorkerName;
	}

	String answeredByName() {
		return answeredByName;
	}

	DeclineReason declineReason() {
		return declineReason;
	}

	String declineNote() {
		return declineNote;
	}

	String withdrawNote() {
		return withdrawNote;
	}

	Instant completedAt() {
		return completedAt;
	}

	Boolean successful() {
		return successful;
	}

	String completionNote() {
		return completionNote;
	}

	long version() {
		return version == null ? 0 : version;
	}
}
