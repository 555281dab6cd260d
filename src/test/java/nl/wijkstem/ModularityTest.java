package nl.wijkstem;

import org.junit.jupiter.api.Test;

import org.springframework.modulith.core.ApplicationModules;
import org.springframework.modulith.docs.Documenter;

class ModularityTest {

	private final ApplicationModules modules = ApplicationModules.of(WijkstemApplication.class);

	@Test
	void modules_dependOnEachOtherOnlyThroughTheirPublicApi() {
		modules.verify();
	}

	@Test
	void moduleDiagram_isWrittenForTheReadme() {
		new Documenter(modules).writeModulesAsPlantUml().writeIndividualModulesAsPlantUml();
	}

}
