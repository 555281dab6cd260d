package nl.wijkstem.base.ui;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class BundlePreloadsTest {

	/** The shape of Vaadin 25.2's entry script, shortened. */
	private static final String ENTRY = """
			const __vite__mapDeps=(i,m=__vite__mapDeps,d=(m.f||(m.f=["./generated-flow-imports-t4nGUjc-.js",\
			"./style-props-BRR9WZfk.js","./lit-renderer-D9EjtIaS.js"])))=>i.map(i=>d[i]);
			const a=await import(`./FlowBootstrap-C92yDU24.js`);
			const {Flow:b}=await import(`./FlowClient-XDkeHcOw.js`);
			await __vitePreload(()=>import(`./generated-flow-imports-t4nGUjc-.js`),__vite__mapDeps([0,1,2]));
			""";

	@Test
	void theEntrysDynamicImports_andTheirDependencies_arePreloaded_eachOnce() {
		assertThat(BundlePreloads.scriptsIn(ENTRY)).containsExactly("FlowBootstrap-C92yDU24.js",
				"FlowClient-XDkeHcOw.js", "generated-flow-imports-t4nGUjc-.js", "style-props-BRR9WZfk.js",
				"lit-renderer-D9EjtIaS.js");
	}

	@Test
	void anEntryWrittenOtherwise_givesNoPreloads() {
		assertThat(BundlePreloads.scriptsIn("console.log('hello')")).isEmpty();
		assertThat(BundlePreloads.scriptsOf("VAADIN/build/indexhtml-missing0.js")).isEmpty();
	}

}
