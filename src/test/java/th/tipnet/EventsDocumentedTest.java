package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

/**
 * Every event the code publishes is in the events table of {@code docs/architecture.md}, with who
 * publishes it and who listens, so a reader of the map never meets an event it does not list.
 * Events are found in the sources where they are announced: an aggregate's {@code registerEvent(new
 * X(...))} or a service's {@code publishEvent(new X(...))} (Modulith finds neither by itself).
 */
class EventsDocumentedTest {

	private static final Pattern ANNOUNCED = Pattern.compile("(?:registerEvent|publishEvent)\\(\\s*(new\\s+([A-Z]\\w*))?");

	@Test
	void theArchitectureMapListsEveryPublishedEvent() throws IOException {
		String map = Files.readString(Path.of("docs/architecture.md"));
		int start = map.indexOf("### Events");
		String table = map.substring(start, map.indexOf("\n## ", start));
		Set<String> announced = new TreeSet<>();
		Set<String> unreadable = new TreeSet<>();
		try (Stream<Path> sources = Files.walk(Path.of("src/main/java"))) {
			sources.filter(p -> p.toString().endsWith(".java")).forEach(source -> {
				Matcher m = ANNOUNCED.matcher(read(source));
				while (m.find()) {
					if (m.group(2) == null) {
						unreadable.add(source.getFileName().toString());
					}
					else {
						announced.add(m.group(2));
					}
				}
			});
		}
		assertThat(unreadable).as("announce events as registerEvent(new X(...)) or publishEvent(new X(...))").isEmpty();
		assertThat(announced).as("events found").hasSizeGreaterThan(20);
		assertThat(announced.stream().filter(event -> !table.contains("`" + event + "(")).toList())
			.as("published events missing from the events table of docs/architecture.md")
			.isEmpty();
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
