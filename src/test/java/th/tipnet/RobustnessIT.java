package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.lang.reflect.ParameterizedType;
import java.lang.reflect.RecordComponent;
import java.lang.reflect.Type;
import java.net.CookieManager;
import java.net.CookiePolicy;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.beans.factory.annotation.Qualifier;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.ApplicationContext;
import org.springframework.core.MethodParameter;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.method.HandlerMethod;
import org.springframework.web.multipart.MultipartFile;
import org.springframework.web.servlet.mvc.method.RequestMappingInfo;
import org.springframework.web.servlet.mvc.method.annotation.RequestMappingHandlerMapping;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

import th.tipnet.identity.Role;
import th.tipnet.identity.TestAccounts;
import th.tipnet.support.Api;
import th.tipnet.support.IntegrationTest;

/**
 * Malformed input never costs a 5xx. The API part reads the application's own OpenAPI document and
 * sends every operation, as an anonymous caller and as an administrator, bodies, parameters and
 * headers that are wrong in every way a client can get them wrong; the HTML part finds every form
 * (POST handler mappings outside {@code /api}) and every page, and posts or asks for them with
 * malformed values in a signed-in administrator's session. Any 5xx fails the test, and so does a
 * 400 or 422 on a wrongly typed JSON property that does not name a field.
 */
@IntegrationTest
class RobustnessIT {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

	private static final String NIL = "00000000-0000-0000-0000-000000000000";

	private static final Pattern CSRF = Pattern.compile("name=\"_csrf\"\\s+value=\"([^\"]+)\"");

	private static final AtomicInteger SENT = new AtomicInteger();

	private static long startedAt;

	@LocalServerPort
	int port;

	@Autowired
	ApplicationContext context;

	@Autowired
	@Qualifier("requestMappingHandlerMapping")
	RequestMappingHandlerMapping mappings;

	private final HttpClient http = HttpClient.newBuilder()
		.version(HttpClient.Version.HTTP_1_1)
		.followRedirects(HttpClient.Redirect.NEVER)
		.connectTimeout(Duration.ofSeconds(10))
		.build();

	private final List<String> failures = java.util.Collections.synchronizedList(new ArrayList<>());

	private final List<String> unnamed = java.util.Collections.synchronizedList(new ArrayList<>());

	/** Operations are exercised three at a time: the server, not the test, should be what is busy. */
	private void inParallel(List<Runnable> work) {
		var pool = java.util.concurrent.Executors.newFixedThreadPool(3);
		try {
			var futures = work.stream().map(pool::submit).toList();
			for (var f : futures) {
				f.get(5, java.util.concurrent.TimeUnit.MINUTES);
			}
		}
		catch (java.util.concurrent.ExecutionException e) {
			throw new IllegalStateException(e.getCause());
		}
		catch (Exception e) {
			throw new IllegalStateException(e);
		}
		finally {
			pool.shutdownNow();
		}
	}

	private TestAccounts.Account admin;

	private String adminToken;

	/** Values for path variables: records this test made itself, so posting to them changes nothing of others'. */
	private final Map<String, String> own = new HashMap<>();

	@BeforeEach
	void setUp() {
		if (startedAt == 0) {
			startedAt = System.nanoTime();
		}
		TestAccounts accounts = new TestAccounts(context);
		admin = accounts.create("robust-admin", Role.SYSTEM_ADMIN);
		adminToken = new Api(port).signIn(admin.username(), admin.password()).token();
		Api api = new Api(port).withToken(adminToken);
		own.put("user", accounts.create("robust-member", Role.MEMBER).id().toString());
		var org = api.post("/api/v1/organizations",
				Map.of("nameTh", "องค์กรทดสอบความทนทาน " + UUID.randomUUID(), "nameEn", "Robustness org", "sector", "NGO"));
		assertThat(org.status()).as(org.body()).isEqualTo(201);
		own.put("organisation", org.json().get("id").asString());
		var event = api.post("/api/v1/events", eventBody());
		assertThat(event.status()).as(event.body()).isEqualTo(201);
		own.put("event", event.json().get("id").asString());
		own.put("slug", event.json().get("slug").asString());
		var registration = new Api(port).post("/api/v1/events/" + own.get("event") + "/registrations", applicant());
		assertThat(registration.status()).as(registration.body()).isEqualTo(201);
		own.put("registration", registration.json().get("registrationId").asString());
		own.put("token", registration.json().get("manageToken").asString());
		var booth = api.post("/api/v1/events/" + own.get("event") + "/booths",
				Map.of("number", "R" + (System.nanoTime() % 1000), "zone", "R", "type", "AGENCY", "organisationId", own.get("organisation")));
		assertThat(booth.status()).as(booth.body()).isEqualTo(201);
		own.put("booth", booth.json().get("id").asString());
	}

	private static final Map<String, Long> SLOWEST = new java.util.concurrent.ConcurrentHashMap<>();

	private static void took(String what, long since) {
		SLOWEST.merge(what, (System.nanoTime() - since) / 1_000_000, Long::sum);
	}

