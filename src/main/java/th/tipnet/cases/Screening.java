package th.tipnet.cases;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.Convert;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Embeddable;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OneToOne;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.Sealed;

/**
 * A case's screening by a multidisciplinary team: who took part, what each answered to every
 * indicator (so dissent is kept, not averaged away), the outcome and its reasons, and a
 * supervisor's sign-off. Part of the {@link Case} aggregate, changed only through it.
 */
@Entity
@Table(name = "nrm_screening")
class Screening {

	enum Outcome {
		IDENTIFIED_VICTIM, NOT_A_VICTIM, UNDETERMINED
	}

	/** Where a person who is not a victim of trafficking is sent on. */
	enum Route {
		LABOUR_PROTECTION, IMMIGRATION, SOCIAL_WELFARE, RETURN_HOME, NO_FURTHER_ACTION
	}

	enum Discipline {
		POLICE, SOCIAL_WORKER, LABOUR_OFFICIAL, INTERPRETER, NGO, PROSECUTOR, OTHER
	}

	enum Answer {
		YES, NO, UNKNOWN
	}

	/** A member of the team: officials and partners, not the person screened, so not sealed. */
	@Embeddable
	static class Member {

		@Column(nullable = false)
		private String name;

		private String organisation;

		@Enumerated(EnumType.STRING)
		@Column(nullable = false)
		private Discipline discipline;

		/** The account of a member picked from the lead organisation's users; null for an outsider. */
		@Column(name = "user_id")
		private UUID userId;

		protected Member() {
		}

		Member(String name, String organisation, Discipline discipline) {
			this(name, organisation, discipline, null);
		}

		Member(String name, String organisation, Discipline discipline, UUID userId) {
			this.name = name;
			this.organisation = organisation;
			this.discipline = discipline;
			this.userId = userId;
		}

		UUID userId() {
			return userId;
		}

		String name() {
			return name;
		}

		String organisation() {
			return organisation;
		}

		Discipline discipline() {
			return discipline;
		}
	}

	/** One member's answer to one indicator. */
	@Embeddable
	static class Response {

		@Column(name = "member", nullable = false)
		private int member;

		@Column(nullable = false)
		private String indicator;

		@Enumerated(EnumType.STRING)
		@Column(nullable = false)
		private Answer answer;

		/** What the member noted with the answer: it may repeat what the person told, so sealed. */
		@Convert(converter = Sealed.class)
		private String note;

		/** The indicator's place in the checklist the team answered; null for answers recorded before it was kept. */
		private Integer position;

		protected Response() {
		}

		Response(int member, String indicator, Answer answer, String note, int position) {
			this.member = member;
			this.indicator = indicator;
			this.answer = answer;
			this.note = note;
			this.position = position;
		}

		@Override
		public boolean equals(Object o) {
			return o instanceof Response r && r.member == member && r.indicator.equals(indicator);
		}

		@Override
		public int hashCode() {
			return Objects.hash(member, indicator);
		}
	}

	/**
	 * What the team decided: its members with their answers (and notes) by indicator key to the checklist
	 * active at the time, the outcome, the route, the reasons; the interpreter and the language spoken;
	 * the court's extension of an undetermined screening.
	 */
	record Decision(List<Member> members, List<Map<String, Answer>> answers, Outcome outcome, Route route, String reasons,
			List<String> checklist, List<Map<String, String>> notes, String interpreter, String language, Extension extension) {

		/** A decision on the checklist as first built, without notes, interpreter or extension (not for UNDETERMINED). */
		Decision(List<Member> members, List<Map<String, Answer>> answers, Outcome outcome, Route route, String reasons) {
			this(members, answers, outcome, route, reasons, Indicator.ALL.stream().map(Indicator::key).toList(), List.of(),
					null, null, null);
		}
	}

	/** The court's extension of an undetermined screening: until when, under which order. */
	record Extension(LocalDate until, String courtReference) {
	}

