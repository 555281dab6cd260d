package nl.wijkstem;

import com.vaadin.flow.component.dependency.StyleSheet;
import com.vaadin.flow.component.page.AppShellConfigurator;
import com.vaadin.flow.server.AppShellSettings;
import com.vaadin.flow.theme.lumo.Lumo;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.context.properties.ConfigurationPropertiesScan;
import org.springframework.security.web.csrf.CsrfToken;

@SpringBootApplication
@ConfigurationPropertiesScan
@StyleSheet(Lumo.STYLESHEET)
@StyleSheet("context://wijkstem/styles/wijkstem.css")
public class WijkstemApplication implements AppShellConfigurator {

	/**
	 * Vaadin's login form sends the CSRF token named in these meta tags with its post, so
	 * the password sign-in can require it.
	 */
	@Override
	public void configurePage(AppShellSettings settings) {
		if (settings.getRequest() != null
				&& settings.getRequest().getAttribute(CsrfToken.class.getName()) instanceof CsrfToken token) {
			settings.addMetaTag("_csrf_parameter", token.getParameterName());
			settings.addMetaTag("_csrf", token.getToken());
		}
	}

	public static void main(String[] args) {
		SpringApplication.run(WijkstemApplication.class, args);
	}

}
