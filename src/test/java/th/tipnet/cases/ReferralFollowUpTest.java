package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/** Consent revocation, onward referral and break glass as the aggregates decide them, without Spring. */
class ReferralFollowUpTest {

	static final Actor RECEIVER = new Actor(UUID.randomUUID(), "receiver", UUID.randomUUID(), null);

	static final Actor THIRD = new Actor(UUID.randomUUID(), "third", UUID.randomUUID(), null);

	static final Actor COORDINATOR = new Actor(UUID.randomUUID(), "coordinator", UUID.randomUUID(), "TH-20");

	final Case caseFile = CaseTest.open(CaseTest.NOW.minus(Duration.ofHours(3)), Birth.estimated(30),
			List.of(CaseTest.name("Aung Ko")));

	Referral sent(Set<Referral.Section> sections) {
		return Referral.send(ReferralId.next(), caseFile, sending(RECEIVER.organisationId(), sections), null, CaseTest.WORKER,
				CaseTest.CLOCK);
	}

	static Referral.Sending sending(UUID to, Set<Referral.Section> sections) {
		return new Referral.Sending(to, "SHELTER", Referral.Urgency.NORMAL, sections, Referral.Consent.GIVEN, "worker",
				CaseTest.NOW, null, null);
	}

	@Test
	void revokingSomeSectionsEndsTheirSharingAndRevokingTheRestLeavesNothingToAccept() {
		Referral r = sent(Set.of(Referral.Section.PERSON, Referral.Section.SCREENING));
		r.revokeConsent(Set.of(Referral.Section.PERSON), CaseTest.WORKER, CaseTest.CLOCK);
		assertThat(r.sections()).containsExactly(Referral.Section.SCREENING);
		assertThat(r.revocations()).singleElement().satisfies(x -> {
			assertThat(x.section()).isEqualTo(Referral.Section.PERSON);
			assertThat(x.at()).isEqualTo(CaseTest.NOW);
		});
		assertThat(r.registeredEvents()).last().isInstanceOfSatisfying(ReferralConsentRevoked.class,
				e -> assertThat(e.sections()).containsExactly("PERSON"));
		invalid(() -> r.revokeConsent(Set.of(Referral.Section.PERSON), CaseTest.WORKER, CaseTest.CLOCK), "sections");

		r.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK);
		assertThat(r.sections()).isEmpty();
		conflict(() -> r.accept(RECEIVER, CaseTest.CLOCK));
		conflict(() -> r.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK));
		assertThat(r.state()).isEqualTo(Referral.State.IN_PROGRESS);
	}

	@Test
	void aDeclinedOrWithdrawnReferralHasNoConsentToRevoke() {
		Referral declined = sent(Set.of(Referral.Section.PERSON));
		declined.decline(Referral.DeclineReason.NO_CAPACITY, null, RECEIVER, CaseTest.CLOCK);
		conflict(() -> declined.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK));
		Referral withdrawn = sent(Set.of(Referral.Section.PERSON));
		withdrawn.withdraw(null, CaseTest.WORKER, CaseTest.CLOCK);
		conflict(() -> withdrawn.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK));
	}

	@Test
	void onwardOnlyFromAnAcceptedReferralToAThirdOrganisationWithAtMostTheSectionsReceived() {
		Referral parent = sent(Set.of(Referral.Section.PERSON, Referral.Section.SCREENING));
		conflict(() -> Referral.sendOnward(ReferralId.next(), parent, caseFile,
				sending(THIRD.organisationId(), Set.of(Referral.Section.PERSON)), null, RECEIVER, CaseTest.CLOCK));
		parent.accept(RECEIVER, CaseTest.CLOCK);

		invalid(() -> Referral.sendOnward(ReferralId.next(), parent, caseFile,
				sending(THIRD.organisationId(), Set.of(Referral.Section.INTAKE)), null, RECEIVER, CaseTest.CLOCK), "sections");
		invalid(() -> Referral.sendOnward(ReferralId.next(), parent, caseFile,
				sending(RECEIVER.organisationId(), Set.of(Referral.Section.PERSON)), null, RECEIVER, CaseTest.CLOCK), "receiver");
		invalid(() -> Referral.sendOnward(ReferralId.next(), parent, caseFile,
				sending(caseFile.leadOrganisationId(), Set.of(Referral.Section.PERSON)), null, RECEIVER, CaseTest.CLOCK),
				"receiver");

		Referral onward = Referral.sendOnward(ReferralId.next(), parent, caseFile,
				sending(THIRD.organisationId(), Set.of(Referral.Section.PERSON)), null, RECEIVER, CaseTest.CLOCK);
		assertThat(onward.senderOrganisationId()).isEqualTo(RECEIVER.organisationId());
		assertThat(onward.parentReferralId()).isEqualTo(parent.id().value());
		assertThat(onward.state()).isEqualTo(Referral.State.IN_PROGRESS);
		assertThat(onward.registeredEvents()).singleElement().isInstanceOf(ReferralSent.class);
	}

	@Test
	void breakGlassNeedsAWrittenReasonAndLastsTheTimeGiven() {
		invalid(() -> BreakGlass.open(caseFile, "need to check", COORDINATOR, CaseTest.NOW, Duration.ofHours(2)), "reason");
		invalid(() -> BreakGlass.open(caseFile, " ".repeat(40), COORDINATOR, CaseTest.NOW, Duration.ofHours(2)), "reason");
		invalid(() -> BreakGlass.open(caseFile, "x".repeat(2001), COORDINATOR, CaseTest.NOW, Duration.ofHours(2)), "reason");

		BreakGlass b = BreakGlass.open(caseFile, "  The court asked for the file under letter 0026/2569  ", COORDINATOR,
				CaseTest.NOW, Duration.ofHours(2));
		assertThat(b.reason()).isEqualTo("The court asked for the file under letter 0026/2569");
		assertThat(b.expiresAt()).isEqualTo(CaseTest.NOW.plus(Duration.ofHours(2)));
		assertThat(b.openAt(CaseTest.NOW.plus(Duration.ofMinutes(119)))).isTrue();
		assertThat(b.openAt(CaseTest.NOW.plus(Duration.ofHours(2)))).isFalse();
		assertThat(b.registeredEvents()).singleElement().isInstanceOfSatisfying(BreakGlassOpened.class,
				e -> assertThat(e.leadOrganisationId()).isEqualTo(caseFile.leadOrganisationId()));
	}

	@Test
	void theAgeBandIsTheYoungestThePersonMayHaveBeen() {
		assertThat(PseudonymisedCase.AgeBand.of(null)).isEqualTo(PseudonymisedCase.AgeBand.UNKNOWN);
		assertThat(PseudonymisedCase.AgeBand.of(11)).isEqualTo(PseudonymisedCase.AgeBand.UNDER_12);
		assertThat(PseudonymisedCase.AgeBand.of(17)).isEqualTo(PseudonymisedCase.AgeBand.FROM_12_TO_17);
		assertThat(PseudonymisedCase.AgeBand.of(18)).isEqualTo(PseudonymisedCase.AgeBand.FROM_18_TO_24);
		assertThat(PseudonymisedCase.AgeBand.of(49)).isEqualTo(PseudonymisedCase.AgeBand.FROM_35_TO_49);
		assertThat(PseudonymisedCase.AgeBand.of(50)).isEqualTo(PseudonymisedCase.AgeBand.FROM_50);
	}

	private static void conflict(Runnable move) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class,
				e -> assertThat(e.status().value()).isEqualTo(409));
	}

	private static void invalid(Runnable move, String field) {
		assertThatThrownBy(move::run).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.status().value()).isEqualTo(422);
			assertThat(e.field()).isEqualTo(field);
		});
	}
}
