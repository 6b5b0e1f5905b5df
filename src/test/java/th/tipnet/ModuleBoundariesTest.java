package th.tipnet;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Set;
import java.util.TreeSet;

import org.junit.jupiter.api.Test;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;

/**
 * A module uses another only through its API: never another module's entity (a read view or a typed
 * id instead) nor a class in another module's sub-package. The shared kernel ({@code common}) is open.
 * Modulith's {@code verify()} already refuses package-private types and undeclared dependencies; this
 * rule adds what it lets through: public entities and public types below a module's base package.
 */
class ModuleBoundariesTest {

	private static final String BASE = "th.tipnet.";

	private final JavaClasses classes = new ClassFileImporter()
		.withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
		.importPackages("th.tipnet");

	@Test
	void noModuleUsesAnotherModulesEntityOrInternalPackage() {
		Set<String> found = new TreeSet<>();
		for (JavaClass user : classes) {
			String from = module(user);
			user.getDirectDependenciesFromSelf().forEach(d -> {
				JavaClass used = d.getTargetClass().getBaseComponentType();
				String to = module(used);
				if (to == null || from == null || to.equals(from) || "common".equals(to)) {
					return;
				}
				if (used.isAnnotatedWith("jakarta.persistence.Entity") || internal(used, to)) {
					found.add(outermost(user).getName() + " -> " + outermost(used).getName());
				}
			});
		}
		assertThat(found).as("uses of another module's entity or internal package").isEmpty();
	}

	/** The application module a class belongs to: the first package below {@code th.tipnet}. */
	private static String module(JavaClass type) {
		String pkg = type.getPackageName();
		if (!pkg.startsWith(BASE)) {
			return null;
		}
		String rest = pkg.substring(BASE.length());
		int dot = rest.indexOf('.');
		return dot < 0 ? rest : rest.substring(0, dot);
	}

	private static boolean internal(JavaClass type, String module) {
		return !type.getPackageName().equals(BASE + module);
	}

	private static JavaClass outermost(JavaClass type) {
		JavaClass t = type;
		while (t.getEnclosingClass().isPresent()) {
			t = t.getEnclosingClass().get();
		}
		return t;
	}
}