	@AfterAll
	static void report() {
		SLOWEST.entrySet()
			.stream()
			.sorted(Map.Entry.<String, Long>comparingByValue().reversed())
			.limit(12)
			.forEach(e -> System.out.printf("RobustnessIT: %6d ms %s%n", e.getValue(), e.getKey()));
		System.out.printf("RobustnessIT: %d requests in %.1f s%n", SENT.get(), (System.nanoTime() - startedAt) / 1e9);
	}

	// ---------------------------------------------------------------- the API, from its OpenAPI document

	@Test
	void noApiOperationAnswersAServerErrorToMalformedInput() {
		JsonNode docs = JSON.readTree(send("GET", "/v3/api-docs", Map.of("Accept", "application/json"), null).body());
		JsonNode schemas = docs.path("components").path("schemas");
		List<Runnable> work = new ArrayList<>();
		for (var path : docs.get("paths").properties()) {
			for (var op : path.getValue().properties()) {
				work.add(() -> {
					long t = System.nanoTime();
					exercise(op.getKey().toUpperCase(), path.getKey(), op.getValue(), schemas);
					took(op.getKey().toUpperCase() + " " + path.getKey(), t);
				});
			}
		}
		int operations = work.size();
		inParallel(work);
		assertThat(operations).isGreaterThan(30);
		written("api");
		assertThat(failures).as("server errors").isEmpty();
		assertThat(unnamed).as("400/422 answers to a wrongly typed property that name no field").isEmpty();
	}

	private void exercise(String method, String template, JsonNode op, JsonNode schemas) {
		JsonNode bodySchema = resolve(op.path("requestBody").path("content").path("application/json").path("schema"), schemas);
		ObjectNode sample = bodySchema.isMissingNode() ? null : (ObjectNode) sampleBody(method, template, bodySchema, schemas);
		List<JsonNode> params = new ArrayList<>();
		op.path("parameters").forEach(params::add);
		for (String token : new String[] { null, adminToken }) {
			String who = token == null ? "anonymous" : "admin";
			Map<String, String> headers = new LinkedHashMap<>();
			headers.put("Accept", "application/json");
			headers.put("Accept-Language", token == null ? "th" : "en");
			if (token != null) {
				headers.put("Authorization", "Bearer " + token);
			}
			String path = fill(template, Map.of());
			Call call = new Call(method, path, headers, sample == null ? null : sample.toString(), who);
			var first = call.send();
			if (first.statusCode() == 401 || first.statusCode() == 403) {
				// Refused before the handler: a few cases show the refusal itself holds; the rest would repeat it.
				call.withContentType("text/plain").send();
				call.withBody("{").send();
				call.withPath(fill(template, Map.of("*", "not-a-uuid"))).send();
				continue;
			}
			if (token == null) {
				// Public operations answer anonymous callers by the same rules: the body's shape is enough here,
				// the administrator's run below varies everything else.
				if (sample != null) {
					wholeBodies(call, sample);
				}
				continue;
			}
			pathVariables(call, template);
			queryAndHeaders(call, params);
			if (sample != null) {
				wholeBodies(call, sample);
				properties(call, sample, bodySchema, schemas, "");
			}
			else if (!"GET".equals(method)) {
				call.withBody("{\"unexpected\":\"\\u0000\"}").send();
			}
			for (String accept : List.of("*/*", "text/html", "application/xml", "garbage")) {
				call.withHeader("Accept", accept).send();
			}
		}
	}

	private void pathVariables(Call call, String template) {
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
		while (m.find()) {
			String name = m.group(1);
			for (String value : List.of("not-a-uuid", "a%00b", "%E0%B8", "%C3%9F", "x".repeat(3000), "..%2F..", NIL)) {
				call.withPath(fill(template, Map.of(name, value))).send();
			}
		}
	}

	private void queryAndHeaders(Call call, List<JsonNode> params) {
		for (JsonNode p : params) {
			String name = p.path("name").asString();
			String in = p.path("in").asString();
			if ("query".equals(in)) {
				for (String value : queryValues(p.path("schema"))) {
					call.withPath(call.path + (call.path.contains("?") ? "&" : "?") + enc(name) + "=" + value).send();
				}
				call.withPath(call.path + "?" + enc(name) + "=1&" + enc(name) + "=2").send();
			}
			else if ("header".equals(in)) {
				for (String value : List.of("garbage", "W/\"99999999999999999999\"", "\"-1\"", "x".repeat(4000), "*")) {
					call.withHeader(name, value).send();
				}
			}
		}
	}

	private static List<String> queryValues(JsonNode schema) {
		List<String> values = new ArrayList<>(List.of("", "a%00b", "x".repeat(5000), "-1", "99999999999999999999", "1e400",
				"NOPE", "%E2%80%AEevil", "2024-02-30", "%2B999999999-12-31", "31%2F02%2F2567", "%C3%9F%C4%B0%EF%AC%80", "%E0%B8"));
		schema.path("enum").forEach(e -> values.add(enc(e.asString().toLowerCase())));
		return values;
	}

