package nl.wijkstem.support;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;

/**
 * Browserless view tests: the real views and services, without a browser. Sign in with
 * {@code @WithUserDetails("kees")} (a demo account), which takes effect before the UI is
 * created.
 */
@ApplicationTest
@ViewPackages(packages = "nl.wijkstem")
public abstract class ViewTest extends SpringBrowserlessTest {

	/**
	 * Switches the UI's language and rebuilds the current view, as the language switch
	 * does.
	 */
	protected void inLanguage(Locale locale) {
		UI.getCurrent().setLocale(locale);
		UI.getCurrent().refreshCurrentRoute(true);
	}

}