	/** An identified victim's reflection and recovery period: from, until, granted by whom, with a note. */
	record Reflection(LocalDate from, LocalDate until, String grantedBy, String note) {
	}

	@Id
	private UUID id;

	@OneToOne
	@JoinColumn(name = "case_id", nullable = false, updatable = false)
	private Case caseFile;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Outcome outcome;

	@Enumerated(EnumType.STRING)
	private Route route;

	@Convert(converter = Sealed.class)
	private String reasons;

	@Column(name = "decided_at", nullable = false)
	private Instant decidedAt;

	@Column(name = "decided_by")
	private UUID decidedBy;

	@Column(name = "decided_by_name", nullable = false)
	private String decidedByName;

	@Column(nullable = false)
	private boolean late;

	@Column(name = "signed_off_at")
	private Instant signedOffAt;

	@Column(name = "signed_off_by")
	private UUID signedOffBy;

	@Column(name = "signed_off_by_name")
	private String signedOffByName;

	private String interpreter;

	private String language;

	@Column(name = "extended_until")
	private LocalDate extendedUntil;

	@Column(name = "court_reference")
	private String courtReference;

	@Column(name = "reflection_from")
	private LocalDate reflectionFrom;

	@Column(name = "reflection_until")
	private LocalDate reflectionUntil;

	@Column(name = "reflection_granted_by")
	private String reflectionGrantedBy;

	@Convert(converter = Sealed.class)
	@Column(name = "reflection_note")
	private String reflectionNote;

	@Column(name = "reflection_recorded_at")
	private Instant reflectionRecordedAt;

