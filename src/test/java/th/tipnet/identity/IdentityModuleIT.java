package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationContext;
import org.springframework.modulith.test.Scenario;

import th.tipnet.directory.OrganisationsMerged;
import th.tipnet.directory.TestOrganisations;
import th.tipnet.support.ModuleTest;

/** How identity reacts to what the directory announces, with only identity and its dependencies running. */
@ModuleTest
class IdentityModuleIT {

	@Autowired
	ApplicationContext context;

	@Autowired
	Users users;

	@Test
	void whenTheDirectoryMergesADuplicateItsMembersMoveToTheOrganisationThatStays(Scenario scenario) {
		TestOrganisations organisations = new TestOrganisations(context);
		UUID duplicate = organisations.create("สมาคมซ้ำ (โมดูล)", "Duplicate Association (module)");
		UUID survivor = organisations.create("สมาคมที่คงอยู่ (โมดูล)", "Surviving Association (module)");
		var member = new TestAccounts(context).createIn(duplicate, null, "moved-member", Role.MEMBER);
		long before = users.findById(member.id()).orElseThrow().version();

		scenario.publish(new OrganisationsMerged(duplicate, survivor))
			.andWaitForStateChange(() -> users.findById(member.id()).orElseThrow(), user -> user.version() > before)
			.andVerify(user -> assertThat(user.organisationId()).isEqualTo(survivor));
	}
}