	private void wholeBodies(Call call, ObjectNode sample) {
		String valid = sample.toString();
		for (String body : List.of("", "null", "[]", "{}", "{", "\"x\"", "123", "{\"a\":", "[null]", "{\"x\":1}}",
				"\u0000", "{\"a\":\"\u0000\"}", "\uFEFF" + valid, "[" + valid + "," + valid + "]", "{" + "\"a\":{".repeat(3000)
						+ "}".repeat(3001),
				"[".repeat(5000) + "]".repeat(5000), valid.replaceFirst("\\{", "{\"unknown\":[null,{\"x\":[]}],"))) {
			call.withBody(body).send();
		}
		call.withBody(valid.replaceFirst("}$", ",\"padding\":\"" + "x".repeat(3 * 1024 * 1024) + "\"}"))
			.expect(413, "a body over the size limit");
		for (String type : List.of("*/*", "text/plain", "application/xml", "application/x-www-form-urlencoded", "garbage",
				"application/json; charset=ISO-8859-1", "application/json; charset=nonsense", "multipart/form-data",
				"application/*", "text/json", "application/json;;;", "")) {
			call.withBody(valid).withContentType(type).send();
		}
		call.withRawBody(new byte[] { '{', '"', 'a', '"', ':', '"', (byte) 0xC3, (byte) 0x28, '"', '}' }).send();
	}

	/** Text that must be refused, stripped or stored as it is, but never answered with a 5xx. */
	private static final List<String> TEXTS = List.of("", " ", "a\u0000b", "x".repeat(100_000), "\u202Eevil\u202C\u2066",
			"\u200B\uFEFF", "ß".repeat(40), "İ".repeat(40), "ﬀ".repeat(40), "\u0007\u001b[31m", "<script>x</script>",
			"' OR 1=1 --", "\uD800", "💩".repeat(20), "ไทย\u0E33\u0E4C", "\r\n\r\n");

	/**
	 * Each property gets the values wrong for its type, one at a time (so the answer can name it); the
	 * text attacks go into every text property of the object at once, since one rule handles them all.
	 */
	private void properties(Call call, ObjectNode body, JsonNode schema, JsonNode schemas, String prefix) {
		JsonNode props = schema.path("properties");
		List<String> texts = new ArrayList<>();
		for (var p : props.properties()) {
			String name = p.getKey();
			JsonNode prop = resolve(p.getValue(), schemas);
			if ("string".equals(prop.path("type").asString()) && prop.path("enum").isEmpty() && prop.path("format").isMissingNode()) {
				texts.add(name);
			}
			for (JsonNode bad : badValues(prop, schemas)) {
				ObjectNode copy = body.deepCopy();
				copy.set(name, bad);
				Call c = call.withBody(call.root(copy));
				var r = c.send();
				String type = prop.path("type").asString();
				boolean wrongType = (bad.isBoolean() && !"boolean".equals(type)) || (bad.isObject() && !"object".equals(type))
						|| (bad.isArray() && !"array".equals(type));
				if (wrongType && r != null && (r.statusCode() == 400 || r.statusCode() == 422) && !r.body().contains("\"field\"")) {
					unnamed.add(c.describe() + " [" + prefix + name + "=" + abbreviate(bad.toString()) + "] → " + r.statusCode()
							+ " " + abbreviate(r.body()));
				}
			}
			if (prefix.length() < 40) {
				JsonNode value = body.get(name);
				if (value instanceof ObjectNode inner) {
					properties(call.nested(body, name, -1), inner, prop, schemas, prefix + name + ".");
				}
				else if (value instanceof ArrayNode array && !array.isEmpty() && array.get(0) instanceof ObjectNode inner) {
					properties(call.nested(body, name, 0), inner, resolve(prop.path("items"), schemas), schemas,
							prefix + name + "[0].");
				}
			}
		}
		if (!texts.isEmpty()) {
			for (String text : TEXTS) {
				ObjectNode copy = body.deepCopy();
				texts.forEach(t -> copy.put(t, text));
				call.withBody(call.root(copy)).send();
			}
		}
	}

