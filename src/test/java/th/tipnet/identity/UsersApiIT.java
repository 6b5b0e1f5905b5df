package th.tipnet.identity;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.JdbcTemplate;

import th.tipnet.directory.Directory;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

@IntegrationTest
class UsersApiIT {

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	TestAccounts accounts;

	Api admin;

	@BeforeEach
	void setUp() {
		accounts = new TestAccounts(context);
		var a = accounts.create("users-admin", Role.SYSTEM_ADMIN);
		admin = new Api(port).withToken(accounts.token(a));
	}

	@Test
	void anAdministratorCreatesAnAccountAndGetsItsTemporaryPasswordOnce() {
		String mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id().toString();
		var r = admin.post("/api/v1/users", Map.of("username", "Somchai.K", "displayName", "สมชาย ใจดี", "email",
				"somchai@example.org", "organisationId", mirror, "roles", List.of("MEMBER")));
		assertThat(r.status()).isEqualTo(201);
		assertThat(r.json().get("user").get("username").asString()).isEqualTo("somchai.k");
		assertThat(r.json().get("user").get("displayName").asString()).isEqualTo("สมชาย ใจดี");
		assertThat(r.json().get("temporaryPassword").asString()).hasSize(16);
		String id = r.json().get("user").get("id").asString();
		var fetched = admin.get("/api/v1/users/" + id);
		assertThat(fetched.body()).doesNotContain("temporaryPassword").doesNotContain("password");
		assertThat(admin.get("/api/v1/audit?action=USER_CREATED&entityType=User").body()).contains(id);
	}

	@Test
	void badInputNamesEachFieldAndCreatesNothing() {
		int before = count();
		var r = admin.speaking("th")
			.post("/api/v1/users", Map.of("username", "a", "displayName", "", "email", "not-mail", "organisationId",
					"00000000-0000-0000-0000-000000000000", "roles", List.of("MEMBER")));
		assertThat(r.status()).isEqualTo(400);
		assertThat(r.problemFields()).contains("displayName", "email");
		var unknownRole = admin.post("/api/v1/users", Map.of("username", "valid-name", "displayName", "X",
				"organisationId", "00000000-0000-0000-0000-000000000000", "roles", List.of("EMPEROR")));
		assertThat(unknownRole.status()).isEqualTo(400);
		assertThat(unknownRole.problemFields()).containsExactly("roles[0]");
		var unknownOrg = admin.post("/api/v1/users", Map.of("username", "valid-name", "displayName", "X",
				"organisationId", "00000000-0000-0000-0000-000000000000", "roles", List.of("MEMBER")));
		assertThat(unknownOrg.status()).isEqualTo(422);
		assertThat(unknownOrg.problemFields()).containsExactly("organisationId");
		var badName = admin.post("/api/v1/users", Map.of("username", "no spaces allowed", "displayName", "X",
				"organisationId", directory.organisationByReferenceKey("dof").orElseThrow().id().toString(), "roles",
				List.of("MEMBER")));
		assertThat(badName.problemFields()).containsExactly("username");
		var provincialWithoutProvince = admin.post("/api/v1/users", Map.of("username", "prov-x", "displayName", "X",
				"organisationId", directory.organisationByReferenceKey("dof").orElseThrow().id().toString(), "roles",
				List.of("PROVINCIAL_COORDINATOR")));
		assertThat(provincialWithoutProvince.problemFields()).containsExactly("provinceCode");
		assertThat(count()).isEqualTo(before);
	}

	@Test
	void aStaleVersionIsAConflictNeverALostUpdate() {
		var member = accounts.create("stale", Role.MEMBER);
		var current = admin.get("/api/v1/users/" + member.id());
		long version = current.json().get("version").asLong();
		Map<String, Object> change = Map.of("displayName", "First edit", "organisationId", member.organisationId().toString(),
				"roles", List.of("MEMBER"), "version", version);
		assertThat(admin.put("/api/v1/users/" + member.id(), change, Map.of()).status()).isEqualTo(200);
		Map<String, Object> late = Map.of("displayName", "Second edit from an old page", "organisationId",
				member.organisationId().toString(), "roles", List.of("MEMBER"), "version", version);
		var conflict = admin.put("/api/v1/users/" + member.id(), late, Map.of());
		assertThat(conflict.status()).isEqualTo(409);
		assertThat(conflict.problemFields()).containsExactly("version");
		assertThat(admin.get("/api/v1/users/" + member.id()).json().get("displayName").asString()).isEqualTo("First edit");
	}

	@Test
	void ifMatchCarriesTheVersionToo() {
		var member = accounts.create("etag", Role.MEMBER);
		var current = admin.get("/api/v1/users/" + member.id());
		Map<String, Object> change = Map.of("displayName", "Via ETag", "organisationId", member.organisationId().toString(),
				"roles", List.of("MEMBER"));
		assertThat(admin.put("/api/v1/users/" + member.id(), change, Map.of("If-Match", current.etag())).status())
			.isEqualTo(200);
		assertThat(admin.put("/api/v1/users/" + member.id(), change, Map.of("If-Match", current.etag())).status())
			.isEqualTo(409);
		assertThat(admin.put("/api/v1/users/" + member.id(), change, Map.of()).problemFields()).containsExactly("version");
	}

