package th.tipnet.awards;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import jakarta.persistence.CollectionTable;
import jakarta.persistence.Column;
import jakarta.persistence.ElementCollection;
import jakarta.persistence.Entity;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;
import jakarta.persistence.FetchType;
import jakarta.persistence.Id;
import jakarta.persistence.JoinColumn;
import jakarta.persistence.OrderColumn;
import jakarta.persistence.Table;
import jakarta.persistence.Version;

import org.springframework.data.domain.AbstractAggregateRoot;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;

/**
 * A nomination to one category of a round, by a member organisation or a provincial office. It is
 * drafted, revised while a draft, submitted with the nominee's consent, and may be withdrawn; each
 * of these only while the round takes nominations. No setters: its verbs check the state and the
 * window and register what happened.
 */
@Entity
@Table(name = "award_nomination")
class Nomination extends AbstractAggregateRoot<Nomination> {

	enum Status {
		DRAFT, SUBMITTED, WITHDRAWN
	}

	/** What the nominator writes: the nominee, why, what they achieved, and whether the nominee consented. */
	record Details(Nominee nominee, String justification, String achievements, boolean nomineeConsented) {
	}

	@Id
	private UUID id;

	@Column(name = "round_id", nullable = false, updatable = false)
	private UUID roundId;

	@Column(name = "category_id", nullable = false, updatable = false)
	private UUID categoryId;

	@Column(name = "nominator_org_id", nullable = false, updatable = false)
	private UUID nominatorOrganisationId;

	@Column(name = "nominated_by", nullable = false, updatable = false)
	private UUID nominatedBy;

	@Enumerated(EnumType.STRING)
	@Column(name = "nominee_kind", nullable = false)
	private NomineeKind nomineeKind;

	@Column(name = "active_key")
	private String activeKey;

	@Column(name = "person_name")
	private String personName;

	@Column(name = "person_position")
	private String personPosition;

	@Column(name = "person_org_id")
	private UUID personOrganisationId;

	@Column(name = "person_province")
	private String personProvinceCode;

	@Column(name = "nominee_org_id")
	private UUID nomineeOrganisationId;

	@Column(name = "nominee_province")
	private String nomineeProvinceCode;

	@Column(nullable = false)
	private String justification;

	@Column(nullable = false)
	private String achievements;

	@Column(name = "nominee_consented", nullable = false)
	private boolean nomineeConsented;

	@Enumerated(EnumType.STRING)
	@Column(nullable = false)
	private Status status;

	@Column(name = "created_at", nullable = false, updatable = false)
	private Instant createdAt;

	@Column(name = "submitted_at")
	private Instant submittedAt;

	@Column(name = "withdrawn_at")
	private Instant withdrawnAt;

	@Version
	private long version;

	@Enumerated(EnumType.STRING)
	@Column(name = "eligibility")
	private Eligibility eligibility;

	@Column(name = "eligibility_checked_at")
	private Instant eligibilityCheckedAt;

	@Column(name = "eligibility_checked_by")
	private UUID eligibilityCheckedBy;

	@ElementCollection(fetch = FetchType.EAGER)
	@CollectionTable(name = "award_eligibility_check", joinColumns = @JoinColumn(name = "nomination_id"))
	@OrderColumn(name = "position")
	private List<EligibilityCheck> eligibilityChecks = new ArrayList<>();

	protected Nomination() {
	}

	/** A draft nomination for the nominator's organisation, while the round takes nominations. */
	static Nomination draft(NominationId id, AwardRound round, AwardCategory category, Actor nominator, Details details,
			Instant at) {
		requireNominating(round, at);
		Nomination n = new Nomination();
		n.id = id.value();
		n.roundId = round.id().value();
		n.categoryId = category.id();
		n.nominatorOrganisationId = nominator.organisationId();
		n.nominatedBy = nominator.userId();
		n.status = Status.DRAFT;
		n.createdAt = at;
		n.write(category, details);
		return n;
	}

	/** Changes a draft; a submitted or withdrawn nomination is final. */
	void revise(AwardRound round, AwardCategory category, Details details, Instant at) {
		requireNominating(round, at);
		if (status != Status.DRAFT) {
			throw DomainException.conflict("awards.error.notADraft");
		}
		write(category, details);
	}

	/** Sends the draft to the secretariat; only with the nominee's consent. */
	void submit(AwardRound round, Instant at) {
		requireNominating(round, at);
		if (status != Status.DRAFT) {
			throw DomainException.conflict("awards.error.notADraft");
		}
		if (!nomineeConsented) {
			throw DomainException.invalid("nomineeConsented", "awards.error.consentNeeded");
		}
		status = Status.SUBMITTED;
		submittedAt = at;
		registerEvent(new NominationSubmitted(id(), round.id()));
	}

