package th.tipnet.cases;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

import th.tipnet.audit.AuditTrail;
import th.tipnet.audit.Changes;
import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;
import th.tipnet.common.security.CurrentUser;

/**
 * Coordinators' oversight of cases (issue 13, item 6). A provincial coordinator sees the cases of
 * their province, a network coordinator all cases, both only pseudonymised ({@link PseudonymisedCase},
 * from queries that never read a name or the story). Break glass opens one case whole, read-only, for
 * {@code tipnet.cases.break-glass.duration} after a written reason; it is audited, goes on the case's
 * timeline and mails the lead organisation's supervisors. Every read is audited. Anybody else, and a
 * provincial coordinator for another province's case, gets "not found".
 */
@Service
class Oversight {

	static final String PROVINCIAL_COORDINATOR = "PROVINCIAL_COORDINATOR";

	static final String NETWORK_COORDINATOR = "NETWORK_COORDINATOR";

	static final String[] COORDINATORS = { PROVINCIAL_COORDINATOR, NETWORK_COORDINATOR };

	private final OverseenCases overseen;

	private final Cases cases;

	private final Referrals referrals;

	private final BreakGlasses breakGlasses;

	private final AuditTrail audit;

	private final Clock clock;

	private final Duration breakGlassLasts;

	Oversight(OverseenCases overseen, Cases cases, Referrals referrals, BreakGlasses breakGlasses, AuditTrail audit,
			Clock clock, @Value("${tipnet.cases.break-glass.duration:PT2H}") Duration breakGlassLasts) {
		this.overseen = overseen;
		this.cases = cases;
		this.referrals = referrals;
		this.breakGlasses = breakGlasses;
		this.audit = audit;
		this.clock = clock;
		this.breakGlassLasts = breakGlassLasts;
	}

	/** What a coordinator oversees: one province, or every case (network). */
	record Scope(String province) {

		boolean network() {
			return province == null;
		}
	}

	/** The caller's oversight, if they are a coordinator (a provincial one needs a province on their account). */
	static Optional<Scope> scope() {
		if (CurrentUser.hasRole(NETWORK_COORDINATOR)) {
			return Optional.of(new Scope(null));
		}
		String province = Actor.current().provinceCode();
		return CurrentUser.hasRole(PROVINCIAL_COORDINATOR) && province != null ? Optional.of(new Scope(province))
				: Optional.empty();
	}

	/** A coordinator without a case role: their list of cases is the pseudonymised one. */
	static boolean overseesOnly() {
		return scope().isPresent() && !CurrentUser.hasRole(CaseAccess.CASE_WORKER)
				&& !CurrentUser.hasRole(CaseAccess.CASE_SUPERVISOR);
	}

	/** The cases in the coordinator's scope, pseudonymised, the screening clock's most urgent first. */
	@Transactional
	Page<PseudonymisedCase.Line> list(int page, int size) {
		Scope scope = scope().orElseThrow(DomainException::forbidden);
		PageRequest request = PageRequest.of(Math.max(0, page), Math.min(Math.max(1, size), Caseload.MAX_PAGE));
		Page<Object[]> rows = scope.network() ? overseen.lines(request) : overseen.linesInProvince(scope.province(), request);
		Instant now = clock.instant();
		Page<PseudonymisedCase.Line> found = rows.map(row -> PseudonymisedCase.line(row, now));
		audit.record(CasesAudit.CASE, null, CasesAudit.CASES_LISTED, Changes.none()
			.note("view", "pseudonymised")
			.note("scope", scope.network() ? "network" : scope.province())
			.note("page", found.getNumber())
			.note("caseIds", found.getContent().stream().map(l -> l.id().toString()).toList()));
		return found;
	}

	/**
	 * The pseudonymised case for a coordinator who has no other way to see it: not as a case worker of
	 * its lead organisation or of an organisation it was shared with, and not under an open break glass
	 * (those see it whole). Empty for everybody else, who then get what the case workers' path gives
	 * them ("not found" when nothing).
	 */
	@Transactional
	Optional<PseudonymisedCase> insteadOfCase(CaseId id, String via) {
		Optional<Scope> scope = scope();
		if (scope.isEmpty() || seenAsCaseWorker(id) || openBreakGlass(id).isPresent()) {
			return Optional.empty();
		}
		Optional<PseudonymisedCase> found = pseudonymised(id, scope.get());
		found.ifPresent(c -> audit.record(CasesAudit.CASE, id.value(), CasesAudit.CASE_READ,
				Changes.none().note("via", via + "-pseudonymised")));
		return found;
	}

