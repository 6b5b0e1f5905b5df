package th.tipnet.awards;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import org.springframework.dao.DataIntegrityViolationException;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.InputRules;
import th.tipnet.common.InvalidInput;
import th.tipnet.common.security.CurrentUser;
import th.tipnet.directory.Directory;
import th.tipnet.directory.OrganisationId;
import th.tipnet.directory.OrganisationSummary;

/**
 * Nominations: member organisations' administrators and provincial coordinators nominate for their
 * organisation; they see and change only their organisation's nominations, the secretariat sees
 * all. For anybody else a nomination does not exist (404). Every change is in the audit log,
 * without the nominee's name.
 */
@Service
class NominationDesk {

	static final String ORG_ADMIN = "ORG_ADMIN";

	static final String PROVINCIAL_COORDINATOR = "PROVINCIAL_COORDINATOR";

	/** Who nominates: an organisation's administrator, or a province's coordinator for the provincial office. */
	static final String[] NOMINATORS = { ORG_ADMIN, PROVINCIAL_COORDINATOR };

	private final Awards awards;

	private final Nominations nominations;

	private final Directory directory;

	private final AuditTrail audit;

	private final Clock clock;

	NominationDesk(Awards awards, Nominations nominations, Directory directory, AuditTrail audit,
			Clock clock) {
		this.awards = awards;
		this.nominations = nominations;
		this.directory = directory;
		this.audit = audit;
		this.clock = clock;
	}

	/** What a nominator sends: the category, the nominee's fields for its kind, and the texts. */
	record Form(UUID categoryId, NomineeKind nomineeKind, String personName, String personPosition,
			UUID personOrganisationId, String personProvinceCode, UUID organisationId, String provinceCode,
			String justification, String achievements, boolean nomineeConsented) {
	}

	static boolean mayNominate() {
		return CurrentUser.hasRole(ORG_ADMIN) || CurrentUser.hasRole(PROVINCIAL_COORDINATOR);
	}

