package th.tipnet.forums;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.tipnet.common.DomainException;
import th.tipnet.support.RegisteredEvents;

/**
 * A follow-up action's state table, without Spring: every report from every status. Open and in
 * progress take any report (done makes it 100 per cent, dropping needs a reason); done and dropped
 * are final, a report on them is a conflict that changes nothing.
 */
class ForumActionTest {

	static final LocalDate FORUM_DAY = LocalDate.of(2024, 6, 5);

	static final Instant AGREED = Instant.parse("2024-06-05T07:00:00Z");

	static final Instant LATER = AGREED.plusSeconds(3600);

	static final UUID OWNER = UUID.randomUUID();

	static ForumAction agreed() {
		ForumInput input = new ForumInput(UUID.randomUUID(), null, "GOVERNMENT_CENTRAL", InputKind.RECOMMENDATION, Theme.REFERRAL,
				"Referrals between provinces take too long", Set.of(), AGREED, null);
		return ForumAction.agree(input, "Agree a 24-hour referral form", OWNER, FORUM_DAY.plusMonths(3), List.of(), FORUM_DAY,
				AGREED, null, "chair");
	}

	static ForumAction in(ActionStatus status) {
		ForumAction a = agreed();
		switch (status) {
			case OPEN -> {
			}
			case IN_PROGRESS -> a.report(ActionStatus.IN_PROGRESS, 40, "drafted", null, null, AGREED, null, "owner");
			case DONE -> a.report(ActionStatus.DONE, null, "in use", "https://example.org/form", null, AGREED, null, "owner");
			case DROPPED -> a.report(ActionStatus.DROPPED, null, null, null, "the ministry took it over", AGREED, null, "owner");
		}
		return a;
	}

	/** Where a report leads: the status reported, or the same when none; done is 100 per cent. */
	record Report(String name, ActionStatus to, Integer progress, String reason, ActionStatus expected, int expectedProgress) {

		void on(ForumAction a) {
			a.report(to, progress, "note", null, reason, LATER, null, "owner");
		}

		@Override
		public String toString() {
			return name;
		}
	}

	static final List<Report> REPORTS = List.of(new Report("progress only", null, 60, null, null, 60),
			new Report("to OPEN", ActionStatus.OPEN, 10, null, ActionStatus.OPEN, 10),
			new Report("to IN_PROGRESS", ActionStatus.IN_PROGRESS, 70, null, ActionStatus.IN_PROGRESS, 70),
			new Report("to DONE", ActionStatus.DONE, 30, null, ActionStatus.DONE, 100),
			new Report("to DROPPED", ActionStatus.DROPPED, 20, "no budget this year", ActionStatus.DROPPED, 20));

	static Stream<Arguments> everyReportFromEveryStatus() {
		List<Arguments> all = new ArrayList<>();
		for (ActionStatus from : ActionStatus.values()) {
			for (Report report : REPORTS) {
				all.add(Arguments.of(from, report));
			}
		}
		return all.stream();
	}

	@ParameterizedTest(name = "{1} from {0}")
	@MethodSource("everyReportFromEveryStatus")
	void aReportMovesAnOpenActionAndIsRefusedOnAClosedOne(ActionStatus from, Report report) {
		ForumAction a = in(from);
		int announced = RegisteredEvents.of(a).size();
		int history = a.updates().size();
		int progressBefore = a.progress();

		if (from == ActionStatus.OPEN || from == ActionStatus.IN_PROGRESS) {
			report.on(a);
			ActionStatus expected = report.expected() == null ? from : report.expected();
			assertThat(a.status()).isEqualTo(expected);
			assertThat(a.progress()).isEqualTo(report.expectedProgress());
			assertThat(a.updates()).hasSize(history + 1);
			assertThat(a.updates().get(history).status()).isEqualTo(expected.name());
			assertThat(RegisteredEvents.of(a)).hasSize(announced + 1)
				.last()
				.isInstanceOfSatisfying(ActionProgressed.class, e -> {
					assertThat(e.actionId()).isEqualTo(a.id());
					assertThat(e.status()).isEqualTo(expected.name());
					assertThat(e.progress()).isEqualTo(report.expectedProgress());
				});
		}
		else {
			assertThatThrownBy(() -> report.on(a)).isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(409);
				assertThat(e.messageKey()).isEqualTo("forums.error.actionClosed");
			});
			assertThat(a.status()).isEqualTo(from);
			assertThat(a.progress()).isEqualTo(progressBefore);
			assertThat(a.updates()).hasSize(history);
			assertThat(RegisteredEvents.of(a)).hasSize(announced);
		}
	}

	@Test
	void anAgreedActionIsOpenAtNothingDoneWithTheAgreementAsTheFirstRowOfItsHistory() {
		ForumAction a = agreed();

		assertThat(a.status()).isEqualTo(ActionStatus.OPEN);
		assertThat(a.progress()).isZero();
		assertThat(a.updates()).singleElement().satisfies(u -> assertThat(u.status()).isEqualTo("OPEN"));
		assertThat(RegisteredEvents.of(a)).singleElement().isInstanceOfSatisfying(ActionAgreed.class, e -> {
			assertThat(e.actionId()).isEqualTo(a.id());
			assertThat(e.ownerOrganisationId()).isEqualTo(OWNER);
		});
	}

	@Test
	void anActionIsNeverDueBeforeItsForum() {
		ForumInput input = new ForumInput(UUID.randomUUID(), null, "NGO", InputKind.PROBLEM, Theme.LABOUR, "text",
				Set.of(), AGREED, null);

		assertThatThrownBy(() -> ForumAction.agree(input, "what", OWNER, FORUM_DAY.minusDays(1), List.of(), FORUM_DAY, AGREED,
				null, "chair"))
			.isInstanceOfSatisfying(DomainException.class, e -> {
				assertThat(e.status().value()).isEqualTo(422);
				assertThat(e.field()).isEqualTo("dueOn");
				assertThat(e.messageKey()).isEqualTo("forums.error.dueBeforeForum");
			});
	}

	static Stream<Arguments> refusedReports() {
		return Stream.of(Arguments.of(ActionStatus.DROPPED, null, null, "reason", "forums.error.dropReason"),
				Arguments.of(ActionStatus.DROPPED, null, "  ", "reason", "forums.error.dropReason"),
				Arguments.of(ActionStatus.IN_PROGRESS, 101, null, "progress", "forums.error.progress"),
				Arguments.of(null, -1, null, "progress", "forums.error.progress"));
	}

	@ParameterizedTest(name = "{0} at {1} with reason [{2}]: {3}")
	@MethodSource("refusedReports")
	void anOpenActionRefusesADropWithoutReasonAndAProgressOutOfRangeChangingNothing(ActionStatus to, Integer progress,
			String reason, String field, String messageKey) {
		for (ActionStatus from : List.of(ActionStatus.OPEN, ActionStatus.IN_PROGRESS)) {
			ForumAction a = in(from);
			int progressBefore = a.progress();
			int announced = RegisteredEvents.of(a).size();

			assertThatThrownBy(() -> a.report(to, progress, null, null, reason, LATER, null, "owner"))
				.isInstanceOfSatisfying(DomainException.class, e -> {
					assertThat(e.status().value()).isEqualTo(422);
					assertThat(e.field()).isEqualTo(field);
					assertThat(e.messageKey()).isEqualTo(messageKey);
				});
			assertThat(a.status()).isEqualTo(from);
			assertThat(a.progress()).isEqualTo(progressBefore);
			assertThat(RegisteredEvents.of(a)).hasSize(announced);
		}
	}
}
