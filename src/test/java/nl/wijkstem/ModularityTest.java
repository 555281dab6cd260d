package nl.wijkstem;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModule;
import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

import static org.assertj.core.api.Assertions.assertThat;

class ModularityTest {

	private static final Path DOCS = Path.of("target", "spring-modulith-docs");

	/** Read once for both tests: reading the classes is most of their time. */
	private static final ApplicationModules MODULES = ApplicationModules.of(WijkstemApplication.class);

	@Test
	void modules_dependOnEachOtherOnlyThroughTheirPublicApi() {
		MODULES.verify();
	}

	@Test
	void moduleDiagrams_areWritten_andNameEveryModule() throws IOException {
		new Documenter(MODULES, Documenter.Options.defaults().withOutputFolder(DOCS.toString()))
			.writeModulesAsPlantUml()
			.writeIndividualModulesAsPlantUml();

		assertThat(MODULES.stream().map(module -> module.getIdentifier().toString()))
			.as("the modules Spring Modulith finds")
			.contains("account", "programme", "idea", "voting", "moderation");
		String overview = Files.readString(DOCS.resolve("components.puml"));
		for (ApplicationModule module : MODULES) {
			String component = "\"" + module.getDisplayName() + "\", $techn=\"Module\"";
			assertThat(overview).as("the overview diagram names the module " + module.getIdentifier())
				.contains(component);
			Path own = DOCS.resolve("module-" + module.getIdentifier() + ".puml");
			assertThat(own).as("the diagram of the module " + module.getIdentifier()).exists();
			assertThat(Files.readString(own)).contains(component);
		}
	}

}
