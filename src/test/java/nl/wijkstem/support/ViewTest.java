package nl.wijkstem.support;

import java.util.Locale;
import java.util.Set;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.flow.component.UI;

/**
 * Browserless view tests: the real views and services, without a browser. Sign in with
 * {@code @WithUserDetails("kees")} (a demo account), which takes effect before the UI is
 * created.
 */
@ApplicationTest
public abstract class ViewTest extends SpringBrowserlessTest {

	/**
	 * All of Wijkstem's views, for every view test. ({@code @ViewPackages} on this class
	 * would not do: it is not inherited, so each test class would scan the class path
	 * again for the views of its own package only, at a few seconds a scan.)
	 */
	@Override
	protected Set<String> scanPackages() {
		return Set.of("nl.wijkstem");
	}

	/**
	 * Switches the UI's language and rebuilds the current view, as the language switch
	 * does.
	 */
	protected void inLanguage(Locale locale) {
		UI.getCurrent().setLocale(locale);
		UI.getCurrent().refreshCurrentRoute(true);
	}

}
