package nl.wijkstem.support;

import java.util.Locale;

import com.vaadin.browserless.SpringBrowserlessTest;
import com.vaadin.browserless.ViewPackages;
import com.vaadin.flow.component.UI;
import com.vaadin.flow.spring.security.VaadinAwareSecurityContextHolderStrategy;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Browserless view tests: the real views and services, without a browser. Sign in with
 * {@code @WithUserDetails("kees")} (a demo account), which takes effect before the UI is
 * created.
 */
@ApplicationTest
@ViewPackages(packages = "nl.wijkstem")
public abstract class ViewTest extends SpringBrowserlessTest {

	@Autowired
	private VaadinAwareSecurityContextHolderStrategy securityContextStrategy;

	/**
	 * Every application context installs its security context strategy globally; the
	 * browser tests' context may have replaced this one's. Put it back, keeping whoever
	 * {@code @WithUserDetails} signed in, before the UI is created.
	 */
	@BeforeEach
	@Override
	protected void initVaadinEnvironment() {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		SecurityContextHolder.setContextHolderStrategy(securityContextStrategy);
		if (signedIn != null) {
			SecurityContextHolder.getContext().setAuthentication(signedIn);
		}
		super.initVaadinEnvironment();
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