	@Column(name = "reflection_recorded_by")
	private String reflectionRecordedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_screening_member", joinColumns = @JoinColumn(name = "screening_id"))
	@OrderColumn(name = "position")
	private List<Member> members = new ArrayList<>();

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "nrm_screening_answer", joinColumns = @JoinColumn(name = "screening_id"))
	private Set<Response> responses = new HashSet<>();

	protected Screening() {
	}

	/**
	 * The team's decision, recorded by a case worker: at least one member; a person who is not a
	 * victim needs the route they are sent on, and only they have one. Indicators a member left out
	 * are recorded as unknown.
	 */
	static Screening decide(Case caseFile, Decision d, Actor actor, Instant now, boolean late) {
		if (d.members().isEmpty()) {
			throw DomainException.invalid("members", "cases.error.membersRequired");
		}
		if ((d.outcome() == Outcome.NOT_A_VICTIM) != (d.route() != null)) {
			throw DomainException.invalid("route", d.route() == null ? "cases.error.routeRequired" : "cases.error.routeOnlyIfNotAVictim");
		}
		if ((d.outcome() == Outcome.UNDETERMINED) != (d.extension() != null)) {
			throw DomainException.invalid("extendedUntil", d.extension() == null ? "cases.error.extensionRequired"
					: "cases.error.extensionOnlyIfUndetermined");
		}
		Screening s = new Screening();
		s.id = UUID.randomUUID();
		s.caseFile = caseFile;
		s.outcome = d.outcome();
		s.route = d.route();
		s.reasons = d.reasons();
		s.decidedAt = now;
		s.decidedBy = actor.userId();
		s.decidedByName = actor.name();
		s.late = late;
		s.interpreter = d.interpreter();
		s.language = d.language();
		if (d.extension() != null) {
			s.extendedUntil = d.extension().until();
			s.courtReference = d.extension().courtReference();
		}
		s.members = new ArrayList<>(d.members());
		for (int m = 0; m < d.members().size(); m++) {
			Map<String, Answer> given = m < d.answers().size() ? d.answers().get(m) : Map.of();
			Map<String, String> notes = m < d.notes().size() ? d.notes().get(m) : Map.of();
			for (int p = 0; p < d.checklist().size(); p++) {
				String key = d.checklist().get(p);
				s.responses.add(new Response(m, key, given.getOrDefault(key, Answer.UNKNOWN), notes.get(key), p));
			}
		}
		return s;
	}

	/** Four eyes: a supervisor who did not record the decision signs it off, once. */
	void signOff(Actor supervisor, Instant now) {
		if (signedOffAt != null) {
			throw DomainException.conflict("cases.error.alreadySignedOff");
		}
		if (supervisor.userId() != null && supervisor.userId().equals(decidedBy)) {
			throw DomainException.conflict("cases.error.ownDecision");
		}
		signedOffAt = now;
		signedOffBy = supervisor.userId();
		signedOffByName = supervisor.name();
	}

	/** Each member's answer to an indicator, in the members' order. */
	List<Answer> answers(Indicator indicator) {
		return answers(indicator.key());
	}

	/** Each member's answer to the indicator of this key, in the members' order. */
	List<Answer> answers(String key) {
		List<Answer> answers = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			answers.add(response(m, key).map(r -> r.answer).orElse(Answer.UNKNOWN));
		}
		return answers;
	}

	/** Each member's note on the indicator of this key, in the members' order (null where none). */
	List<String> notes(String key) {
		List<String> notes = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			notes.add(response(m, key).map(r -> r.note).orElse(null));
		}
		return notes;
	}

	/**
	 * The keys of the indicators this team answered, in the checklist's order at the time (answers
	 * recorded before that order was kept follow the checklist as first built).
	 */
	List<String> indicatorKeys() {
		List<String> all = Indicator.ALL.stream().map(Indicator::key).toList();
		return responses.stream()
			.sorted(Comparator.comparingInt((Response r) -> r.position != null ? r.position
					: all.contains(r.indicator) ? all.indexOf(r.indicator) : Integer.MAX_VALUE).thenComparing(r -> r.indicator))
			.map(r -> r.indicator)
			.distinct()
			.toList();
	}

	private java.util.Optional<Response> response(int member, String key) {
		return responses.stream().filter(r -> r.member == member && r.indicator.equals(key)).findFirst();
	}

	/**
	 * Records an identified victim's reflection and recovery period (again, when it is extended or
	 * corrected); refused for any other outcome.
	 */
	void recordReflection(Reflection r, Actor actor, Instant now) {
		if (outcome != Outcome.IDENTIFIED_VICTIM) {
			throw DomainException.conflict("cases.error.reflectionOnlyForVictims");
		}
		reflectionFrom = r.from();
		reflectionUntil = r.until();
		reflectionGrantedBy = r.grantedBy();
		reflectionNote = r.note();
		reflectionRecordedAt = now;
		reflectionRecordedBy = actor.name();
	}

	String interpreter() {
		return interpreter;
	}

	String language() {
		return language;
	}

	java.util.Optional<Extension> extension() {
		return extendedUntil == null ? java.util.Optional.empty()
				: java.util.Optional.of(new Extension(extendedUntil, courtReference));
	}

	java.util.Optional<Reflection> reflection() {
		return reflectionFrom == null ? java.util.Optional.empty()
				: java.util.Optional.of(new Reflection(reflectionFrom, reflectionUntil, reflectionGrantedBy, reflectionNote));
	}

	Instant reflectionRecordedAt() {
		return reflectionRecordedAt;
	}

	String reflectionRecordedBy() {
		return reflectionRecordedBy;
	}

	Outcome outcome() {
		return outcome;
	}

	Route route() {
		return route;
	}

	String reasons() {
		return reasons;
	}

	Instant decidedAt() {
		return decidedAt;
	}

	UUID decidedBy() {
		return decidedBy;
	}

	String decidedByName() {
		return decidedByName;
	}

	boolean late() {
		return late;
	}

	Instant signedOffAt() {
		return signedOffAt;
	}

	String signedOffByName() {
		return signedOffByName;
	}

	List<Member> members() {
		return List.copyOf(members);
	}
}
