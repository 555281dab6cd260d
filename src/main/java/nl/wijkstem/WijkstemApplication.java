package nl.wijkstem;

import java.util.Map;

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
		// the programme's icon for tabs, bookmarks and a phone's home screen (favicon.ico
		// at the root is for browsers that ask for it without reading the page)
		settings.addLink("wijkstem/icons/icon.svg", Map.of("rel", "icon", "type", "image/svg+xml"));
		settings.addLink("wijkstem/icons/icon-192.png", Map.of("rel", "icon", "type", "image/png", "sizes", "192x192"));
		settings.addLink("wijkstem/icons/apple-touch-icon.png", Map.of("rel", "apple-touch-icon"));
		settings.addLink("manifest.webmanifest", Map.of("rel", "manifest"));
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
