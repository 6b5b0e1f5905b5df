package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import org.junit.jupiter.api.Test;
import org.springframework.http.HttpStatus;

import th.tipnet.common.DomainException;

/**
 * The organisation's state table: every verb from every state (active, inactive, merged). A refused
 * move is a conflict naming why, and leaves the record as it was.
 */
class OrganisationStateTest {

	private static final Instant CREATED = Instant.parse("2026-01-05T03:00:00Z");

	private static final Instant LATER = Instant.parse("2026-02-10T03:00:00Z");

	private static final UUID SURVIVOR = UUID.randomUUID();

	@Test
	void anActiveOrganisationIsDeactivatedMergedRevisedAndVerifiedButNotReactivated() {
		assertThat(after(active(), o -> o.deactivate(LATER)).status()).isEqualTo(OrganisationStatus.INACTIVE);
		assertThat(after(active(), o -> o.mergeInto(SURVIVOR, LATER)).status()).isEqualTo(OrganisationStatus.MERGED);
		assertThat(after(active(), o -> o.revise(profile(), Map.of(), LATER)).nameEn()).isEqualTo("Revised");
		assertThat(after(active(), o -> o.confirmVerified("coordinator", LATER)).verifiedAt()).isEqualTo(LATER);
		refused(active(), o -> o.reactivate(LATER), "directory.organisation.notInactive", OrganisationStatus.ACTIVE);
	}

	@Test
	void anInactiveOrganisationIsReactivatedMergedRevisedAndVerifiedButNotDeactivatedAgain() {
		assertThat(after(inactive(), o -> o.reactivate(LATER)).status()).isEqualTo(OrganisationStatus.ACTIVE);
		assertThat(after(inactive(), o -> o.mergeInto(SURVIVOR, LATER)).status()).isEqualTo(OrganisationStatus.MERGED);
		assertThat(after(inactive(), o -> o.revise(profile(), Map.of(), LATER)).nameEn()).isEqualTo("Revised");
		assertThat(after(inactive(), o -> o.confirmVerified("coordinator", LATER)).verifiedBy()).isEqualTo("coordinator");
		refused(inactive(), o -> o.deactivate(LATER), "directory.organisation.notActive", OrganisationStatus.INACTIVE);
	}

	@Test
	void aMergedOrganisationRefusesEveryVerb() {
		refused(merged(), o -> o.deactivate(LATER), "directory.organisation.notActive", OrganisationStatus.MERGED);
		refused(merged(), o -> o.reactivate(LATER), "directory.organisation.notInactive", OrganisationStatus.MERGED);
		refused(merged(), o -> o.mergeInto(UUID.randomUUID(), LATER), "directory.organisation.merged",
				OrganisationStatus.MERGED);
		refused(merged(), o -> o.revise(profile(), Map.of(), LATER), "directory.organisation.merged",
				OrganisationStatus.MERGED);
		refused(merged(), o -> o.confirmVerified("coordinator", LATER), "directory.organisation.merged",
				OrganisationStatus.MERGED);
	}

	@Test
	void anOrganisationIsNotMergedIntoItself() {
		Organisation o = active();
		assertThatThrownBy(() -> o.mergeInto(o.id(), LATER)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.UNPROCESSABLE_ENTITY);
			assertThat(e.messageKey()).isEqualTo("directory.merge.self");
			assertThat(e.field()).isEqualTo("intoId");
		});
		assertThat(o.status()).isEqualTo(OrganisationStatus.ACTIVE);
	}

	@Test
	void eachChangeIsStampedWithTheTimeItIsGivenNotTheMachinesClock() {
		Organisation o = active();
		assertThat(o.createdAt()).isEqualTo(CREATED);
		o.deactivate(LATER);
		assertThat(o.updatedAt()).isEqualTo(LATER);
		assertThat(o.createdAt()).isEqualTo(CREATED);
	}

	private static Organisation active() {
		return Organisation.fromReference("test-" + UUID.randomUUID(), new Organisation.Names("ทดสอบ", "Test", null, null),
				Sector.NGO, null, Set.of(), CREATED);
	}

	private static Organisation inactive() {
		return after(active(), o -> o.deactivate(CREATED));
	}

	private static Organisation merged() {
		return after(active(), o -> o.mergeInto(SURVIVOR, CREATED));
	}

	private static Organisation after(Organisation o, Consumer<Organisation> verb) {
		verb.accept(o);
		return o;
	}

	private static void refused(Organisation o, Consumer<Organisation> verb, String messageKey, OrganisationStatus stays) {
		Instant updated = o.updatedAt();
		assertThatThrownBy(() -> verb.accept(o)).isInstanceOfSatisfying(DomainException.class, e -> {
			assertThat(e.status()).isEqualTo(HttpStatus.CONFLICT);
			assertThat(e.messageKey()).isEqualTo(messageKey);
		});
		assertThat(o.status()).isEqualTo(stays);
		assertThat(o.updatedAt()).isEqualTo(updated);
	}

	private static Profile profile() {
		return new Profile("แก้ไขแล้ว", "Revised", null, null, Sector.NGO, null, Set.of(), Set.of("th"), null, null, null,
				null, null, List.of(), List.of());
	}
}
