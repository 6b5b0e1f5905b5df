package th.tipnet.events;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import th.tipnet.common.DomainException;

/**
 * A registration's state table, without Spring: every verb from every status. An allowed move
 * reaches its new status and registers its event; a refused one is a conflict that changes nothing.
 */
class RegistrationTest {

	static final Instant NOW = Instant.parse("2026-06-05T01:30:00Z");

	static final Clock CLOCK = Clock.fixed(NOW, ZoneOffset.UTC);

	static final Clock LATER = Clock.fixed(NOW.plus(Duration.ofMinutes(5)), ZoneOffset.UTC);

	/** The statuses a registration passes through; NEW is one just made, not yet seated. */
	enum From {
		NEW, CONFIRMED, WAITLISTED, PENDING_APPROVAL, CANCELLED, OFFERED, OFFER_EXPIRED
	}

	static Registration newRegistration(AttendanceMode mode) {
		Applicant a = new Applicant("Somchai Jaidee", "MSDHS", null, "public", mode, "somchai@example.org", null, null, null,
				"th", true, false, false);
		return Registration.of(UUID.randomUUID(), a, "key", "hash-" + UUID.randomUUID(), "sealed", null, CLOCK);
	}

	static Registration in(From from) {
		Registration r = newRegistration(AttendanceMode.ONSITE);
		switch (from) {
			case NEW -> {
			}
			case CONFIRMED -> r.confirm(CLOCK);
			case WAITLISTED -> r.waitlist(1, CLOCK);
			case PENDING_APPROVAL -> r.awaitApproval(CLOCK);
			case CANCELLED -> {
				r.confirm(CLOCK);
				r.cancel(CLOCK);
			}
			case OFFERED -> {
				r.waitlist(1, CLOCK);
				r.offer(NOW.plus(Duration.ofHours(24)), CLOCK);
			}
			case OFFER_EXPIRED -> {
				r.waitlist(1, CLOCK);
				r.offer(NOW.plus(Duration.ofHours(24)), CLOCK);
				r.lapseOffer(CLOCK);
			}
		}
		return r;
	}

	/** A verb, and where it leads from each status it is allowed in (with the event it registers). */
	record Verb(String name, Function<Registration, Object> apply, Map<From, RegistrationStatus> allowed,
			Class<?> announces) {

		@Override
		public String toString() {
			return name;
		}
	}

	static Map<From, RegistrationStatus> allowed(Object... fromThenTo) {
		Map<From, RegistrationStatus> m = new EnumMap<>(From.class);
		for (int i = 0; i < fromThenTo.length; i += 2) {
			m.put((From) fromThenTo[i], (RegistrationStatus) fromThenTo[i + 1]);
		}
		return m;
	}

	static final List<Verb> VERBS = List.of(
			new Verb("confirm", r -> r.confirm(LATER),
					allowed(From.NEW, RegistrationStatus.CONFIRMED, From.PENDING_APPROVAL, RegistrationStatus.CONFIRMED),
					RegistrationRecorded.class),
			new Verb("waitlist", r -> r.waitlist(7, LATER),
					allowed(From.NEW, RegistrationStatus.WAITLISTED, From.PENDING_APPROVAL, RegistrationStatus.WAITLISTED),
					RegistrationRecorded.class),
			new Verb("awaitApproval", r -> r.awaitApproval(LATER), allowed(From.NEW, RegistrationStatus.PENDING_APPROVAL),
					RegistrationRecorded.class),
			new Verb("cancel", r -> r.cancel(LATER),
					allowed(From.CONFIRMED, RegistrationStatus.CANCELLED, From.WAITLISTED, RegistrationStatus.CANCELLED,
							From.PENDING_APPROVAL, RegistrationStatus.CANCELLED, From.OFFERED, RegistrationStatus.CANCELLED,
							From.OFFER_EXPIRED, RegistrationStatus.CANCELLED),
					RegistrationCancelled.class),
			new Verb("offer", r -> r.offer(NOW.plus(Duration.ofHours(2)), LATER),
					allowed(From.WAITLISTED, RegistrationStatus.OFFERED), SeatOffered.class),
			new Verb("acceptOffer", r -> r.acceptOffer(LATER), allowed(From.OFFERED, RegistrationStatus.CONFIRMED),
					RegistrationRecorded.class),
			new Verb("declineOffer", r -> r.declineOffer(LATER), allowed(From.OFFERED, RegistrationStatus.CANCELLED),
					RegistrationCancelled.class),
			new Verb("lapseOffer", r -> r.lapseOffer(LATER), allowed(From.OFFERED, RegistrationStatus.OFFER_EXPIRED),
					SeatOfferLapsed.class),
			new Verb("moveTo", r -> r.moveTo(AttendanceMode.ONLINE, LATER), allowed(From.CONFIRMED, RegistrationStatus.CONFIRMED),
					TicketReissued.class),
			new Verb("checkIn", r -> r.checkIn(LATER.instant(), "door"), allowed(From.CONFIRMED, RegistrationStatus.CONFIRMED),
					ParticipantCheckedIn.class),
			new Verb("joinOnline", r -> r.joinOnline(LATER.instant()), allowed(), ParticipantCheckedIn.class));

