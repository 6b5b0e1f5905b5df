package th.tipnet.cases;

import static org.assertj.core.api.Assertions.assertThat;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.authentication;
import static org.springframework.security.test.web.servlet.request.SecurityMockMvcRequestPostProcessors.csrf;

import java.time.Duration;
import java.util.ArrayList;
import java.util.EnumSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.http.HttpMethod;
import org.springframework.http.MediaType;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.Authentication;
import org.springframework.test.web.servlet.MockMvc;
import org.springframework.test.web.servlet.MvcResult;
import org.springframework.test.web.servlet.request.MockHttpServletRequestBuilder;
import org.springframework.test.web.servlet.request.MockMvcRequestBuilders;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import th.tipnet.directory.Directory;
import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;
import th.tipnet.support.TestClock;

/**
 * The proof of need-to-know (item 6): every page and API endpoint of the cases module, found
 * from the handler mappings so a new one is tried too, as every role of an unrelated organisation, a
 * referral's receiver before and after it accepted, provincial coordinators of the case's province and
 * of another, and a network coordinator. Where {@link #SEES} does not say a person reaches an endpoint
 * for this case, the answer must be exactly what a case that does not exist gets (404, the same 403,
 * or the same 4xx for a request malformed before anything is looked up), naming nothing of it; lists and counts never show it beyond what item 6 allows; no answer
 * carries the person's name (nobody here may read it), none is a 5xx, and nothing changes.
 */
@IntegrationTest
class CasesNeedToKnowIT {

	static final String NAME = "นาย ต้องรู้เท่านั้น";

	enum Person {
		UNRELATED_CASE_WORKER, UNRELATED_CASE_SUPERVISOR, UNRELATED_ORG_ADMIN, UNRELATED_EVENT_ORGANISER, UNRELATED_MEMBER,
		UNRELATED_SYSTEM_ADMIN, RECEIVER_BEFORE_ACCEPTING, RECEIVER_AFTER_ACCEPTING, PROVINCIAL_COORDINATOR_OF_THE_PROVINCE,
		PROVINCIAL_COORDINATOR_ELSEWHERE, NETWORK_COORDINATOR
	}

	static final Set<Person> RECEIVERS = EnumSet.of(Person.RECEIVER_BEFORE_ACCEPTING, Person.RECEIVER_AFTER_ACCEPTING);

	static final Set<Person> OVERSEERS = EnumSet.of(Person.PROVINCIAL_COORDINATOR_OF_THE_PROVINCE, Person.NETWORK_COORDINATOR);

	/**
	 * Who reaches an endpoint naming this case or its referral (item 6): the receivers their referral's
	 * decision view and verbs, and the shared sections once accepted; coordinators of the case's province
	 * and of the network the pseudonymised case and break glass. Every endpoint not listed: nobody here.
	 */
	static final Map<String, Set<Person>> SEES = new LinkedHashMap<>();
	static {
		SEES.put("GET /cases/{id}", OVERSEERS);
		SEES.put("GET /api/v1/cases/{id}", union(OVERSEERS, EnumSet.of(Person.RECEIVER_AFTER_ACCEPTING)));
		SEES.put("GET /api/v1/cases/{id}/referrals", RECEIVERS);
		SEES.put("GET /api/v1/referrals/{id}", RECEIVERS);
		SEES.put("POST /api/v1/referrals/{id}/accept", RECEIVERS);
		SEES.put("POST /api/v1/referrals/{id}/decline", RECEIVERS);
		SEES.put("POST /api/v1/referrals/{id}/complete", RECEIVERS);
		SEES.put("POST /api/v1/referrals/{id}/onward", RECEIVERS);
		SEES.put("POST /api/v1/cases/{id}/break-glass", OVERSEERS);
		SEES.put("POST /cases/{id}/break-glass", OVERSEERS);
		// case-pages: the person's and attachments pages need the PERSON section, which neither receiver here
		// reads (the pending one has not accepted, the accepted one was not given it): nobody. (The pages under
		// /referrals/{id} are tried with the case's id, as the referral pages above are: nobody.) Handing a
		// referral to another case worker is the receiving organisation's supervisors' (the pending receiver
		// here is one: 409 when stale; a case worker gets the same 403 as for a referral that does not exist).
		SEES.put("POST /api/v1/referrals/{id}/case-worker", EnumSet.of(Person.RECEIVER_BEFORE_ACCEPTING));
		// The screening's reflection period (GET and POST /cases/{id}/reflection, POST
		// /api/v1/cases/{id}/screenings/reflection) is the lead organisation's only: nobody here.
	}

