package th.tipnet;

import java.io.IOException;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

/**
 * The module boundaries hold, and the module documentation is regenerated from the code: the
 * diagrams committed under {@code docs/modules/diagrams} must be the ones drawn now.
 */
class ModularityTests {

	/** Read once for both tests: analysing the classes is most of their time. */
	private static final ApplicationModules modules = ApplicationModules.of(TipnetApplication.class);

	private static final Path OUTPUT = Path.of("target/modulith-docs");

	@Test
	void modulesOnlyUseEachOthersPublicApi() {
		modules.verify();
	}

	@Test
	void writesModuleDocumentationAndTheCommittedDiagramsAreCurrent() throws IOException {
		ModuleDiagrams.clear(OUTPUT);
		new Documenter(modules, Documenter.Options.defaults().withOutputFolder(OUTPUT.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml()
			.writeModuleCanvases();
		ModuleDiagrams.assertCommittedAreThoseDrawnIn(OUTPUT);
	}
}
