package nl.wijkstem.base.security;

import java.net.URI;
import java.time.Clock;
import java.time.Duration;

import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import org.springframework.beans.factory.annotation.Value;
import org.springframework.boot.web.servlet.FilterRegistrationBean;
import org.springframework.core.Ordered;
import com.vaadin.flow.spring.security.RequestUtil;
import com.vaadin.flow.spring.security.UidlRedirectStrategy;
import com.vaadin.flow.spring.security.VaadinSecurityConfigurer;
import nl.wijkstem.base.ui.LoginView;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.config.annotation.method.configuration.EnableMethodSecurity;
import org.springframework.security.config.annotation.web.builders.HttpSecurity;
import org.springframework.security.config.annotation.web.configuration.EnableWebSecurity;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.oauth2.client.oidc.web.logout.OidcClientInitiatedLogoutSuccessHandler;
import org.springframework.security.oauth2.client.registration.ClientRegistrationRepository;
import org.springframework.security.oauth2.client.web.DefaultOAuth2AuthorizationRequestResolver;
import org.springframework.security.oauth2.client.web.OAuth2AuthorizationRequestCustomizers;
import org.springframework.core.env.Environment;
import org.springframework.core.env.Profiles;
import org.springframework.security.core.Authentication;
import org.springframework.security.web.SecurityFilterChain;
import org.springframework.security.web.firewall.StrictHttpFirewall;
import org.springframework.security.config.annotation.web.configuration.WebSecurityCustomizer;
import nl.wijkstem.base.SiteAddress;
import org.springframework.security.web.authentication.logout.SimpleUrlLogoutSuccessHandler;
import org.springframework.security.web.authentication.UsernamePasswordAuthenticationFilter;
import org.springframework.security.web.csrf.CsrfFilter;
import org.springframework.security.web.servlet.util.matcher.PathPatternRequestMatcher;
import org.springframework.security.web.util.matcher.RequestMatcher;
import org.springframework.http.HttpMethod;

/**
 * One filter chain for the whole application. Vaadin's configurer protects the views
 * (their access annotations decide); OpenID Connect login is added for every provider
 * configured in properties, with PKCE (S256) also for confidential clients, as the Dutch
 * government OIDC profile requires, and RP-initiated logout.
 */
@Configuration(proxyBeanMethods = false)
@EnableWebSecurity
@EnableMethodSecurity(jsr250Enabled = true)
class SecurityConfiguration {

	static final String AUTHORIZATION_BASE_URI = "/oauth2/authorization";

	/**
	 * Where a mail program posts a one-click unsubscribe (the notification module's
	 * {@code Unsubscribes.PATH}, which this module cannot see).
	 */
	static final RequestMatcher ONE_CLICK_UNSUBSCRIBE = PathPatternRequestMatcher.withDefaults()
		.matcher(HttpMethod.POST, "/email/afmelden/*");

	/** The default of MapProperties (programme), which this module cannot see. */
	static final String DEFAULT_TILE_URL = "https://service.pdok.nl/brt/achtergrondkaart/wmts/v2_0/standaard/EPSG:3857/{z}/{x}/{y}.png";

	/**
	 * Vaadin Flow needs inline styles, and inline and evaluated scripts (its bootstrap
	 * page and {@code executeJs}), also in production mode. The map's tiles come from the
	 * configured tile server.
	 */
	static String contentSecurityPolicy(String tileUrl) {
		return "default-src 'self'; script-src 'self' 'unsafe-inline' 'unsafe-eval'; "
				+ "style-src 'self' 'unsafe-inline'; img-src 'self' data: blob:" + tileOrigin(tileUrl) + "; "
				+ "font-src 'self' data:; connect-src 'self'; worker-src 'self' blob:; object-src 'none'; "
				+ "base-uri 'self'; frame-ancestors 'none'";
	}

	static String tileOrigin(String tileUrl) {
		try {
			URI uri = URI.create(tileUrl.replace("{", "").replace("}", ""));
			if (uri.getScheme() == null || uri.getHost() == null) {
				return "";
			}
			return " " + uri.getScheme() + "://" + uri.getHost() + (uri.getPort() == -1 ? "" : ":" + uri.getPort());
		}
		catch (IllegalArgumentException notAnAddress) {
			return "";
		}
	}

	/**
	 * A request that names a host other than this installation's is refused (400) before
	 * anything reads it: Vaadin writes the request's address into the first page it
	 * sends, so a forged Host header would otherwise appear in the page.
	 */
	@Bean
	WebSecurityCustomizer knownHostsOnly(SiteAddress site) {
		StrictHttpFirewall firewall = new StrictHttpFirewall();
		firewall.setAllowedHostnames(site::allowsHost);
		return web -> web.httpFirewall(firewall);
	}