	private List<JsonNode> badValues(JsonNode prop, JsonNode schemas) {
		List<JsonNode> bad = new ArrayList<>();
		bad.add(NODES.nullNode());
		String type = prop.path("type").asString();
		String format = prop.path("format").asString();
		bad.add("boolean".equals(type) ? NODES.stringNode("maybe") : NODES.booleanNode(true));
		bad.add("object".equals(type) ? NODES.arrayNode().add("x") : NODES.objectNode().put("x", 1));
		switch (type) {
			case "string" -> {
				bad.add(NODES.stringNode("a\u0000b"));
				if (format.equals("date-time") || format.equals("date")) {
					for (String s : List.of("+999999999-12-31T23:59:59Z", "0000-01-01T00:00:00Z", "1899-12-31T23:59:59Z",
							"2201-01-01T00:00:00Z", "2024-02-30T00:00:00Z", "+999999999-12-31", "31/02/2567 08:30")) {
						bad.add(NODES.stringNode(s));
					}
					bad.add(NODES.numberNode(99999999999999999L));
					bad.add(NODES.numberNode(-1e20));
				}
				if (format.equals("uuid")) {
					bad.add(NODES.stringNode("not-a-uuid"));
					bad.add(NODES.stringNode(NIL));
				}
				JsonNode values = prop.path("enum");
				if (!values.isEmpty()) {
					bad.add(NODES.stringNode("NOPE"));
					bad.add(NODES.stringNode(values.get(0).asString().toLowerCase()));
					bad.add(NODES.numberNode(0));
				}
			}
			case "integer", "number" -> {
				bad.add(NODES.stringNode("abc"));
				bad.add(NODES.numberNode(-1));
				bad.add(NODES.numberNode(2147483648L));
				bad.add(NODES.numberNode(new java.math.BigInteger("99999999999999999999999")));
				bad.add(NODES.numberNode(new java.math.BigDecimal("1e400")));
				bad.add(NODES.numberNode(1.5));
			}
			case "boolean" -> bad.add(NODES.numberNode(2));
			case "array" -> {
				bad.add(NODES.stringNode("x"));
				bad.add(NODES.arrayNode().addNull());
				bad.add(NODES.arrayNode().add(sample(resolve(prop.path("items"), schemas), schemas, "", 0)).addNull());
				bad.add(NODES.arrayNode().add(NODES.arrayNode()));
				bad.add(NODES.arrayNode().add("\u0000"));
				ArrayNode many = NODES.arrayNode();
				JsonNode item = sample(resolve(prop.path("items"), schemas), schemas, "", 0);
				for (int i = 0; i < 300; i++) {
					many.add(item);
				}
				bad.add(many);
			}
			default -> {
			}
		}
		return bad;
	}

	// ---------------------------------------------------------------- HTML forms and pages

	@Test
	void noFormOrPageAnswersAServerErrorToMalformedInput() throws Exception {
		Session session = new Session();
		session.signIn(admin.username(), admin.password());
		java.util.concurrent.atomic.AtomicInteger forms = new java.util.concurrent.atomic.AtomicInteger();
		List<Runnable> work = new ArrayList<>();
		for (var entry : mappings.getHandlerMethods().entrySet()) {
			RequestMappingInfo info = entry.getKey();
			HandlerMethod handler = entry.getValue();
			for (String template : info.getPatternValues()) {
				if (template.startsWith("/api/") || template.startsWith("/v3/") || template.startsWith("/swagger")
						|| template.equals("/error")) {
					continue;
				}
				var methods = info.getMethodsCondition().getMethods();
				boolean post = methods.stream().anyMatch(m -> m.name().equals("POST"));
				if (post && (template.contains("/account/") || template.startsWith("/login"))) {
					// The admin's own credentials: malformed values below would only be refused, but a 403
					// sign-in step would end the session the rest of the test needs. Covered anonymously below.
					continue;
				}
				work.add(() -> {
				session.ensureSignedIn(admin.username(), admin.password());
				long t = System.nanoTime();
				Map<String, String> fields = formFields(handler);
				String path = fillOwn(template);
				if (post) {
					forms.incrementAndGet();
					postMalformed(session, path, fields, handler);
				}
				else {
					for (var field : fields.entrySet()) {
						for (String value : List.of("a\u0000b", "x".repeat(5000), "99999999999999999999", "+999999999-12-31",
								"\u202Eevil")) {
							session.get(path + "?" + enc(field.getKey()) + "=" + enc(value));
						}
					}
					Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
					while (m.find()) {
						for (String value : List.of("not-a-uuid", "%E0%B8", "x".repeat(2000))) {
							session.get(fill(template, Map.of(m.group(1), value)).replaceAll("\\{[^}]+}", NIL));
						}
					}
				}
				took((post ? "POST " : "GET ") + template, t);
				});
			}
		}
		inParallel(work);
		// Sign-in and its steps, anonymously: the form login is a filter, not a handler mapping.
		Session anonymous = new Session();
		anonymous.get("/login");
		for (String value : List.of("a\u0000b", "x".repeat(100_000), "\u202Eadmin", "ß", "İ")) {
			anonymous.post("/login", List.of(Map.entry("username", value), Map.entry("password", "x")), "");
			anonymous.post("/login", List.of(Map.entry("username", "robust"), Map.entry("password", value)), "");
		}
		for (String path : List.of("/account/password", "/account/totp/confirm", "/login/totp")) {
			anonymous.post(path, List.of(Map.entry("code", "a\u0000b"), Map.entry("newPassword", "\u0000")), "");
		}
		assertThat(forms.get()).isGreaterThan(20);
		written("html");
		assertThat(failures).as("server errors").isEmpty();
	}

