package th.tipnet.cases;

import java.time.Instant;
import java.util.ArrayList;
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

		protected Member() {
		}

		Member(String name, String organisation, Discipline discipline) {
			this.name = name;
			this.organisation = organisation;
			this.discipline = discipline;
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

		protected Response() {
		}

		Response(int member, String indicator, Answer answer) {
			this.member = member;
			this.indicator = indicator;
			this.answer = answer;
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

	/** What the team decided: its members with their answers by indicator key, the outcome, the route, the reasons. */
	record Decision(List<Member> members, List<Map<String, Answer>> answers, Outcome outcome, Route route, String reasons) {
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
		s.members = new ArrayList<>(d.members());
		for (int m = 0; m < d.members().size(); m++) {
			Map<String, Answer> given = m < d.answers().size() ? d.answers().get(m) : Map.of();
			for (Indicator i : Indicator.ALL) {
				s.responses.add(new Response(m, i.key(), given.getOrDefault(i.key(), Answer.UNKNOWN)));
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
		List<Answer> answers = new ArrayList<>();
		for (int m = 0; m < members.size(); m++) {
			int member = m;
			answers.add(responses.stream()
				.filter(r -> r.member == member && r.indicator.equals(indicator.key()))
				.map(r -> r.answer)
				.findFirst()
				.orElse(Answer.UNKNOWN));
		}
		return answers;
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
