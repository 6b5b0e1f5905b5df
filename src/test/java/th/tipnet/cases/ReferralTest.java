package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import th.tipnet.common.Actor;
import th.tipnet.common.DomainException;

/** The referral's state table (IN_PROGRESS → ACCEPTED | DECLINED | WITHDRAWN; ACCEPTED → DONE) and its rules, without Spring. */
class ReferralTest {

	static final Actor RECEIVER = new Actor(UUID.randomUUID(), "receiver", UUID.randomUUID(), null);

	final Case caseFile = CaseTest.open(CaseTest.NOW.minus(Duration.ofHours(3)), Birth.estimated(16),
			List.of(CaseTest.name("Aung Ko")));

	Referral send(Referral.Urgency urgency, Referral.Consent consent, String overrideReason) {
		return Referral.send(ReferralId.next(), caseFile, new Referral.Sending(RECEIVER.organisationId(), "SHELTER", urgency,
				Set.of(Referral.Section.PERSON), consent, "worker", CaseTest.NOW, null, overrideReason), null,
				CaseTest.WORKER, CaseTest.CLOCK);
	}

	Referral sent() {
		return send(Referral.Urgency.NORMAL, Referral.Consent.GIVEN, null);
	}

	@Test
	void aSentReferralAwaitsTheReceiversAnswerWithinADayOrTwoHoursWhenUrgent() {
		Referral r = sent();

		assertThat(r.state()).isEqualTo(Referral.State.IN_PROGRESS);
		assertThat(r.answerDueAt()).isEqualTo(CaseTest.NOW.plus(Duration.ofHours(24)));
		assertThat(r.childProcedure()).isTrue();
		assertThat(r.exploitationTypes()).containsExactly("ForcedLabour");
		assertThat(r.registeredEvents()).singleElement().isInstanceOfSatisfying(ReferralSent.class, e -> {
			assertThat(e.referralId()).isEqualTo(r.id());
			assertThat(e.caseId()).isEqualTo(caseFile.id());
		});
		Instant urgentDue = send(Referral.Urgency.URGENT, Referral.Consent.GIVEN, null).answerDueAt();
		assertThat(urgentDue).isEqualTo(CaseTest.NOW.plus(Duration.ofHours(2)));
	}

	@Test
	void everyMoveOfTheStateTableAndOnlyThose() {
		Referral accepted = sent();
		accepted.accept(RECEIVER, CaseTest.CLOCK);
		assertThat(accepted.state()).isEqualTo(Referral.State.ACCEPTED);
		assertThat(accepted.sharesCase()).isTrue();
		conflict(() -> accepted.accept(RECEIVER, CaseTest.CLOCK));
		conflict(() -> accepted.withdraw(null, CaseTest.WORKER, CaseTest.CLOCK));
		conflict(() -> accepted.decline(Referral.DeclineReason.NO_CAPACITY, null, RECEIVER, CaseTest.CLOCK));
		accepted.complete(true, null, RECEIVER, CaseTest.CLOCK);
		assertThat(accepted.state()).isEqualTo(Referral.State.DONE);
		assertThat(accepted.sharesCase()).isTrue();
		conflict(() -> accepted.complete(true, null, RECEIVER, CaseTest.CLOCK));
		assertThat(accepted.registeredEvents()).hasSize(3).last().isInstanceOf(ReferralCompleted.class);

		Referral declined = sent();
		declined.decline(Referral.DeclineReason.OUTSIDE_AREA, null, RECEIVER, CaseTest.CLOCK);
		assertThat(declined.state()).isEqualTo(Referral.State.DECLINED);
		assertThat(declined.sharesCase()).isFalse();
		conflict(() -> declined.accept(RECEIVER, CaseTest.CLOCK));
		conflict(() -> declined.complete(true, null, RECEIVER, CaseTest.CLOCK));

		Referral withdrawn = sent();
		withdrawn.withdraw("found a closer shelter", CaseTest.WORKER, CaseTest.CLOCK);
		assertThat(withdrawn.state()).isEqualTo(Referral.State.WITHDRAWN);
		assertThat(withdrawn.sharesCase()).isFalse();
		conflict(() -> withdrawn.accept(RECEIVER, CaseTest.CLOCK));
		assertThat(withdrawn.registeredEvents()).last().isInstanceOf(ReferralWithdrawn.class);

		conflict(() -> sent().complete(true, null, RECEIVER, CaseTest.CLOCK));
	}

	@Test
	void declineNeedsAReasonAndOtherANote() {
		Referral r = sent();
		invalid(() -> r.decline(null, null, RECEIVER, CaseTest.CLOCK), "reason");
		invalid(() -> r.decline(Referral.DeclineReason.OTHER, " ", RECEIVER, CaseTest.CLOCK), "note");
		assertThat(r.state()).isEqualTo(Referral.State.IN_PROGRESS);
		r.decline(Referral.DeclineReason.OTHER, "no bed for a child", RECEIVER, CaseTest.CLOCK);
		assertThat(r.registeredEvents()).last().isInstanceOfSatisfying(ReferralDeclined.class,
				e -> assertThat(e.reason()).isEqualTo("OTHER"));
	}

	@Test
	void anUnsuccessfulCompletionSaysWhy() {
		Referral r = sent();
		r.accept(RECEIVER, CaseTest.CLOCK);
		invalid(() -> r.complete(false, null, RECEIVER, CaseTest.CLOCK), "note");
		r.complete(false, "the person left", RECEIVER, CaseTest.CLOCK);
		assertThat(r.successful()).isFalse();
	}

	@Test
	void noReferralToTheOwnOrganisationNorWithoutConsentUnlessOverriddenWithAReason() {
		invalid(() -> Referral.send(ReferralId.next(), caseFile, new Referral.Sending(caseFile.leadOrganisationId(), "SHELTER",
				Referral.Urgency.NORMAL, Set.of(Referral.Section.PERSON), Referral.Consent.GIVEN, "w", CaseTest.NOW, null, null),
				null, CaseTest.WORKER, CaseTest.CLOCK), "receiver");
		invalid(() -> send(Referral.Urgency.NORMAL, Referral.Consent.REFUSED, null), "consent");
		Referral overridden = send(Referral.Urgency.URGENT, Referral.Consent.COULD_NOT_ASK, "unconscious, needs a hospital");
		assertThat(overridden.overrideReason()).isEqualTo("unconscious, needs a hospital");
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
