package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.MethodSource;

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

	/** Where a referral stands; one awaiting its answer may have lost every section to a revoked consent. */
	enum From {
		IN_PROGRESS, IN_PROGRESS_CONSENT_REVOKED, ACCEPTED, DECLINED, WITHDRAWN, DONE
	}

	Referral in(From from) {
		Referral r = sent();
		switch (from) {
			case IN_PROGRESS -> {
			}
			case IN_PROGRESS_CONSENT_REVOKED -> r.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK);
			case ACCEPTED -> r.accept(RECEIVER, CaseTest.CLOCK);
			case DECLINED -> r.decline(Referral.DeclineReason.NO_CAPACITY, null, RECEIVER, CaseTest.CLOCK);
			case WITHDRAWN -> r.withdraw(null, CaseTest.WORKER, CaseTest.CLOCK);
			case DONE -> {
				r.accept(RECEIVER, CaseTest.CLOCK);
				r.complete(true, null, RECEIVER, CaseTest.CLOCK);
			}
		}
		return r;
	}

	/**
	 * A verb of the referral, the states it is allowed from with the state it leaves and the event it
	 * registers, the conflict it answers from any other state, and the states whose conflict differs.
	 */
	record Verb(String name, Consumer<Referral> apply, Map<From, Referral.State> allowed, Class<?> announces, String refused,
			Map<From, String> refusedOtherwise) {

		@Override
		public String toString() {
			return name;
		}
	}

	static final List<Verb> VERBS = List.of(
			new Verb("accept", r -> r.accept(RECEIVER, CaseTest.CLOCK), Map.of(From.IN_PROGRESS, Referral.State.ACCEPTED),
					ReferralAccepted.class, "cases.error.referralNotAwaitingAnswer",
					Map.of(From.IN_PROGRESS_CONSENT_REVOKED, "cases.error.referralConsentRevoked")),
			new Verb("decline", r -> r.decline(Referral.DeclineReason.LANGUAGE, null, RECEIVER, CaseTest.CLOCK),
					Map.of(From.IN_PROGRESS, Referral.State.DECLINED, From.IN_PROGRESS_CONSENT_REVOKED, Referral.State.DECLINED),
					ReferralDeclined.class, "cases.error.referralNotAwaitingAnswer", Map.of()),
			new Verb("withdraw", r -> r.withdraw("a closer shelter", CaseTest.WORKER, CaseTest.CLOCK),
					Map.of(From.IN_PROGRESS, Referral.State.WITHDRAWN, From.IN_PROGRESS_CONSENT_REVOKED, Referral.State.WITHDRAWN),
					ReferralWithdrawn.class, "cases.error.referralNotAwaitingAnswer", Map.of()),
			new Verb("complete", r -> r.complete(true, null, RECEIVER, CaseTest.CLOCK),
					Map.of(From.ACCEPTED, Referral.State.DONE), ReferralCompleted.class, "cases.error.referralNotAccepted",
					Map.of()),
			new Verb("assignCaseWorker", r -> r.assignCaseWorker(UUID.randomUUID(), "คุณนภา"),
					Map.of(From.ACCEPTED, Referral.State.ACCEPTED), CaseWorkerAssigned.class,
					"cases.error.caseWorkerNotAccepted", Map.of()),
			new Verb("revokeConsent", r -> r.revokeConsent(Set.of(), CaseTest.WORKER, CaseTest.CLOCK),
					Map.of(From.IN_PROGRESS, Referral.State.IN_PROGRESS, From.ACCEPTED, Referral.State.ACCEPTED, From.DONE,
							Referral.State.DONE),
					ReferralConsentRevoked.class, "cases.error.consentNothingToRevoke",
					Map.of(From.IN_PROGRESS_CONSENT_REVOKED, "cases.error.consentAlreadyRevoked")));

	static Stream<Arguments> everyVerbFromEveryState() {
		return VERBS.stream().flatMap(verb -> Stream.of(From.values()).map(from -> Arguments.of(verb, from)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyVerbFromEveryState")
	void everyVerbFromEveryStateMovesTheReferralOrIsRefusedChangingNothing(Verb verb, From from) {
		Referral r = in(from);
		Referral.State before = r.state();
		Set<Referral.Section> shared = r.sections();
		int announced = r.registeredEvents().size();

		if (verb.allowed().containsKey(from)) {
			verb.apply().accept(r);
			assertThat(r.state()).isEqualTo(verb.allowed().get(from));
			assertThat(r.registeredEvents()).hasSize(announced + 1)
				.last()
				.isInstanceOf(verb.announces())
				.hasFieldOrPropertyWithValue("referralId", r.id());
		}
		else {
			String expected = verb.refusedOtherwise().getOrDefault(from, verb.refused());
			assertThatThrownBy(() -> verb.apply().accept(r)).isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo(expected);
			});
			assertThat(r.state()).isEqualTo(before);
			assertThat(r.sections()).isEqualTo(shared);
			assertThat(r.registeredEvents()).hasSize(announced);
		}
	}

	@ParameterizedTest(name = "onward from a referral {0}")
	@EnumSource(From.class)
	void onlyAnAcceptedReferralIsReferredOnward(From from) {
		Referral parent = in(from);
		int announced = parent.registeredEvents().size();
		Referral.Sending onward = new Referral.Sending(UUID.randomUUID(), "LEGAL_AID", Referral.Urgency.NORMAL,
				Set.of(Referral.Section.PERSON), Referral.Consent.GIVEN, "receiver", CaseTest.NOW, null, null);

		if (from == From.ACCEPTED) {
			Referral child = Referral.sendOnward(ReferralId.next(), parent, caseFile, onward, null, RECEIVER, CaseTest.CLOCK);
			assertThat(child.state()).isEqualTo(Referral.State.IN_PROGRESS);
			assertThat(child.parentReferralId()).isEqualTo(parent.id().value());
			assertThat(child.senderOrganisationId()).isEqualTo(RECEIVER.organisationId());
			assertThat(child.registeredEvents()).singleElement().isInstanceOf(ReferralSent.class);
		}
		else {
			assertThatThrownBy(() -> Referral.sendOnward(ReferralId.next(), parent, caseFile, onward, null, RECEIVER,
					CaseTest.CLOCK))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.status().value()).isEqualTo(409);
					assertThat(e.messageKey()).isEqualTo("cases.error.onwardNotAccepted");
				});
		}
		assertThat(parent.state()).isEqualTo(in(from).state());
		assertThat(parent.registeredEvents()).hasSize(announced);
	}

	@Test
	void everyReferralStateIsInTheTable() {
		assertThat(Stream.of(From.values()).map(from -> in(from).state()).distinct())
			.containsExactlyInAnyOrder(Referral.State.values());
	}
}