	private void postMalformed(Session session, String path, Map<String, String> fields, HandlerMethod handler) {
		boolean multipart = java.util.Arrays.stream(handler.getMethodParameters())
			.anyMatch(p -> MultipartFile.class.isAssignableFrom(p.getParameterType()));
		List<Map.Entry<String, String>> valid = new ArrayList<>();
		fields.forEach((k, v) -> valid.add(Map.entry(k, v)));
		session.post(path, valid, multipart ? "multipart" : "");
		// One field wrong at a time, so each refusal has its field; then every field wrong in the same way.
		for (String name : fields.keySet()) {
			for (String value : List.of("a\u0000b", "99999999999999999999")) {
				List<Map.Entry<String, String>> form = new ArrayList<>();
				fields.forEach((k, v) -> form.add(Map.entry(k, k.equals(name) ? value : v)));
				session.post(path, form, multipart ? "multipart" : "");
			}
		}
		for (String value : formValues()) {
			List<Map.Entry<String, String>> form = new ArrayList<>();
			fields.forEach((k, v) -> form.add(Map.entry(k, value)));
			session.post(path, form, multipart ? "multipart" : "");
		}
		List<Map.Entry<String, String>> twice = new ArrayList<>(valid);
		fields.forEach((k, v) -> twice.add(Map.entry(k, "second")));
		session.post(path, twice, "");
		for (String odd : List.of("services[99999].code", "contacts[-1].email", "contacts[abc].email", "version[0]", "\u0000")) {
			List<Map.Entry<String, String>> form = new ArrayList<>(valid);
			form.add(Map.entry(odd, "1"));
			session.post(path, form, "");
		}
		session.post(path, valid, "text/plain");
		session.post(path, valid, "*/*");
		session.post(path, valid, "application/json");
		session.post(path, List.of(), "");
		List<Map.Entry<String, String>> huge = new ArrayList<>(valid);
		huge.add(Map.entry("padding", "x".repeat(7 * 1024 * 1024)));
		var tooLarge = session.post(path, huge, multipart ? "multipart" : "");
		// No answer at all is fine too: the server may answer 413 and close before the client has sent it all.
		if (tooLarge != null && tooLarge.statusCode() != 413) {
			failures.add("POST " + path + " with a 7 MB form → " + tooLarge.statusCode() + ", expected 413");
		}
	}

	private static List<String> formValues() {
		return List.of("", "x".repeat(100_000), "\u202Eevil\u202C\u200B", "ßİﬀ".repeat(20), "-1", "1e400", "NOPE",
				"not-a-uuid", "31/02/2567", "99/99/99999", "+999999999-12-31", "1899-12-31", "2201-01-01T00:00", "\uD800", "💩");
	}

	/** Field names a form handler binds: request parameters and the properties of its form object. */
	private static Map<String, String> formFields(HandlerMethod handler) {
		Map<String, String> fields = new LinkedHashMap<>();
		for (MethodParameter p : handler.getMethodParameters()) {
			Class<?> type = p.getParameterType();
			if (p.hasParameterAnnotation(PathVariable.class) || p.hasParameterAnnotation(RequestBody.class)
					|| p.hasParameterAnnotation(RequestHeader.class)) {
				continue;
			}
			RequestParam param = p.getParameterAnnotation(RequestParam.class);
			if (param != null || simple(type) || MultipartFile.class.isAssignableFrom(type)) {
				String name = param != null && !param.name().isEmpty() ? param.name() : param != null && !param.value().isEmpty() ? param.value() : p.getParameterName();
				if (name != null && !Map.class.isAssignableFrom(type)) {
					fields.put(name, sampleFor(type));
				}
			}
			else if (type.isRecord() || (type.getPackageName().startsWith("th.tipnet") && !type.isInterface() && !type.isEnum())) {
				addProperties(fields, "", type, 0);
			}
		}
		return fields;
	}

	private static void addProperties(Map<String, String> fields, String prefix, Class<?> type, int depth) {
		if (depth > 2 || !type.isRecord()) {
			return;
		}
		for (RecordComponent c : type.getRecordComponents()) {
			Class<?> t = c.getType();
			String name = prefix + c.getName();
			if (simple(t)) {
				fields.put(name, sampleFor(t));
			}
			else if (Collection.class.isAssignableFrom(t)) {
				Type generic = c.getGenericType();
				Class<?> item = generic instanceof ParameterizedType pt && pt.getActualTypeArguments()[0] instanceof Class<?> cl
						? cl : String.class;
				if (simple(item)) {
					fields.put(name, sampleFor(item));
				}
				else {
					addProperties(fields, name + "[0].", item, depth + 1);
				}
			}
			else {
				addProperties(fields, name + ".", t, depth + 1);
			}
		}
	}

	private static boolean simple(Class<?> type) {
		return type.isPrimitive() || type.isEnum() || Number.class.isAssignableFrom(type) || type == String.class
				|| type == Boolean.class || type == UUID.class || type.getName().startsWith("java.time");
	}