	/** A draft for the caller's organisation, submitted at once when asked; refused outside the window. */
	@Transactional
	Nomination nominate(RoundId roundId, Form form, boolean submit) {
		Actor actor = Actor.current();
		if (!mayNominate() || actor.organisationId() == null) {
			throw DomainException.forbidden();
		}
		AwardRound round = awards.round(roundId);
		AwardCategory category = categoryOf(round, form.categoryId());
		Nomination.Details details = details(form);
		Nomination n = Nomination.draft(NominationId.next(), round, category, actor, details, clock.instant());
		requireNotNominated(category, details.nominee(), null);
		audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_DRAFTED, Changes.none()
			.field("category", null, category.code())
			.field("nomineeKind", null, category.nomineeKind().name()));
		if (submit) {
			n.submit(round, clock.instant());
			audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_SUBMITTED, Changes.none());
		}
		return save(n, category);
	}

	/** Revises the caller's organisation's draft. */
	@Transactional
	Nomination revise(NominationId id, long version, Form form) {
		Nomination n = ownNomination(id);
		requireVersion(n, version);
		AwardRound round = awards.round(new RoundId(n.roundId()));
		AwardCategory category = round.category(n.categoryId()).orElseThrow();
		if (form.categoryId() != null && !form.categoryId().equals(n.categoryId())) {
			throw DomainException.invalid("categoryId", "awards.error.categoryFixed");
		}
		Nomination.Details details = details(new Form(n.categoryId(), form.nomineeKind(), form.personName(),
				form.personPosition(), form.personOrganisationId(), form.personProvinceCode(), form.organisationId(),
				form.provinceCode(), form.justification(), form.achievements(), form.nomineeConsented()));
		n.revise(round, category, details, clock.instant());
		requireNotNominated(category, details.nominee(), n.id());
		audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_REVISED, Changes.none());
		return save(n, category);
	}

	@Transactional
	Nomination submit(NominationId id, long version) {
		Nomination n = ownNomination(id);
		requireVersion(n, version);
		n.submit(awards.round(new RoundId(n.roundId())), clock.instant());
		audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_SUBMITTED, Changes.none());
		return nominations.saveAndFlush(n);
	}

	@Transactional
	Nomination withdraw(NominationId id, long version) {
		Nomination n = ownNomination(id);
		requireVersion(n, version);
		n.withdraw(awards.round(new RoundId(n.roundId())), clock.instant());
		audit.record(AwardsAudit.NOMINATION, n.id().value(), AwardsAudit.AWARD_NOMINATION_WITHDRAWN, Changes.none());
		return nominations.saveAndFlush(n);
	}

	/** One nomination, for its organisation's nominators and the secretariat; 404 for anybody else. */
	@Transactional(readOnly = true)
	Nomination nomination(NominationId id) {
		Nomination n = nominations.findById(id.value()).orElseThrow(() -> DomainException.notFound("nomination"));
		if (Awards.isSecretariat() || isOwn(n)) {
			return n;
		}
		throw DomainException.notFound("nomination");
	}

	/** A round's nominations the caller may see: all for the secretariat, their organisation's for nominators. */
	@Transactional(readOnly = true)
	List<Nomination> of(RoundId roundId) {
		awards.round(roundId);
		if (Awards.isSecretariat()) {
			return nominations.findByRoundIdOrderByCreatedAt(roundId.value());
		}
		UUID organisation = Actor.current().organisationId();
		if (!mayNominate() || organisation == null) {
			throw DomainException.forbidden();
		}
		return nominations.findByRoundIdAndNominatorOrganisationIdOrderByCreatedAt(roundId.value(), organisation);
	}

	private Nomination ownNomination(NominationId id) {
		return nominations.findById(id.value())
			.filter(this::isOwn)
			.orElseThrow(() -> DomainException.notFound("nomination"));
	}

	private boolean isOwn(Nomination n) {
		return isOwnNominator(n);
	}

	/** The caller nominates for the organisation that made this nomination. */
	static boolean isOwnNominator(Nomination n) {
		return mayNominate() && n.nominatorOrganisationId().equals(Actor.current().organisationId());
	}

	private static void requireVersion(Nomination n, long version) {
		if (n.version() != version) {
			throw DomainException.staleVersion();
		}
	}

	private Nomination save(Nomination n, AwardCategory category) {
		try {
			// The repository publishes the nomination's events on save.
			return nominations.saveAndFlush(n);
		}
		catch (DataIntegrityViolationException raced) {
			// Another organisation named the same nominee at the same moment: the unique index decided.
			throw alreadyNominated(category);
		}
	}

	private void requireNotNominated(AwardCategory category, Nominee nominee, NominationId self) {
		boolean taken = self == null ? nominations.existsByCategoryIdAndActiveKey(category.id(), nominee.key())
				: nominations.existsByCategoryIdAndActiveKeyAndIdNot(category.id(), nominee.key(), self.value());
		if (taken) {
			throw alreadyNominated(category);
		}
	}

	private static DomainException alreadyNominated(AwardCategory category) {
		return new DomainException(HttpStatus.CONFLICT, "awards.error.alreadyNominated", "nominee", category.nameTh(),
				category.nameEn());
	}

	private static AwardCategory categoryOf(AwardRound round, UUID categoryId) {
		if (categoryId == null) {
			throw DomainException.invalid("categoryId", "error.required");
		}
		return round.category(categoryId).orElseThrow(() -> DomainException.invalid("categoryId", "awards.error.noSuchCategory"));
	}

	/** The nominee of the kind the form names, every field checked at once; a refused field is named. */
	private Nomination.Details details(Form f) {
		List<InvalidInput.Violation> v = new ArrayList<>();
		if (f.nomineeKind() == null) {
			v.add(new InvalidInput.Violation("nomineeKind", "error.required"));
		}
		else if (f.nomineeKind() == NomineeKind.PERSON) {
			InputRules.text(v, "personName", f.personName(), 200, true);
			InputRules.text(v, "personPosition", f.personPosition(), 200, true);
			organisation(v, "personOrganisationId", f.personOrganisationId());
			province(v, "personProvinceCode", f.personProvinceCode());
		}
		else if (f.nomineeKind() == NomineeKind.ORGANISATION) {
			organisation(v, "organisationId", f.organisationId());
		}
		else {
			province(v, "provinceCode", f.provinceCode());
		}
		InputRules.text(v, "justification", f.justification(), 4000, true);
		InputRules.text(v, "achievements", f.achievements(), 8000, true);
		if (!v.isEmpty()) {
			throw new InvalidInput(v);
		}
		Nominee nominee = switch (f.nomineeKind()) {
			case PERSON -> Nominee.person(f.personName(), f.personPosition(), f.personOrganisationId(), f.personProvinceCode());
			case ORGANISATION -> Nominee.organisation(f.organisationId());
			case PROVINCE -> Nominee.province(f.provinceCode());
		};
		return new Nomination.Details(nominee, f.justification(), f.achievements(), f.nomineeConsented());
	}

	private void organisation(List<InvalidInput.Violation> v, String field, UUID id) {
		if (id == null) {
			v.add(new InvalidInput.Violation(field, "error.required"));
		}
		else if (directory.summary(OrganisationId.of(id)).filter(OrganisationSummary::active).isEmpty()) {
			v.add(new InvalidInput.Violation(field, "awards.error.noSuchOrganisation"));
		}
	}

	private void province(List<InvalidInput.Violation> v, String field, String code) {
		if (code == null || code.isBlank()) {
			v.add(new InvalidInput.Violation(field, "error.required"));
		}
		else if (!directory.provinceExists(code)) {
			v.add(new InvalidInput.Violation(field, "awards.error.noSuchProvince"));
		}
	}
}