	@Test
	void disablingAUserRevokesTheirTokens() {
		var member = accounts.create("disable", Role.MEMBER);
		String token = accounts.token(member);
		assertThat(new Api(port).withToken(token).get("/api/v1/provinces").status()).isEqualTo(200);
		long version = admin.get("/api/v1/users/" + member.id()).json().get("version").asLong();
		var r = admin.put("/api/v1/users/" + member.id(), Map.of("displayName", "Test disable", "organisationId",
				member.organisationId().toString(), "roles", List.of("MEMBER"), "enabled", false, "version", version), Map.of());
		assertThat(r.status()).isEqualTo(200);
		assertThat(r.json().get("enabled").asBoolean()).isFalse();
		assertThat(new Api(port).withToken(token).get("/api/v1/provinces").status()).isEqualTo(401);
	}

	@Test
	void anOrganisationAdministratorSeesAndManagesOnlyItsOwnOrganisation() {
		var dof = directory.organisationByReferenceKey("dof").orElseThrow().id();
		var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		var orgAdmin = accounts.createIn(dof, null, "dof-admin", Role.ORG_ADMIN);
		var colleague = accounts.createIn(dof, null, "dof-member", Role.MEMBER);
		var outsider = accounts.createIn(mirror, null, "mirror-member", Role.MEMBER);
		Api api = new Api(port).withToken(accounts.token(orgAdmin));

		var list = api.get("/api/v1/users?size=100");
		assertThat(list.body()).contains(colleague.username()).doesNotContain(outsider.username());
		assertThat(api.get("/api/v1/users/" + outsider.id()).status()).isEqualTo(404);
		var escalate = api.post("/api/v1/users", Map.of("username", "dof-sneaky", "displayName", "X", "organisationId",
				dof.toString(), "roles", List.of("SYSTEM_ADMIN")));
		assertThat(escalate.status()).isEqualTo(422);
		assertThat(escalate.problemFields()).containsExactly("roles");
		var elsewhere = api.post("/api/v1/users", Map.of("username", "dof-elsewhere", "displayName", "X",
				"organisationId", mirror.toString(), "roles", List.of("MEMBER")));
		assertThat(elsewhere.problemFields()).containsExactly("organisationId");
		var own = api.post("/api/v1/users", Map.of("username", "dof-new-" + System.nanoTime() % 10000, "displayName",
				"เจ้าหน้าที่ประมง", "organisationId", dof.toString(), "roles", List.of("MEMBER")));
		assertThat(own.status()).isEqualTo(201);
	}

	@Test
	void anOrganisationAdministratorListsCountsAndFindsOnlyTheAccountsItMayActOn() {
		var dof = directory.organisationByReferenceKey("dof").orElseThrow().id();
		var mirror = directory.organisationByReferenceKey("mirror-foundation").orElseThrow().id();
		String tag = "scope" + System.nanoTime() % 100000;
		var orgAdmin = accounts.createIn(dof, null, tag + "-admin", Role.ORG_ADMIN);
		var colleague = accounts.createIn(dof, null, tag + "-colleague", Role.MEMBER);
		var systemAdminHere = accounts.createIn(dof, null, tag + "-sysadmin", Role.SYSTEM_ADMIN);
		var outsider = accounts.createIn(mirror, null, tag + "-outsider", Role.MEMBER);
		Api api = new Api(port).withToken(accounts.token(orgAdmin));

		var list = api.get("/api/v1/users?size=100&q=" + tag);
		assertThat(list.json().get("items").findValuesAsString("username"))
			.containsExactlyInAnyOrder(orgAdmin.username(), colleague.username());
		assertThat(list.json().get("total").asLong()).isEqualTo(2);
		assertThat(api.get("/api/v1/users/" + outsider.id()).status()).isEqualTo(404);
		assertThat(api.get("/api/v1/users/" + systemAdminHere.id()).status()).isEqualTo(404);

		th.tipnet.support.WebVisitor web = new th.tipnet.support.WebVisitor(port).speaking("en");
		web.signIn(orgAdmin.username(), orgAdmin.password());
		var page = web.get("/admin/users?q=" + tag);
		assertThat(page.body()).contains(colleague.username())
			.contains(colleague.username() + "@example.org")
			.contains("2 in total")
			.doesNotContain(systemAdminHere.username())
			.doesNotContain(outsider.username());
		assertThat(web.get("/admin/users/" + outsider.id()).statusCode()).isEqualTo(404);
		assertThat(web.get("/admin/users/" + systemAdminHere.id()).statusCode()).isEqualTo(404);
	}

	@Test
	void aProvincialCoordinatorManagesTheOrganisationsOfItsProvince() {
		var chiangMaiOffice = directory.organisationByReferenceKey("pso-TH-50").orElseThrow().id();
		var songkhlaOffice = directory.organisationByReferenceKey("pso-TH-90").orElseThrow().id();
		var coordinator = accounts.createIn(chiangMaiOffice, "TH-50", "cm-coord", Role.PROVINCIAL_COORDINATOR);
		var local = accounts.createIn(chiangMaiOffice, null, "cm-member", Role.MEMBER);
		var far = accounts.createIn(songkhlaOffice, null, "sk-member", Role.MEMBER);
		Api api = new Api(port).withToken(accounts.token(coordinator));
		assertThat(api.get("/api/v1/users/" + local.id()).status()).isEqualTo(200);
		assertThat(api.get("/api/v1/users/" + far.id()).status()).isEqualTo(404);
	}

	@Test
	void aMemberIsNotAnAdministrator() {
		var member = accounts.create("plain", Role.MEMBER);
		var r = new Api(port).withToken(accounts.token(member)).get("/api/v1/users");
		assertThat(r.status()).isEqualTo(403);
		assertThat(r.contentType()).startsWith("application/problem+json");
	}

	private int count() {
		return jdbc.queryForObject("SELECT COUNT(*) FROM app_user", Integer.class);
	}
}
