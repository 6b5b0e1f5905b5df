package th.tipnet.audit;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every action and record type that the code records has a Thai and an English name: the test reads
 * each call of {@link AuditTrail#record} and {@link AuditTrail#recordAs} in {@code src/main/java},
 * follows constants and the parameters of the method a call sits in, and fails naming any action
 * or type without both labels, and any call whose action it cannot tell.
 */
class AuditLabelsTest {

	private static final Path SOURCES = Path.of("src/main/java");

	private static final Pattern STRING = Pattern.compile("\"((?:[^\"\\\\]|\\\\.)*)\"");

	private static final Pattern IDENTIFIER = Pattern.compile("(?:[A-Za-z_][\\w]*\\.)*([A-Za-z_][\\w]*)");

	static Map<Path, String> sources = new LinkedHashMap<>();

	static Set<String> actions = new TreeSet<>();

	static Set<String> types = new TreeSet<>();

	static List<String> unresolved = new ArrayList<>();

	@BeforeAll
	static void readTheCallers() throws IOException {
		try (Stream<Path> files = Files.walk(SOURCES)) {
			for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
				sources.put(file, withoutComments(Files.readString(file)));
			}
		}
		sources.forEach((file, code) -> {
			Matcher declared = Pattern.compile("\\bAuditTrail\\s+(\\w+)\\s*[;,)=]").matcher(code);
			Set<String> receivers = new TreeSet<>();
			while (declared.find()) {
				receivers.add(declared.group(1));
			}
			for (String receiver : receivers) {
				Matcher call = Pattern.compile("\\b" + receiver + "\\.(record|recordAs)\\s*\\(").matcher(code);
				while (call.find()) {
					List<String> args = arguments(code, call.end() - 1);
					int shift = call.group(1).equals("recordAs") ? 1 : 0;
					String where = file.getFileName() + ":" + line(code, call.start());
					types.addAll(resolve(file, code, args.get(shift), call.start(), where, 0));
					actions.addAll(resolve(file, code, args.get(2 + shift), call.start(), where, 0));
				}
			}
		});
	}

	@Test
	void theReaderFindsEveryCallAndFollowsConstantsAndParameters() {
		assertThat(unresolved).as("calls whose action or record type this test cannot tell").isEmpty();
		assertThat(actions).contains("CASE_READ", "USER_UPDATED", "SIGN_IN_FAILED", "CASE_WORKER_ASSIGNED",
				"REFERRAL_SENT_ONWARD", "REFERRAL_ACCEPTED", "REFERRAL_COMPLETED", "PUBLIC_CONTACT_REMOVED",
				"SERVICE_TYPE_RETIRED", "AUDIT_EXPORTED");
		assertThat(types).contains("User", "Organisation", "NrmCase", "NrmReferral", "Event", "Registration");
	}

	@Test
	void everyRecordedActionHasAThaiAndAnEnglishName() throws IOException {
		assertThat(missing(actions.stream().map(a -> new AuditAction(a).messageKey()).toList(), "messages.properties"))
			.as("Thai names missing").isEmpty();
		assertThat(missing(actions.stream().map(a -> new AuditAction(a).messageKey()).toList(), "messages_en.properties"))
			.as("English names missing").isEmpty();
	}

	@Test
	void everyRecordedTypeHasAThaiAndAnEnglishName() throws IOException {
		assertThat(missing(types.stream().map(t -> new RecordType(t).messageKey()).toList(), "messages.properties"))
			.as("Thai names missing").isEmpty();
		assertThat(missing(types.stream().map(t -> new RecordType(t).messageKey()).toList(), "messages_en.properties"))
			.as("English names missing").isEmpty();
	}

	private static List<String> missing(List<String> keys, String file) throws IOException {
		Properties messages = new Properties();
		try (Reader in = Files.newBufferedReader(Path.of("src/main/resources", file), StandardCharsets.UTF_8)) {
			messages.load(in);
		}
		return keys.stream().filter(k -> messages.getProperty(k, "").isBlank()).toList();
	}

	/**
	 * What an argument can be: its string literals (a ternary names both), a constant's value, or
	 * whatever the callers of the enclosing method pass for that parameter.
	 */
	private static Set<String> resolve(Path file, String code, String expression, int at, String where, int depth) {
		Set<String> values = new TreeSet<>();
		Matcher literal = STRING.matcher(expression);
		while (literal.find()) {
			values.add(literal.group(1));
		}
		if (!values.isEmpty() || depth > 3) {
			return values;
		}
		Matcher name = IDENTIFIER.matcher(expression.strip());
		if (!name.matches()) {
			unresolved.add(where + " " + expression);
			return values;
		}
		String identifier = name.group(1);
		String constant = constant(code, identifier);
		for (var other = sources.values().iterator(); constant == null && other.hasNext();) {
			constant = constant(other.next(), identifier);
		}
		if (constant != null) {
			values.add(constant);
			return values;
		}
		Matcher method = enclosingMethodWithParameter(code, identifier, at);
		if (method == null) {
			unresolved.add(where + " " + expression);
			return values;
		}
		int index = parameterIndex(method.group(2), identifier);
		Matcher caller = Pattern.compile("\\b" + method.group(1) + "\\s*\\(").matcher(code);
		while (caller.find()) {
			if (caller.start() != method.start(1)) {
				List<String> args = arguments(code, caller.end() - 1);
				values.addAll(resolve(file, code, args.get(index), caller.start(), where, depth + 1));
			}
		}
		if (values.isEmpty()) {
			unresolved.add(where + " " + expression);
		}
		return values;
	}

	private static String constant(String code, String identifier) {
		Matcher m = Pattern.compile("\\bstatic\\s+final\\s+String\\s+" + identifier + "\\s*=\\s*\"([^\"]*)\"\\s*;").matcher(code);
		return m.find() ? m.group(1) : null;
	}

	/** The last method declared before {@code at} that takes a String parameter of that name. */
	private static Matcher enclosingMethodWithParameter(String code, String parameter, int at) {
		Pattern declaration = Pattern
			.compile("\\b(\\w+)\\s*\\(([^()]*\\bString\\s+" + parameter + "\\b[^()]*)\\)\\s*(?:throws[^{;]*)?\\{");
		Matcher m = declaration.matcher(code);
		int last = -1;
		while (m.find() && m.start() < at) {
			last = m.start();
		}
		if (last < 0) {
			return null;
		}
		Matcher found = declaration.matcher(code);
		found.find(last);
		return found;
	}

	private static int parameterIndex(String parameters, String name) {
		// A parameter's generic type (BiFunction<A, B, C>) holds commas that do not separate parameters.
		String plain = parameters;
		for (String before = ""; !before.equals(plain);) {
			before = plain;
			plain = plain.replaceAll("<[^<>]*>", "");
		}
		List<String> split = splitTopLevel(plain);
		for (int i = 0; i < split.size(); i++) {
			if (split.get(i).strip().matches(".*\\b" + name)) {
				return i;
			}
		}
		throw new IllegalStateException("No parameter " + name + " in " + parameters);
	}

	/** The arguments of the call whose opening parenthesis is at {@code open}, split at top-level commas. */
	private static List<String> arguments(String code, int open) {
		int depth = 0;
		for (int i = open; i < code.length(); i++) {
			char c = code.charAt(i);
			if (c == '"') {
				i = code.indexOf('"', i + 1);
				while (code.charAt(i - 1) == '\\') {
					i = code.indexOf('"', i + 1);
				}
			}
			else if (c == '(' || c == '{' || c == '[') {
				depth++;
			}
			else if (c == ')' || c == '}' || c == ']') {
				depth--;
				if (depth == 0) {
					return splitTopLevel(code.substring(open + 1, i));
				}
			}
		}
		throw new IllegalStateException("Unbalanced call at " + open);
	}

	private static List<String> splitTopLevel(String text) {
		List<String> parts = new ArrayList<>();
		int depth = 0;
		boolean quoted = false;
		int start = 0;
		for (int i = 0; i < text.length(); i++) {
			char c = text.charAt(i);
			if (c == '"' && (i == 0 || text.charAt(i - 1) != '\\')) {
				quoted = !quoted;
			}
			else if (!quoted && (c == '(' || c == '{' || c == '[')) {
				depth++;
			}
			else if (!quoted && (c == ')' || c == '}' || c == ']')) {
				depth--;
			}
			else if (!quoted && depth == 0 && c == ',') {
				parts.add(text.substring(start, i));
				start = i + 1;
			}
		}
		parts.add(text.substring(start));
		return parts;
	}

	/** The code with comments blanked out (strings and text blocks kept), so a call in a comment is not read. */
	private static String withoutComments(String code) {
		StringBuilder out = new StringBuilder(code.length());
		int i = 0;
		while (i < code.length()) {
			if (code.startsWith("\"\"\"", i)) {
				int end = code.indexOf("\"\"\"", i + 3) + 3;
				out.append(code, i, end);
				i = end;
			}
			else if (code.charAt(i) == '"') {
				int end = i + 1;
				while (code.charAt(end) != '"') {
					end += code.charAt(end) == '\\' ? 2 : 1;
				}
				out.append(code, i, end + 1);
				i = end + 1;
			}
			else if (code.charAt(i) == '\'' && i + 2 < code.length()) {
				int end = code.indexOf('\'', i + (code.charAt(i + 1) == '\\' ? 3 : 2));
				out.append(code, i, end + 1);
				i = end + 1;
			}
			else if (code.startsWith("//", i)) {
				int end = code.indexOf('\n', i);
				i = end < 0 ? code.length() : end;
			}
			else if (code.startsWith("/*", i)) {
				int end = code.indexOf("*/", i + 2) + 2;
				out.append(code.substring(i, end).replaceAll("[^\n]", " "));
				i = end;
			}
			else {
				out.append(code.charAt(i++));
			}
		}
		return out.toString();
	}

	private static int line(String code, int at) {
		return (int) code.substring(0, at).chars().filter(c -> c == '\n').count() + 1;
	}
}