	/**
	 * The screening checklist names no case: whoever screens or oversees cases reads it (GET), a network
	 * coordinator alone changes it (every other method); everybody else gets 403.
	 */
	static final Set<Person> READS_CHECKLIST = EnumSet.complementOf(EnumSet.of(Person.UNRELATED_ORG_ADMIN,
			Person.UNRELATED_EVENT_ORGANISER, Person.UNRELATED_MEMBER, Person.UNRELATED_SYSTEM_ADMIN));

	static final Set<Person> EDITS_CHECKLIST = EnumSet.of(Person.NETWORK_COORDINATOR);

	static boolean checklist(String endpoint) {
		String path = endpoint.split(" ", 2)[1];
		return path.startsWith("/cases/checklist") || path.startsWith("/api/v1/screening-indicators");
	}

	static final Pattern VARIABLE = Pattern.compile("\\{([^}]+)}");

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	Directory directory;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	@Autowired
	MockMvc mvc;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	UUID caseId;

	String caseNumber;

	UUID pending;

	UUID accepted;

	@Test
	void everyEndpointOfTheCasesModuleShowsEachPersonExactlyWhatItemSixAllows() throws Exception {
		TestAccounts accounts = new TestAccounts(context);
		UUID lead = org("stella-maris");
		UUID before = org("mirror-foundation");
		UUID after = org("oag-htlo");
		UUID unrelated = org("a21");
		UUID coordinating = org("msdhs-atip");
		Api leadWorker = new Api(port).withToken(accounts.token(accounts.createIn(lead, null, "ntk-lead", Role.CASE_WORKER)));
		JsonNode opened = leadWorker.post("/api/v1/cases", TestCases.intake(clock.instant().minus(Duration.ofHours(1)), "TH-20", NAME))
			.json();
		caseId = UUID.fromString(opened.get("id").asString());
		caseNumber = opened.get("caseNumber").asString();
		pending = refer(leadWorker, before, List.of("PERSON", "INTAKE"));
		accepted = refer(leadWorker, after, List.of("INTAKE", "SCREENING"));
		var afterWorker = accounts.createIn(after, null, "ntk-after", Role.CASE_WORKER);
		assertThat(new Api(port).withToken(accounts.token(afterWorker))
			.post("/api/v1/referrals/" + accepted + "/accept", Map.of("version", 0))
			.status()).isEqualTo(200);

		Map<Person, TestAccounts.Account> people = new LinkedHashMap<>();
		people.put(Person.UNRELATED_CASE_WORKER, accounts.createIn(unrelated, null, "ntk-cw", Role.CASE_WORKER));
		people.put(Person.UNRELATED_CASE_SUPERVISOR, accounts.createIn(unrelated, null, "ntk-cs", Role.CASE_SUPERVISOR));
		people.put(Person.UNRELATED_ORG_ADMIN, accounts.createIn(unrelated, null, "ntk-oa", Role.ORG_ADMIN));
		people.put(Person.UNRELATED_EVENT_ORGANISER, accounts.createIn(unrelated, null, "ntk-eo", Role.EVENT_ORGANISER));
		people.put(Person.UNRELATED_MEMBER, accounts.createIn(unrelated, null, "ntk-m", Role.MEMBER));
		people.put(Person.UNRELATED_SYSTEM_ADMIN, accounts.createIn(unrelated, null, "ntk-sa", Role.SYSTEM_ADMIN));
		people.put(Person.RECEIVER_BEFORE_ACCEPTING, accounts.createIn(before, null, "ntk-before", Role.CASE_WORKER,
				Role.CASE_SUPERVISOR));
		people.put(Person.RECEIVER_AFTER_ACCEPTING, afterWorker);
		people.put(Person.PROVINCIAL_COORDINATOR_OF_THE_PROVINCE, accounts.createIn(coordinating, "TH-20", "ntk-pc",
				Role.PROVINCIAL_COORDINATOR));
		people.put(Person.PROVINCIAL_COORDINATOR_ELSEWHERE, accounts.createIn(coordinating, "TH-10", "ntk-pe",
				Role.PROVINCIAL_COORDINATOR));
		people.put(Person.NETWORK_COORDINATOR, accounts.createIn(coordinating, null, "ntk-nc", Role.NETWORK_COORDINATOR));

		String fingerprint = fingerprint();
		Set<String> endpoints = endpoints();
		assertThat(endpoints).contains("GET /cases", "GET /api/v1/cases", "GET /api/v1/cases/{id}", "GET /api/v1/referrals",
				"POST /api/v1/cases/{id}/screenings/reflection", "PUT /api/v1/screening-indicators/{indicatorId}");
		List<String> failures = new ArrayList<>();
		int requests = 0;
		for (var person : people.entrySet()) {
			Authentication who = accounts.authentication(person.getValue());
			for (String endpoint : endpoints) {
				requests++;
				String[] parts = endpoint.split(" ", 2);
				if (checklist(endpoint)) {
					int status = send(parts[0], parts[1], who, true).getResponse().getStatus();
					boolean may = ("GET".equals(parts[0]) ? READS_CHECKLIST : EDITS_CHECKLIST).contains(person.getKey());
					if (may == (status == 403) || status >= 500) {
						failures.add(person.getKey() + " " + endpoint + ": " + status + (may ? " (may use it)" : " (expected 403)"));
					}
				}
				if (!VARIABLE.matcher(parts[1]).find()) {
					checkList(failures, person.getKey(), endpoint, send(parts[0], parts[1], who, true));
					continue;
				}
				MvcResult real = send(parts[0], parts[1], who, true);
				boolean sees = SEES.getOrDefault(endpoint, Set.of()).contains(person.getKey());
				if (sees) {
					checkSees(failures, person.getKey(), endpoint, real);
				}
				else {
					requests++;
					checkHidden(failures, person.getKey(), endpoint, real, send(parts[0], parts[1], who, false));
				}
			}
		}
		System.out.printf("CasesNeedToKnowIT: %d endpoints, %d people, %d requests%n", endpoints.size(), people.size(), requests);
		assertThat(failures).isEmpty();
		assertThat(fingerprint()).as("nothing changed").isEqualTo(fingerprint);

		// Counts: a coordinator's total is exactly their province's (or the network's) cases.
		var pc = accounts.authentication(people.get(Person.PROVINCIAL_COORDINATOR_OF_THE_PROVINCE));
		JsonNode list = JsonMapper.builder().build().readTree(send("GET", "/api/v1/cases", pc, true).getResponse()
			.getContentAsString());
		assertThat(list.get("total").asLong())
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE province_code = 'TH-20'", Long.class));
		var cw = accounts.authentication(people.get(Person.UNRELATED_CASE_WORKER));
		JsonNode theirs = JsonMapper.builder().build().readTree(send("GET", "/api/v1/cases", cw, true).getResponse()
			.getContentAsString());
		assertThat(theirs.get("total").asLong())
			.isEqualTo(jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case WHERE lead_org_id = ?", Long.class, unrelated));
	}

	private void checkList(List<String> failures, Person who, String endpoint, MvcResult r) throws Exception {
		int status = r.getResponse().getStatus();
		String body = r.getResponse().getContentAsString();
		boolean overseer = OVERSEERS.contains(who);
		boolean leaks = body.contains(NAME) || (!overseer && body.contains(caseNumber))
				|| (!overseer && !RECEIVERS.contains(who) && body.contains(caseId.toString()));
		if (status >= 500 || status == 401 || leaks) {
			failures.add(who + " " + endpoint + ": " + status + (leaks ? " shows the case" : ""));
		}
	}

	private void checkSees(List<String> failures, Person who, String endpoint, MvcResult r) throws Exception {
		int status = r.getResponse().getStatus();
		if (status >= 500 || status == 401 || status == 403 || status == 404 || r.getResponse().getContentAsString().contains(NAME)) {
			failures.add(who + " " + endpoint + ": " + status + " (expected to reach the case, without the name)");
		}
	}

	private void checkHidden(List<String> failures, Person who, String endpoint, MvcResult real, MvcResult none)
			throws Exception {
		int status = real.getResponse().getStatus();
		String body = real.getResponse().getContentAsString();
		boolean leaks = body.contains(NAME) || body.contains(caseNumber);
		// Hidden means indistinguishable from a case that does not exist: the same refusal (404, or a 4xx that
		// a malformed request gets before anything is looked up, such as a missing If-Match or a body that is
		// not multipart), and nothing of the case in it.
		if (status < 400 || status >= 500 || status == 401 || status != none.getResponse().getStatus() || leaks) {
			failures.add(who + " " + endpoint + ": " + status + " (a case that does not exist: "
					+ none.getResponse().getStatus() + ")" + (leaks ? ", shows the case" : ""));
		}
	}

	/** A request as harmless as can be: a stale version, no other fields; path variables name this case or nothing. */
	private MvcResult send(String method, String pattern, Authentication who, boolean thisCase) throws Exception {
		boolean api = pattern.startsWith("/api/");
		Matcher m = VARIABLE.matcher(pattern);
		StringBuilder path = new StringBuilder();
		while (m.find()) {
			m.appendReplacement(path, Matcher.quoteReplacement(value(pattern, m.group(1), who, thisCase)));
		}
		m.appendTail(path);
		MockHttpServletRequestBuilder request = MockMvcRequestBuilders.request(HttpMethod.valueOf(method), path.toString())
			.with(authentication(who))
			.with(csrf())
			.accept(api ? MediaType.APPLICATION_JSON : MediaType.TEXT_HTML);
		if ("GET".equals(method)) {
			request.param("incoming", "true").param("size", "100");
		}
		else if (api) {
			request.contentType(MediaType.APPLICATION_JSON).content("{\"version\": -1}");
		}
		else {
			request.contentType(MediaType.APPLICATION_FORM_URLENCODED).param("version", "-1");
		}
		return mvc.perform(request).andReturn();
	}

	/** This case's id, the person's referral of it (the accepted one for anybody but the receivers), or ids of nothing. */
	private String value(String pattern, String variable, Authentication who, boolean thisCase) {
		boolean referral = variable.toLowerCase(java.util.Locale.ROOT).contains("referral")
				|| ("id".equals(variable) && pattern.startsWith("/api/v1/referrals/"));
		boolean caseVariable = "id".equals(variable) || "caseId".equals(variable);
		if (!thisCase || !(referral || caseVariable)) {
			return UUID.randomUUID().toString();
		}
		if (referral) {
			String name = who.getName();
			return (name.startsWith("ntk-before") ? pending : accepted).toString();
		}
		return caseId.toString();
	}

	private Set<String> endpoints() {
		Set<String> endpoints = new TreeSet<>();
		for (Map.Entry<RequestMappingInfo, HandlerMethod> e : mappings.getHandlerMethods().entrySet()) {
			if (!e.getValue().getBeanType().getPackageName().equals("th.tipnet.cases")) {
				continue;
			}
			var methods = e.getKey().getMethodsCondition().getMethods();
			for (String pattern : e.getKey().getPatternValues()) {
				if (methods.isEmpty()) {
					endpoints.add("GET " + pattern);
				}
				methods.forEach(method -> endpoints.add(method.name() + " " + pattern));
			}
		}
		return endpoints;
	}

	/** Everything a refused or harmless request must leave as it was. */
	private String fingerprint() {
		return jdbc.queryForList("SELECT id, version, status FROM nrm_case WHERE id = ?", caseId)
				+ " " + jdbc.queryForList("SELECT id, version, state FROM nrm_referral WHERE case_id = ? ORDER BY id", caseId)
				+ " " + jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case", Long.class)
				+ " " + jdbc.queryForObject("SELECT COUNT(*) FROM nrm_break_glass", Long.class)
				+ " " + jdbc.queryForObject("SELECT COUNT(*) FROM nrm_case_step WHERE case_id = ?", Long.class, caseId);
	}

	private UUID refer(Api api, UUID to, List<String> sections) {
		Map<String, Object> body = new LinkedHashMap<>();
		body.put("receiverOrganisationId", to.toString());
		body.put("purpose", jdbc.queryForList("SELECT service_code FROM organisation_service WHERE organisation_id = ? "
				+ "ORDER BY service_code", String.class, to).get(0));
		body.put("urgency", "NORMAL");
		body.put("sections", sections);
		body.put("consent", "GIVEN");
		body.put("consentBy", "ntk");
		Api.Response r = api.post("/api/v1/cases/" + caseId + "/referrals", body);
		assertThat(r.status()).isEqualTo(201);
		return UUID.fromString(r.json().get("id").asString());
	}

	private UUID org(String key) {
		return directory.organisationByReferenceKey(key).orElseThrow().id();
	}

	@SafeVarargs
	private static Set<Person> union(Set<Person>... sets) {
		Set<Person> all = EnumSet.noneOf(Person.class);
		for (Set<Person> s : sets) {
			all.addAll(s);
		}
		return all;
	}
}