	private static String sampleFor(Class<?> type) {
		if (type.isEnum()) {
			return type.getEnumConstants()[0].toString();
		}
		if (type == UUID.class) {
			return NIL;
		}
		if (type == boolean.class || type == Boolean.class) {
			return "true";
		}
		if (type.isPrimitive() || Number.class.isAssignableFrom(type)) {
			return "1";
		}
		return "x";
	}

	private String fillOwn(String template) {
		return fill(template, Map.of());
	}

	// ---------------------------------------------------------------- samples from the schema

	private JsonNode sampleBody(String method, String template, JsonNode schema, JsonNode schemas) {
		ObjectNode body = (ObjectNode) sample(schema, schemas, "", 0);
		Map<String, Object> known = switch (method + " " + template) {
			case "POST /api/v1/events", "PUT /api/v1/events/{id}" -> eventBody();
			case "POST /api/v1/events/{id}/registrations" -> applicant();
			case "POST /api/v1/organizations", "PUT /api/v1/organizations/{id}" ->
				Map.of("nameTh", "ทดสอบ", "nameEn", "Test", "sector", "NGO", "version", 0);
			case "POST /api/v1/auth/token" -> Map.of("username", "robust-nobody", "password", "x");
			default -> Map.of();
		};
		known.forEach((k, v) -> body.set(k, JSON.valueToTree(v)));
		if (template.equals("/api/v1/events/{id}/booths")) {
			body.put("organisationId", own.get("organisation"));
		}
		return body;
	}

	private JsonNode sample(JsonNode schema, JsonNode schemas, String name, int depth) {
		schema = resolve(schema, schemas);
		if (!schema.path("example").isMissingNode()) {
			return schema.get("example");
		}
		if (!schema.path("enum").isEmpty()) {
			return schema.get("enum").get(0);
		}
		String type = schema.path("type").asString();
		if (type.isEmpty() && schema.has("properties")) {
			type = "object";
		}
		switch (type) {
			case "object" -> {
				ObjectNode o = NODES.objectNode();
				if (depth < 4) {
					schema.path("properties").properties().forEach(p -> o.set(p.getKey(), sample(p.getValue(), schemas, p.getKey(), depth + 1)));
				}
				return o;
			}
			case "array" -> {
				ArrayNode a = NODES.arrayNode();
				if (depth < 4) {
					a.add(sample(schema.path("items"), schemas, name, depth + 1));
				}
				return a;
			}
			case "integer", "number" -> {
				return NODES.numberNode(schema.path("minimum").asInt(1) < 0 ? 1 : Math.max(1, schema.path("minimum").asInt(1)));
			}
			case "boolean" -> {
				return NODES.booleanNode(true);
			}
			default -> {
				String format = schema.path("format").asString();
				Instant soon = Instant.now().plus(Duration.ofDays(10)).truncatedTo(ChronoUnit.SECONDS);
				return NODES.stringNode(switch (format) {
					case "uuid" -> own.getOrDefault(name.replace("Id", ""), NIL);
					case "date-time" -> soon.toString();
					case "date" -> soon.toString().substring(0, 10);
					case "email" -> "robust@example.org";
					default -> name.toLowerCase().contains("email") ? "robust@example.org" : "x";
				});
			}
		}
	}

	private static JsonNode resolve(JsonNode schema, JsonNode schemas) {
		String ref = schema.path("$ref").asString("");
		if (ref.startsWith("#/components/schemas/")) {
			return schemas.path(ref.substring("#/components/schemas/".length()));
		}
		return schema;
	}

	private Map<String, Object> eventBody() {
		Instant now = Instant.now().truncatedTo(ChronoUnit.SECONDS);
		Map<String, Object> body = new HashMap<>();
		body.put("slug", "robust-" + UUID.randomUUID().toString().substring(0, 8));
		body.put("type", "FORUM");
		body.put("titleTh", "งานทดสอบความทนทาน");
		body.put("titleEn", "Robustness");
		body.put("startsAt", now.plus(Duration.ofDays(20)).toString());
		body.put("endsAt", now.plus(Duration.ofDays(20)).plus(Duration.ofHours(3)).toString());
		body.put("onsiteCapacity", 50);
		body.put("onlineCapacity", 50);
		body.put("registrationOpensAt", now.minus(Duration.ofHours(1)).toString());
		body.put("registrationClosesAt", now.plus(Duration.ofDays(10)).toString());
		body.put("ownerOrganisationId", own.getOrDefault("organisation", organisationOfAdmin()));
		body.put("organiserIds", Set.of());
		body.put("agenda", List.of(Map.of("startsAt", "09:00", "titleTh", "เปิดงาน", "titleEn", "Opening")));
		body.put("groups", List.of(Map.of("code", "NGO", "nameTh", "องค์กร", "nameEn", "NGOs", "onsiteQuota", 20, "onlineQuota", 20,
				"invitationOnly", false)));
		body.put("version", 0);
		return body;
	}

	private String organisationOfAdmin() {
		return admin.organisationId().toString();
	}