	/** Takes the nomination back before the deadline; the nominee may then be nominated again. */
	void withdraw(AwardRound round, Instant at) {
		requireNominating(round, at);
		if (status == Status.WITHDRAWN) {
			throw DomainException.conflict("awards.error.withdrawn");
		}
		status = Status.WITHDRAWN;
		withdrawnAt = at;
		activeKey = null;
		registerEvent(new NominationWithdrawn(id(), round.id()));
	}

	private void write(AwardCategory category, Details details) {
		Nominee nominee = details.nominee();
		if (nominee.kind() != category.nomineeKind()) {
			throw DomainException.invalid("nomineeKind", "awards.error.wrongKind." + category.nomineeKind());
		}
		nomineeKind = nominee.kind();
		activeKey = nominee.key();
		personName = nominee.personName();
		personPosition = nominee.personPosition();
		personOrganisationId = nominee.personOrganisationId();
		personProvinceCode = nominee.personProvinceCode();
		nomineeOrganisationId = nominee.organisationId();
		nomineeProvinceCode = nominee.provinceCode();
		justification = details.justification().strip();
		achievements = details.achievements().strip();
		nomineeConsented = details.nomineeConsented();
	}

	private static void requireNominating(AwardRound round, Instant at) {
		if (round.phaseAt(at) != Phase.NOMINATING) {
			throw DomainException.conflict("awards.error.nominationsClosed");
		}
	}

	NominationId id() {
		return new NominationId(id);
	}

	UUID roundId() {
		return roundId;
	}

	UUID categoryId() {
		return categoryId;
	}

	UUID nominatorOrganisationId() {
		return nominatorOrganisationId;
	}

	Nominee nominee() {
		return new Nominee(nomineeKind, personName, personPosition, personOrganisationId, personProvinceCode,
				nomineeOrganisationId, nomineeProvinceCode);
	}

	String justification() {
		return justification;
	}

	String achievements() {
		return achievements;
	}

	boolean nomineeConsented() {
		return nomineeConsented;
	}

	Status status() {
		return status;
	}

	Instant createdAt() {
		return createdAt;
	}

	Instant submittedAt() {
		return submittedAt;
	}

	long version() {
		return version;
	}
	/**
	 * The secretariat's check against the category's checklist, one answer per item in its order, a
	 * reason for each item not met: eligible when every item is met. Only a submitted nomination, and
	 * only until judging opens (the judges then score what was found eligible); checking again before
	 * then replaces the finding.
	 */
	void checkEligibility(AwardRound round, AwardCategory category, List<EligibilityCheck> checks, Actor by, Instant at) {
		if (status != Status.SUBMITTED) {
			throw DomainException.conflict("awards.error.notSubmitted");
		}
		Phase phase = round.phaseAt(at);
		if (phase != Phase.NOMINATING && phase != Phase.CHECKING_ELIGIBILITY) {
			throw DomainException.conflict("awards.error.eligibilityClosed");
		}
		int items = category.eligibility().size();
		if (checks.size() != items) {
			throw DomainException.invalid("checks", "awards.error.checkEveryItem", items);
		}
		List<InvalidInput.Violation> v = new ArrayList<>();
		for (int i = 0; i < items; i++) {
			EligibilityCheck c = checks.get(i);
			InputRules.text(v, "checks[" + i + "].reason", c.reason(), 1000, !c.met());
		}
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		eligibilityChecks.clear();
		checks.forEach(c -> eligibilityChecks.add(new EligibilityCheck(c.met(),
				c.met() || c.reason() == null ? null : c.reason().strip())));
		eligibility = checks.stream().allMatch(EligibilityCheck::met) ? Eligibility.ELIGIBLE : Eligibility.INELIGIBLE;
		eligibilityCheckedAt = at;
		eligibilityCheckedBy = by.userId();
		if (eligibility == Eligibility.ELIGIBLE) {
			registerEvent(new NominationFoundEligible(id(), round.id()));
		}
		else {
			registerEvent(new NominationFoundIneligible(id(), round.id()));
		}
	}

	/** The secretariat's finding, or null while unchecked. */
	Eligibility eligibility() {
		return eligibility;
	}

	Instant eligibilityCheckedAt() {
		return eligibilityCheckedAt;
	}

	List<EligibilityCheck> eligibilityChecks() {
		return List.copyOf(eligibilityChecks);
	}

	UUID nominatedBy() {
		return nominatedBy;
	}
}
