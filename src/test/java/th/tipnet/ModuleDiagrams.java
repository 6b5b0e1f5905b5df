package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Stream;

/**
 * The module diagrams the documentation links, {@code docs/modules/diagrams/*.puml}, against the
 * ones Spring Modulith's {@code Documenter} has just drawn from the code: any committed diagram that
 * differs, is missing, or names a module that is gone fails the check. With
 * {@code -Dtipnet.diagrams.update=true} the drawn ones are written there first (then commit them).
 * The Documenter lists a diagram's modules and relations in an order that changes from run to run,
 * so diagrams are compared, and kept, with each run of like lines sorted.
 */
final class ModuleDiagrams {

	static final Path COMMITTED = Path.of("docs/modules/diagrams");

	private ModuleDiagrams() {
	}

	/** Removes the diagrams a folder holds, so a module that is gone leaves no drawing behind. */
	static void clear(Path folder) throws IOException {
		for (Path diagram : list(folder)) {
			Files.delete(diagram);
		}
	}

	static void assertCommittedAreThoseDrawnIn(Path drawnFolder) throws IOException {
		Map<String, String> drawn = read(drawnFolder);
		assertThat(drawn).as("diagrams drawn in %s", drawnFolder).containsKeys("components.puml", "module-events.puml");
		if (Boolean.getBoolean("tipnet.diagrams.update")) {
			clear(COMMITTED);
			Files.createDirectories(COMMITTED);
			for (Map.Entry<String, String> diagram : drawn.entrySet()) {
				Files.writeString(COMMITTED.resolve(diagram.getKey()), diagram.getValue());
			}
		}
		Map<String, String> committed = read(COMMITTED);
		Set<String> stale = new TreeSet<>();
		drawn.forEach((name, text) -> {
			if (!text.equals(committed.get(name))) {
				stale.add(name);
			}
		});
		committed.keySet().stream().filter(name -> !drawn.containsKey(name)).forEach(stale::add);
		assertThat(stale).as("module diagrams in %s that differ from the code: run ModularityTests with "
				+ "-Dtipnet.diagrams.update=true and commit them", COMMITTED).isEmpty();
	}

	/** The diagrams of a folder by name, in their canonical form. */
	private static Map<String, String> read(Path folder) throws IOException {
		Map<String, String> diagrams = new TreeMap<>();
		for (Path diagram : list(folder)) {
			diagrams.put(diagram.getFileName().toString(), canonical(Files.readString(diagram)));
		}
		return diagrams;
	}

	/**
	 * The diagram with its line ends made one (a checkout on another system compares equal) and each
	 * run of consecutive lines of one kind ({@code Component(…)}, {@code Rel(…)}) sorted.
	 */
	static String canonical(String diagram) {
		List<String> lines = List.of(diagram.replace("\r\n", "\n").split("\n", -1));
		List<String> out = new ArrayList<>();
		List<String> run = new ArrayList<>();
		String kind = null;
		for (String line : lines) {
			String lineKind = kind(line);
			if (lineKind == null || !lineKind.equals(kind)) {
				run.sort(null);
				out.addAll(run);
				run.clear();
			}
			kind = lineKind;
			(lineKind == null ? out : run).add(line);
		}
		run.sort(null);
		out.addAll(run);
		return String.join("\n", out);
	}

	/** What a line declares, {@code Rel} or {@code Component}; null for any other line. */
	private static String kind(String line) {
		String stripped = line.strip();
		int open = stripped.indexOf('(');
		return open > 0 && stripped.endsWith(")") && stripped.substring(0, open).matches("[A-Za-z_]+")
				? line.substring(0, line.indexOf('(')) : null;
	}

	private static List<Path> list(Path folder) throws IOException {
		if (!Files.isDirectory(folder)) {
			return List.of();
		}
		try (Stream<Path> files = Files.list(folder)) {
			return files.filter(p -> p.getFileName().toString().endsWith(".puml")).sorted().toList();
		}
	}
}