	private static Map<String, Object> applicant() {
		Map<String, Object> a = new HashMap<>();
		a.put("fullName", "ผู้ทดสอบ ความทนทาน");
		a.put("organisationName", "มูลนิธิทดสอบ");
		a.put("groupCode", "NGO");
		a.put("mode", "ONSITE");
		a.put("email", "robust-" + UUID.randomUUID().toString().substring(0, 8) + "@example.org");
		a.put("language", "th");
		a.put("consentPrivacy", true);
		return a;
	}

	/** The template with this test's own records for its variables, or the given values (key "*" for all). */
	private String fill(String template, Map<String, String> values) {
		Matcher m = Pattern.compile("\\{([^}]+)}").matcher(template);
		StringBuilder out = new StringBuilder();
		while (m.find()) {
			String name = m.group(1);
			String value = values.containsKey(name) ? values.get(name) : values.containsKey("*") ? values.get("*") : ownValue(template, name);
			m.appendReplacement(out, Matcher.quoteReplacement(value));
		}
		m.appendTail(out);
		return out.toString();
	}

	private String ownValue(String template, String name) {
		return switch (name) {
			case "slug" -> own.get("slug");
			case "token" -> own.get("token");
			case "registrationId" -> own.get("registration");
			case "boothId" -> own.get("booth");
			case "id" -> template.contains("/organi") ? own.get("organisation")
					: template.contains("/users") ? own.get("user") : template.contains("/events") ? own.get("event") : NIL;
			default -> NIL;
		};
	}

	private static String enc(String s) {
		return URLEncoder.encode(s, StandardCharsets.UTF_8);
	}

	private static String abbreviate(String s) {
		return s.length() > 300 ? s.substring(0, 300) + "…" : s;
	}

	// ---------------------------------------------------------------- sending

	private HttpResponse<String> send(String method, String path, Map<String, String> headers, byte[] body) {
		HttpRequest.Builder b;
		try {
			b = HttpRequest.newBuilder(URI.create("http://localhost:" + port + path)).timeout(Duration.ofSeconds(60));
		}
		catch (IllegalArgumentException e) {
			return null;
		}
		b.method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
		headers.forEach((k, v) -> {
			try {
				b.header(k, v);
			}
			catch (IllegalArgumentException e) {
				// A value the client library refuses to send cannot reach the server either.
			}
		});
		SENT.incrementAndGet();
		try {
			return http.send(b.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
		}
		catch (IOException e) {
			// The server closing the connection on a refused body is an answer, not a 5xx.
			return null;
		}
		catch (InterruptedException e) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(e);
		}
	}

	private HttpResponse<String> check(String description, HttpResponse<String> r) {
		if (r != null && r.statusCode() >= 500) {
			failures.add(description + " → " + r.statusCode() + " " + abbreviate(r.body()));
		}
		return r;
	}

	/** One API request and its variations: the same operation with one thing changed. */
	private final class Call {

		final String method;

		final String path;

		final Map<String, String> headers;

		final byte[] body;

		final String who;

		/** Where the body under test sits in the whole body: a nested object is sent inside its parents. */
		final java.util.function.UnaryOperator<ObjectNode> wrap;

		Call(String method, String path, Map<String, String> headers, String body, String who) {
			this(method, path, headers, body == null ? null : body.getBytes(StandardCharsets.UTF_8), who, o -> o);
		}

		Call(String method, String path, Map<String, String> headers, byte[] body, String who,
				java.util.function.UnaryOperator<ObjectNode> wrap) {
			this.method = method;
			this.path = path;
			this.headers = headers;
			this.body = body;
			this.who = who;
			this.wrap = wrap;
		}

		Call withPath(String p) {
			return new Call(method, p, headers, body, who, wrap);
		}

		Call withHeader(String name, String value) {
			Map<String, String> h = new LinkedHashMap<>(headers);
			h.put(name, value);
			return new Call(method, path, h, body, who, wrap);
		}

		Call withContentType(String type) {
			return withHeader("Content-Type", type);
		}

		Call withBody(String b) {
			return withRawBody(b.getBytes(StandardCharsets.UTF_8));
		}

		Call withRawBody(byte[] b) {
			Call c = new Call(method, path, headers, b, who, wrap);
			return c.headers.containsKey("Content-Type") ? c : c.withContentType("application/json");
		}

		String root(ObjectNode inner) {
			return wrap.apply(inner).toString();
		}

		/** The same call with bodies built around {@code parent.name} (or its first item). */
		Call nested(ObjectNode parent, String name, int index) {
			ObjectNode frozen = parent.deepCopy();
			java.util.function.UnaryOperator<ObjectNode> outer = wrap;
			return new Call(method, path, headers, body, who, inner -> {
				ObjectNode copy = frozen.deepCopy();
				if (index < 0) {
					copy.set(name, inner);
				}
				else {
					((ArrayNode) copy.get(name)).set(index, inner);
				}
				return outer.apply(copy);
			});
		}

		String describe() {
			String b = body == null ? "" : abbreviate(new String(body, StandardCharsets.UTF_8));
			return method + " " + abbreviate(path) + " as " + who + " " + headers.getOrDefault("Content-Type", "") + " "
					+ headers.getOrDefault("Accept", "") + " " + b;
		}