	@Bean
	SecurityFilterChain securityFilterChain(HttpSecurity http,
			ObjectProvider<ClientRegistrationRepository> registrations, OidcRoleMappingProperties roleMapping,
			ObjectProvider<SignInThrottle> throttle, RequestUtil requestUtil, ClientAddresses clientAddresses)
			throws Exception {
		// the security headers are written by SecurityHeadersFilter, before anything else
		http.headers(headers -> headers.httpStrictTransportSecurity(hsts -> hsts.disable()));
		// Vaadin's own CSRF set-up exempts the login page, so a cross-site form could
		// sign
		// a visitor in as someone else. Here only Vaadin's internal requests (which carry
		// Vaadin's own CSRF key) are exempt; the login form sends the token from the
		// meta tags WijkstemApplication puts on every page.
		// The one-click unsubscribe of a mail (RFC 8058) is posted by the mail program,
		// without a session or a token of ours; the link's signed token authorises it.
		http.csrf(csrf -> csrf.ignoringRequestMatchers(requestUtil::isFrameworkInternalRequest, ONE_CLICK_UNSUBSCRIBE));
		http.addFilterBefore(new UnknownVaadinRequestFilter(), CsrfFilter.class);
		SignInThrottle signInThrottle = throttle.getIfAvailable();
		if (signInThrottle != null) {
			http.addFilterBefore(new LockedSignInFilter(signInThrottle, "/" + LoginView.PATH, clientAddresses),
					UsernamePasswordAuthenticationFilter.class);
		}
		http.authorizeHttpRequests(requests -> requests
			.requestMatchers("/actuator/health", "/actuator/health/**", "/wijkstem/**", "/webjars/**", "/favicon.ico",
					"/manifest.webmanifest", "/programme-logo")
			.permitAll()
			// each photo request is checked against its idea's visibility by the photo
			// service
			.requestMatchers("/photos/**")
			.permitAll()
			// likewise each question image, by the consultation service
			.requestMatchers("/raadplegingen/afbeelding/**")
			.permitAll()
			// the token in the path is checked by the unsubscribe service
			.requestMatchers(ONE_CLICK_UNSUBSCRIBE)
			.permitAll());
		http.sessionManagement(session -> session.sessionFixation(fixation -> fixation.changeSessionId()));
		ClientRegistrationRepository providers = registrations.getIfAvailable();
		if (providers != null) {
			http.oauth2Login(login -> login.loginPage("/" + LoginView.PATH)
				.authorizationEndpoint(endpoint -> endpoint.authorizationRequestResolver(pkceResolver(providers)))
				.userInfoEndpoint(userInfo -> userInfo.oidcUserService(new RoleMappingOidcUserService(roleMapping))));
		}
		http.with(VaadinSecurityConfigurer.vaadin(), vaadin -> {
			vaadin.enableCsrfConfiguration(false);
			vaadin.loginView(LoginView.class, "/");
			// Views are guarded by their own access annotations (Vaadin's navigation
			// access
			// control); an unknown address then gets the translated not-found page
			// instead
			// of a bare 403. Anything served outside Vaadin must be secured explicitly
			// above.
			vaadin.anyRequest(request -> request.permitAll());
			vaadin.logoutSuccessHandler(providers != null ? rpInitiatedLogout(providers) : localLogout());
		});
		return http.build();
	}

	/**
	 * First of all filters, and written before the response starts, so every response has
	 * them: Vaadin's pages, static files, errors and the actuator.
	 */
	@Bean
	FilterRegistrationBean<SecurityHeadersFilter> securityHeadersFilter(Environment environment,
			@Value("${wijkstem.map.tile-url:" + DEFAULT_TILE_URL + "}") String tileUrl) {
		boolean prod = environment.acceptsProfiles(Profiles.of(LoginProfiles.PROD));
		FilterRegistrationBean<SecurityHeadersFilter> registration = new FilterRegistrationBean<>(
				new SecurityHeadersFilter(contentSecurityPolicy(tileUrl), prod));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE);
		return registration;
	}

	/** Before Spring Security, so an idle session's sign-in is gone when it looks. */
	@Bean
	FilterRegistrationBean<IdleSessionFilter> idleSessionFilter(
			@Value("${server.servlet.session.timeout:30m}") Duration timeout, Clock clock) {
		FilterRegistrationBean<IdleSessionFilter> registration = new FilterRegistrationBean<>(
				new IdleSessionFilter(timeout, clock));
		registration.setOrder(Ordered.HIGHEST_PRECEDENCE + 10);
		return registration;
	}

	private static DefaultOAuth2AuthorizationRequestResolver pkceResolver(ClientRegistrationRepository providers) {
		DefaultOAuth2AuthorizationRequestResolver resolver = new DefaultOAuth2AuthorizationRequestResolver(providers,
				AUTHORIZATION_BASE_URI);
		resolver.setAuthorizationRequestCustomizer(OAuth2AuthorizationRequestCustomizers.withPkce());
		return resolver;
	}

	private static OidcClientInitiatedLogoutSuccessHandler rpInitiatedLogout(ClientRegistrationRepository providers) {
		OidcClientInitiatedLogoutSuccessHandler handler = new OidcClientInitiatedLogoutSuccessHandler(providers) {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response,
					Authentication authentication) {
				return SignOutDestination.adjust(super.determineTargetUrl(request, response, authentication), request);
			}

		};
		handler.setPostLogoutRedirectUri("{baseUrl}/");
		handler.setDefaultTargetUrl("/");
		// sign-out runs inside a Vaadin request: the browser must be sent on as a page
		handler.setRedirectStrategy(new UidlRedirectStrategy());
		return handler;
	}

	/**
	 * Without an identity provider (the demo's password sign-in): home, or the page asked
	 * for.
	 */
	private static SimpleUrlLogoutSuccessHandler localLogout() {
		SimpleUrlLogoutSuccessHandler handler = new SimpleUrlLogoutSuccessHandler() {

			@Override
			protected String determineTargetUrl(HttpServletRequest request, HttpServletResponse response) {
				return SignOutDestination.adjust(super.determineTargetUrl(request, response), request);
			}

		};
		handler.setDefaultTargetUrl("/");
		handler.setRedirectStrategy(new UidlRedirectStrategy());
		return handler;
	}

	/**
	 * Outside the demo nobody signs in with a password. Declaring this keeps Spring Boot
	 * from inventing a user with a generated password.
	 */
	@Bean
	@Profile("!" + LoginProfiles.DEMO)
	UserDetailsService noPasswordAccounts() {
		return username -> {
			throw new UsernameNotFoundException("Password sign-in is only available in the demo");
		};
	}

}
