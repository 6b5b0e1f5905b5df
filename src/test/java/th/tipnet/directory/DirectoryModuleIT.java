package th.tipnet.directory;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.UUID;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.modulith.test.AssertablePublishedEvents;
import org.springframework.modulith.test.Scenario;

import th.tipnet.common.DomainException;
import th.tipnet.support.ModuleTest;
import th.tipnet.support.SignedIn;

/** What the directory announces, with only the directory and the modules it depends on running. */
@ModuleTest
class DirectoryModuleIT {

	@Autowired
	DirectoryEditing editing;

	@Autowired
	Directory directory;

	private SignedIn coordinator;

	@BeforeEach
	void signIn() {
		coordinator = SignedIn.asNetworkCoordinator();
	}

	@AfterEach
	void signOut() {
		coordinator.close();
	}

	@Test
	void mergingADuplicateAnnouncesWhichOrganisationStaysSoOtherModulesCanFollow(Scenario scenario) {
		Organisation duplicate = editing.create(TestOrganisations.profile("มูลนิธิซ้ำ (โมดูล)", "Duplicate Foundation (module)"));
		Organisation survivor = editing.create(TestOrganisations.profile("มูลนิธิที่คงอยู่ (โมดูล)", "Surviving Foundation (module)"));

		scenario.stimulate(() -> editing.merge(duplicate.id(), duplicate.version(), survivor.id()))
			.andWaitForEventOfType(OrganisationsMerged.class)
			.matching(merged -> merged.duplicateId().equals(duplicate.id()))
			.toArriveAndVerify(merged -> {
				assertThat(merged.survivorId()).isEqualTo(survivor.id());
				assertThat(directory.organisation(duplicate.id()).orElseThrow().status()).isEqualTo(OrganisationStatus.MERGED);
			});
	}

	@Test
	void aRefusedMergeAnnouncesNothing(AssertablePublishedEvents events) {
		Organisation alone = editing.create(TestOrganisations.profile("มูลนิธิเดี่ยว (โมดูล)", "Lone Foundation (module)"));

		assertThatThrownBy(() -> editing.merge(alone.id(), alone.version(), UUID.randomUUID()))
			.isInstanceOf(DomainException.class);

		assertThat(events.ofType(OrganisationsMerged.class).matching(merged -> merged.duplicateId().equals(alone.id())))
			.isEmpty();
	}
}