	/**
	 * The whole case for the caller's break glass still open on it, audited as a read under that break
	 * glass; empty for anybody without one (the caller then goes the case workers' way).
	 */
	@Transactional
	Optional<Case> underBreakGlass(CaseId id, String via) {
		Optional<BreakGlass> open = openBreakGlass(id);
		if (open.isEmpty()) {
			return Optional.empty();
		}
		Optional<Case> found = overseen.openUnderBreakGlass(id.value(), Actor.current().userId(), clock.instant());
		found.ifPresent(c -> audit.record(CasesAudit.CASE, id.value(), CasesAudit.CASE_READ, Changes.none()
			.note("via", via + "-break-glass")
			.note("breakGlassId", open.get().id().toString())));
		return found;
	}

	/**
	 * Opens a case the coordinator oversees, whole and read-only, for the configured time. A
	 * coordinator with a break glass still open on it gets that one back (the lead organisation is not
	 * mailed twice). A short reason is a 422 naming {@code reason}; a case out of scope is 404.
	 */
	/** A break glass opened now, or the caller's one still open. */
	record Glass(BreakGlass breakGlass, boolean created) {
	}

	@Transactional
	Glass breakGlass(CaseId id, String reason) {
		Scope scope = scope().orElseThrow(() -> DomainException.notFound("case"));
		if (pseudonymised(id, scope).isEmpty()) {
			throw DomainException.notFound("case");
		}
		Optional<BreakGlass> open = openBreakGlass(id);
		if (open.isPresent()) {
			return new Glass(open.get(), false);
		}
		Actor actor = Actor.current();
		Instant now = clock.instant();
		Case c = overseen.whole(id.value()).orElseThrow(() -> DomainException.notFound("case"));
		BreakGlass opened = breakGlasses.save(BreakGlass.open(c, reason, actor, now, breakGlassLasts));
		c.noteBreakGlass(actor, now);
		cases.save(c);
		audit.record(CasesAudit.CASE, id.value(), CasesAudit.BREAK_GLASS_OPENED, Changes.none()
			.note("breakGlassId", opened.id().toString())
			.note("reason", opened.reason())
			.note("openedAt", opened.openedAt().toString())
			.note("until", opened.expiresAt().toString()));
		return new Glass(opened, true);
	}

	/** How long a break glass lasts, in whole hours (at least one), as the form says it. */
	long breakGlassHours() {
		return Math.max(1, breakGlassLasts.toHours());
	}

	/** A break glass on a case as its banner shows it. */
	record Banner(String coordinator, String reason, Instant openedAt, Instant until, boolean mine) {
	}

	/**
	 * The banners a case's page shows: the caller's own open break glass; for the lead organisation's
	 * case workers, every one still open on the case (who, why, until when).
	 */
	@Transactional(readOnly = true)
	List<Banner> banners(Case c) {
		Actor actor = Actor.current();
		boolean lead = ReferralDesk.caseWorker().map(a -> a.organisationId().equals(c.leadOrganisationId())).orElse(false);
		return breakGlasses.findByCaseIdAndExpiresAtAfterOrderByExpiresAtDesc(c.id().value(), clock.instant())
			.stream()
			.filter(b -> lead || b.userId().equals(actor.userId()))
			.map(b -> new Banner(b.userName(), b.reason(), b.openedAt(), b.expiresAt(), b.userId().equals(actor.userId())))
			.toList();
	}

	private Optional<BreakGlass> openBreakGlass(CaseId id) {
		UUID user = Actor.current().userId();
		if (user == null || scope().isEmpty()) {
			return Optional.empty();
		}
		return breakGlasses.findFirstByCaseIdAndUserIdAndExpiresAtAfterOrderByExpiresAtDesc(id.value(), user, clock.instant());
	}

	private Optional<PseudonymisedCase> pseudonymised(CaseId id, Scope scope) {
		List<Object[]> row = scope.network() ? overseen.line(id.value()) : overseen.lineInProvince(id.value(), scope.province());
		if (row.isEmpty()) {
			return Optional.empty();
		}
		return Optional.of(PseudonymisedCase.of(row.get(0), clock.instant(), overseen.referralStates(id.value()),
				overseen.steps(id.value())));
	}

	/** Whether the caller reaches the case as a case worker: its lead organisation, or one it was shared with. */
	private boolean seenAsCaseWorker(CaseId id) {
		return ReferralDesk.caseWorker()
			.map(a -> cases.findByIdAndLeadOrganisationId(id.value(), a.organisationId()).isPresent()
					|| referrals.findByCaseIdAndReceiverOrganisationId(id.value(), a.organisationId())
						.stream()
						.anyMatch(r -> r.sharesCase() && !r.sections().isEmpty()))
			.orElse(false);
	}
}
