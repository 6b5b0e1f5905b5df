package th.tipnet.notify;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.get;
import static org.springframework.test.web.servlet.request.MockMvcRequestBuilders.post;

import java.util.List;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

import tools.jackson.databind.JsonNode;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

/** In-app notices: each reader sees only what is addressed to them, newest first, and reads them on their own (H2 and PostgreSQL). */
@IntegrationTest
class NoticesIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	Notices notices;

	@Autowired
	MockMvc mvc;

	@Autowired
	PlatformTransactionManager transactions;

	TestAccounts accounts;

	UUID org;

	UUID otherOrg;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		org = directory.organisationByReferenceKey("stella-maris").orElseThrow().id();
		otherOrg = directory.organisationByReferenceKey("hug-project").orElseThrow().id();
	}

	UUID notice(Audience to, String caseNumber) {
		return new TransactionTemplate(transactions)
			.execute(s -> notices.post(to, "cases.notice.REFERRAL_ACCEPTED", List.of(caseNumber), "/cases/" + UUID.randomUUID()));
	}

	static JsonNode find(JsonNode page, UUID id) {
		for (JsonNode n : page.get("notices")) {
			if (n.get("id").asString().equals(id.toString())) {
				return n;
			}
		}
		return null;
	}

	@Test
	void aNoticeReachesTheRoleInTheOrganisationOnlyAndIsReadByEachReaderOnTheirOwn() {
		TestAccounts.Account supervisor = accounts.createIn(org, null, "nt-sup", Role.CASE_SUPERVISOR);
		TestAccounts.Account colleague = accounts.createIn(org, null, "nt-sup2", Role.CASE_SUPERVISOR, Role.CASE_WORKER);
		TestAccounts.Account memberOnly = accounts.createIn(org, null, "nt-member", Role.MEMBER);
		TestAccounts.Account stranger = accounts.createIn(otherOrg, null, "nt-stranger", Role.CASE_SUPERVISOR);
		UUID id = notice(Audience.organisation(org, "CASE_SUPERVISOR"), "NRM-2569-TH20-000777");

		Api sup = new Api(port).withToken(accounts.token(supervisor)).speaking("en");
		JsonNode page = sup.get("/api/v1/notices").json();
		JsonNode mine = find(page, id);
		assertThat(mine).isNotNull();
		assertThat(mine.get("message").asString()).isEqualTo("The referral of case NRM-2569-TH20-000777 was accepted");
		assertThat(mine.get("read").asBoolean()).isFalse();
		long unreadBefore = page.get("unread").asLong();
		assertThat(unreadBefore).isPositive();

		for (TestAccounts.Account notFor : List.of(memberOnly, stranger)) {
			Api api = new Api(port).withToken(accounts.token(notFor));
			assertThat(find(api.get("/api/v1/notices").json(), id)).isNull();
			assertThat(api.post("/api/v1/notices/" + id + "/read", null).status()).isEqualTo(404);
		}

		assertThat(sup.post("/api/v1/notices/" + id + "/read", null).status()).isEqualTo(204);
		assertThat(sup.post("/api/v1/notices/" + id + "/read", null).status()).isEqualTo(204);
		JsonNode after = sup.get("/api/v1/notices").json();
		assertThat(find(after, id).get("read").asBoolean()).isTrue();
		assertThat(after.get("unread").asLong()).isEqualTo(unreadBefore - 1);

		// Read for one reader, still unread for the other.
		Api other = new Api(port).withToken(accounts.token(colleague));
		assertThat(find(other.get("/api/v1/notices").json(), id).get("read").asBoolean()).isFalse();
	}

	@Test
	void provinceAndUserNoticesReachOnlyTheirReadersNewestFirst() {
		TestAccounts.Account coordinator = accounts.createIn(org, "TH-20", "nt-coord", Role.PROVINCIAL_COORDINATOR);
		TestAccounts.Account elsewhere = accounts.createIn(org, "TH-10", "nt-coord10", Role.PROVINCIAL_COORDINATOR);
		UUID older = notice(Audience.province("TH-20", "PROVINCIAL_COORDINATOR"), "NRM-2569-TH20-000001");
		UUID newer = notice(Audience.user(coordinator.id()), "NRM-2569-TH20-000002");

		JsonNode page = new Api(port).withToken(accounts.token(coordinator)).get("/api/v1/notices").json();
		List<String> ids = new java.util.ArrayList<>();
		page.get("notices").forEach(n -> ids.add(n.get("id").asString()));
		assertThat(ids).containsSubsequence(newer.toString(), older.toString());

		JsonNode theirs = new Api(port).withToken(accounts.token(elsewhere)).get("/api/v1/notices").json();
		assertThat(find(theirs, older)).isNull();
		assertThat(find(theirs, newer)).isNull();
	}

	@Test
	void theHeaderCountsUnreadNoticesAndThePageOpensOneAndMarksAllRead() throws Exception {
		TestAccounts.Account supervisor = accounts.createIn(otherOrg, null, "nt-page", Role.CASE_SUPERVISOR);
		var auth = accounts.authentication(supervisor);
		UUID id = notice(Audience.user(supervisor.id()), "NRM-2569-TH20-000003");
		notice(Audience.user(supervisor.id()), "NRM-2569-TH20-000004");

		String home = mvc.perform(get("/").with(authentication(auth)).header("Accept-Language", "en")).andReturn()
			.getResponse().getContentAsString();
		assertThat(home).contains("href=\"/notices\"").contains("<span class=\"count\">2</span>");

		String list = mvc.perform(get("/notices").with(authentication(auth)).header("Accept-Language", "en")).andReturn()
			.getResponse().getContentAsString();
		assertThat(list).contains("The referral of case NRM-2569-TH20-000003 was accepted", "2 notices, 2 unread");

		var opened = mvc.perform(get("/notices/" + id).with(authentication(auth))).andReturn().getResponse();
		assertThat(opened.getStatus()).isEqualTo(302);
		assertThat(opened.getRedirectedUrl()).startsWith("/cases/");

		TestAccounts.Account stranger = accounts.createIn(otherOrg, null, "nt-page2", Role.CASE_SUPERVISOR);
		assertThat(mvc.perform(get("/notices/" + id).with(authentication(accounts.authentication(stranger)))).andReturn()
			.getResponse().getStatus()).isEqualTo(404);

		mvc.perform(post("/notices/read-all").with(authentication(auth)).with(csrf()));
		String after = mvc.perform(get("/").with(authentication(auth))).andReturn().getResponse().getContentAsString();
		assertThat(after).contains("href=\"/notices\"").doesNotContain("class=\"count\"");
	}
}