		HttpResponse<String> send() {
			Map<String, String> h = new LinkedHashMap<>(headers);
			if (body == null) {
				h.remove("Content-Type");
			}
			else if (h.get("Content-Type") != null && h.get("Content-Type").isEmpty()) {
				h.remove("Content-Type");
			}
			return check(describe(), RobustnessIT.this.send(method, path, h, body));
		}

		void expect(int status, String what) {
			var r = send();
			if (r != null && r.statusCode() != status) {
				failures.add(describe().substring(0, Math.min(120, describe().length())) + ": " + what + " → " + r.statusCode()
						+ ", expected " + status);
			}
		}
	}

	/** A browser's session: cookies, the CSRF token of the last page, no redirects followed. */
	private final class Session {

		final HttpClient client = HttpClient.newBuilder()
			.version(HttpClient.Version.HTTP_1_1)
			.cookieHandler(new CookieManager(null, CookiePolicy.ACCEPT_ALL))
			.followRedirects(HttpClient.Redirect.NEVER)
			.build();

		volatile String csrf = "";

		void signIn(String username, String password) {
			get("/login");
			var r = post("/login", List.of(Map.entry("username", username), Map.entry("password", password)), "");
			assertThat(r.statusCode()).isEqualTo(302);
			var home = get("/");
			assertThat(home.body()).contains(username);
		}

		void ensureSignedIn(String username, String password) {
			var home = get("/");
			if (!home.body().contains(username)) {
				signIn(username, password);
			}
		}

		HttpResponse<String> get(String path) {
			var r = exchange(HttpRequest.newBuilder(uri(path)).GET(), "GET " + abbreviate(path));
			if (r != null) {
				Matcher m = CSRF.matcher(r.body());
				if (m.find()) {
					csrf = m.group(1);
				}
			}
			return r;
		}

		/** Posts the fields (with the CSRF token) url-encoded, as multipart, or with the given content type. */
		HttpResponse<String> post(String path, List<Map.Entry<String, String>> fields, String type) {
			List<Map.Entry<String, String>> all = new ArrayList<>(fields);
			all.add(Map.entry("_csrf", csrf));
			byte[] body;
			String contentType;
			if (type.equals("multipart")) {
				String boundary = "----robust" + UUID.randomUUID().toString().replace("-", "");
				java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream();
				for (var f : all) {
					out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"" + f.getKey() + "\"\r\n\r\n"
							+ f.getValue() + "\r\n").getBytes(StandardCharsets.UTF_8));
				}
				out.writeBytes(("--" + boundary + "\r\nContent-Disposition: form-data; name=\"photo\"; filename=\"a.jpg\"\r\n"
						+ "Content-Type: image/jpeg\r\n\r\nnot a jpeg\r\n--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
				body = out.toByteArray();
				contentType = "multipart/form-data; boundary=" + boundary;
			}
			else {
				StringBuilder s = new StringBuilder();
				for (Iterator<Map.Entry<String, String>> i = all.iterator(); i.hasNext();) {
					var f = i.next();
					s.append(enc(f.getKey())).append('=').append(enc(f.getValue())).append(i.hasNext() ? "&" : "");
				}
				body = s.toString().getBytes(StandardCharsets.UTF_8);
				contentType = type.isEmpty() ? "application/x-www-form-urlencoded" : type;
			}
			String names = all.stream().map(Map.Entry::getKey).filter(k -> !k.equals("_csrf")).toList().toString();
			return exchange(HttpRequest.newBuilder(uri(path))
				.header("Content-Type", contentType)
				.header("X-CSRF-TOKEN", csrf)
				.POST(HttpRequest.BodyPublishers.ofByteArray(body)), "POST " + path + " " + contentType.replaceAll(";.*", "")
						+ " " + abbreviate(names) + " " + abbreviate(all.stream().map(Map.Entry::getValue).toList().toString()));
		}

		private URI uri(String path) {
			return URI.create("http://localhost:" + port + path);
		}

		private HttpResponse<String> exchange(HttpRequest.Builder b, String description) {
			SENT.incrementAndGet();
			try {
				return check(description, client.send(b.header("Accept", "text/html").header("Accept-Language", "th")
					.timeout(Duration.ofSeconds(60))
					.build(), HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8)));
			}
			catch (IOException e) {
				return null;
			}
			catch (InterruptedException e) {
				Thread.currentThread().interrupt();
				throw new IllegalStateException(e);
			}
		}
	}

	/** The findings also go to a file: an assertion message of hundreds of lines is hard to read. */
	private void written(String part) {
		List<String> lines = new ArrayList<>(failures);
		lines.add("--- unnamed");
		lines.addAll(unnamed);
		try {
			java.nio.file.Files.write(java.nio.file.Path.of("target", "robustness-" + part + ".txt"), lines);
		}
		catch (IOException e) {
			throw new java.io.UncheckedIOException(e);
		}
	}
}