	static Stream<Arguments> everyVerbFromEveryStatus() {
		return VERBS.stream().flatMap(verb -> Stream.of(From.values()).map(from -> Arguments.of(verb, from)));
	}

	@ParameterizedTest(name = "{0} from {1}")
	@MethodSource("everyVerbFromEveryStatus")
	void everyVerbFromEveryStatusMovesAndAnnouncesOrIsRefusedChangingNothing(Verb verb, From from) {
		Registration r = in(from);
		RegistrationStatus before = r.status();
		int announced = r.registeredEvents().size();
		if (verb.allowed().containsKey(from)) {
			verb.apply().apply(r);
			assertThat(r.status()).isEqualTo(verb.allowed().get(from));
			assertThat(r.registeredEvents()).hasSize(announced + 1);
			assertThat(r.registeredEvents().get(announced)).isInstanceOf(verb.announces())
				.hasFieldOrPropertyWithValue("registrationId", r.id());
		}
		else {
			assertThatThrownBy(() -> verb.apply().apply(r)).isInstanceOfSatisfying(DomainException.class,
					e -> assertThat(e.status().value()).isEqualTo(409));
			assertThat(r.status()).isEqualTo(before);
			assertThat(r.registeredEvents()).hasSize(announced);
			assertThat(r.mode()).isEqualTo(AttendanceMode.ONSITE);
			assertThat(r.checkedInAt()).isNull();
		}
	}

	@Test
	void aMoveSaysWhichSeatWasLeftAndWhichTakenForTheTallies() {
		Registration r = in(From.CONFIRMED);

		Registration.Change moved = r.moveTo(AttendanceMode.ONLINE, LATER);

		assertThat(moved.leaves(RegistrationStatus.CONFIRMED)).isTrue();
		assertThat(moved.fromMode()).isEqualTo(AttendanceMode.ONSITE);
		assertThat(moved.enters(RegistrationStatus.CONFIRMED)).isTrue();
		assertThat(moved.toMode()).isEqualTo(AttendanceMode.ONLINE);
		assertThat(r.ticketSerial()).isEqualTo(2);

		Registration.Change accepted = in(From.OFFERED).acceptOffer(LATER);
		assertThat(accepted.leaves(RegistrationStatus.OFFERED)).isTrue();
		assertThat(accepted.enters(RegistrationStatus.CONFIRMED)).isTrue();
		assertThat(accepted.leaves(RegistrationStatus.CONFIRMED)).isFalse();
	}

	@Test
	void theSecondScanOfATicketChangesNothingAndKeepsTheFirstArrival() {
		Registration r = in(From.CONFIRMED);

		assertThat(r.checkIn(NOW, "door 1")).isTrue();
		assertThat(r.checkIn(NOW.plusSeconds(30), "door 2")).isFalse();

		assertThat(r.checkedInAt()).isEqualTo(NOW);
		assertThat(r.registeredEvents()).filteredOn(ParticipantCheckedIn.class::isInstance).hasSize(1);
	}

	@Test
	void anOnlineParticipantJoinsTheSessionOnceButIsNotLetInAtTheDoor() {
		Registration r = newRegistration(AttendanceMode.ONLINE);
		r.confirm(CLOCK);

		assertThatThrownBy(() -> r.checkIn(NOW, "door")).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "events.checkin.online");
		assertThat(r.joinOnline(NOW)).isTrue();
		assertThat(r.joinOnline(NOW.plusSeconds(60))).isFalse();
		assertThat(r.checkedInAt()).isEqualTo(NOW);
	}

	@Test
	void aCheckedInParticipantStaysInTheirModeAndAnOfferPastItsTimeCannotBeAccepted() {
		Registration inside = in(From.CONFIRMED);
		inside.checkIn(NOW, "door");
		assertThatThrownBy(() -> inside.moveTo(AttendanceMode.ONLINE, LATER)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "events.move.checkedIn");
		assertThatThrownBy(() -> inside.moveTo(AttendanceMode.ONSITE, LATER)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "events.move.sameMode");

		Registration offered = in(From.OFFERED);
		Clock dayAfter = Clock.fixed(NOW.plus(Duration.ofHours(25)), ZoneOffset.UTC);
		assertThatThrownBy(() -> offered.acceptOffer(dayAfter)).isInstanceOf(DomainException.class)
			.hasFieldOrPropertyWithValue("messageKey", "events.offer.expired");
		assertThat(offered.status()).isEqualTo(RegistrationStatus.OFFERED);
	}
}
