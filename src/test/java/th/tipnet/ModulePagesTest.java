package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Each module has its page under {@code docs/modules/}, linked from the map, linking its generated
 * diagram, and naming every event the module announces (as the map's events table does, which
 * {@link EventsDocumentedTest} checks), so a reader who starts from a module's page meets them too.
 */
class ModulePagesTest {

	private static final Pattern ANNOUNCED = Pattern.compile("(?:registerEvent|publishEvent)\\(\\s*new\\s+([A-Z]\\w*)");

	static List<String> modules() throws IOException {
		try (Stream<Path> packages = Files.list(Path.of("src/main/java/th/tipnet"))) {
			return packages.filter(Files::isDirectory).map(p -> p.getFileName().toString()).sorted().toList();
		}
	}

	@ParameterizedTest(name = "{0}")
	@MethodSource("modules")
	void theModuleHasAPageTheMapLinksThatLinksItsDiagramAndNamesItsEvents(String module) throws IOException {
		Path page = Path.of("docs/modules", module + ".md");
		assertThat(page).as("the module's page").exists();
		String text = Files.readString(page);

		assertThat(Files.readString(Path.of("docs/architecture.md"))).as("the map links the page")
			.contains("(modules/" + module + ".md)");
		assertThat(text).as("the page links its diagram").contains("(diagrams/module-" + module + ".puml)");
		assertThat(Path.of("docs/modules/diagrams", "module-" + module + ".puml")).as("the diagram").exists();
		assertThat(announcedBy(module).stream().filter(event -> !text.contains("`" + event + "(")).toList())
			.as("events %s announces that its page does not name", module)
			.isEmpty();
	}

	private static Set<String> announcedBy(String module) throws IOException {
		Set<String> events = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java/th/tipnet", module))) {
			sources.filter(p -> p.toString().endsWith(".java")).forEach(source -> {
				Matcher m = ANNOUNCED.matcher(read(source));
				while (m.find()) {
					events.add(m.group(1));
				}
			});
		}
		return events;
	}

	private static String read(Path source) {
		try {
			return Files.readString(source);
		}
		catch (IOException e) {
			throw new UncheckedIOException(e);
		}
	}
}
