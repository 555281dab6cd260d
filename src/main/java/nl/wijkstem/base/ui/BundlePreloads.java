package nl.wijkstem.base.ui;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.vaadin.flow.server.ServiceInitEvent;
import com.vaadin.flow.server.VaadinServiceInitListener;
import org.jsoup.nodes.Element;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.stereotype.Component;

/**
 * Names the production bundle's scripts in the page itself ({@code modulepreload}), so a
 * phone fetches them at once, side by side with the entry script. Without this it found
 * them one after another: the entry script, then Vaadin's first request to the server,
 * then the Flow bootstrap, then the components (160 KB), then the Flow client, and only
 * then the view: on a slow connection each step waited for the one before it.
 * <p>
 * The names carry content hashes, so they are read from the entry script the page loads
 * (the dynamic imports and Vite's list of their dependencies). Should a Vaadin version
 * write its entry differently, nothing is found and the page simply goes without the
 * hints. Only in production mode: development mode serves another bundle.
 * <p>
 * At low priority: at normal priority a browser (and Lighthouse's model of one) counts
 * them as holding back the first paint, which needs only the stylesheets.
 */
@Component
class BundlePreloads implements VaadinServiceInitListener {

	private static final Logger log = LoggerFactory.getLogger(BundlePreloads.class);

	private static final String WEBAPP = "/META-INF/VAADIN/webapp/";

	private static final Pattern ENTRY = Pattern.compile("\\./(VAADIN/build/indexhtml-[A-Za-z0-9_-]+\\.js)");

	/** {@code import(`./FlowClient-XDkeHcOw.js`)} and the like. */
	private static final Pattern DYNAMIC_IMPORT = Pattern.compile("import\\([`'\"]\\./([A-Za-z0-9_.-]+\\.js)[`'\"]\\)");

	/** Vite's table of what the dynamic imports need: {@code m.f=["./a-123.js",...]}. */
	private static final Pattern DEPENDENCY_TABLE = Pattern.compile("m\\.f=\\[([^\\]]*)\\]");

	private static final Pattern TABLE_ENTRY = Pattern.compile("[\"']\\./([A-Za-z0-9_.-]+\\.js)[\"']");

	private final Map<String, List<String>> preloadsByEntry = new ConcurrentHashMap<>();

	@Override
	public void serviceInit(ServiceInitEvent event) {
		if (!event.getSource().getDeploymentConfiguration().isProductionMode()) {
			return;
		}
		event.addIndexHtmlRequestListener(page -> {
			Element head = page.getDocument().head();
			Element entry = head.selectFirst("script[type=module][src*=VAADIN/build/indexhtml-]");
			Matcher name = entry == null ? null : ENTRY.matcher(entry.attr("src"));
			if (name == null || !name.find()) {
				return;
			}
			for (String file : preloadsByEntry.computeIfAbsent(name.group(1), BundlePreloads::scriptsOf)) {
				// low: after the stylesheets, which hold back the first paint (the
				// shell's
				// header); the scripts are needed only once the entry script has run
				head.appendElement("link")
					.attr("rel", "modulepreload")
					.attr("href", "./VAADIN/build/" + file)
					.attr("fetchpriority", "low");
			}
		});
	}

	/** The scripts the entry imports when it starts, in the order it needs them. */
	static List<String> scriptsOf(String entry) {
		try (InputStream in = BundlePreloads.class.getResourceAsStream(WEBAPP + entry)) {
			if (in == null) {
				return List.of();
			}
			List<String> found = scriptsIn(new String(in.readAllBytes(), StandardCharsets.UTF_8));
			if (found.isEmpty()) {
				log.info("No scripts to preload found in {}: pages go without the hints", entry);
			}
			return found;
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

	static List<String> scriptsIn(String entryScript) {
		Set<String> scripts = new LinkedHashSet<>();
		Matcher imports = DYNAMIC_IMPORT.matcher(entryScript);
		while (imports.find()) {
			scripts.add(imports.group(1));
		}
		Matcher table = DEPENDENCY_TABLE.matcher(entryScript);
		if (table.find()) {
			Matcher files = TABLE_ENTRY.matcher(table.group(1));
			while (files.find()) {
				scripts.add(files.group(1));
			}
		}
		return List.copyOf(scripts);
	}

}
