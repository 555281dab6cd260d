package nl.wijkstem.base.security;

import java.util.Arrays;
import java.util.Map;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Bindable;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;

/**
 * Decides how people sign in before the application starts. Without an OIDC provider the
 * {@code demo} profile (password login with published demo accounts) switches on, so a
 * newcomer can try Wijkstem at once. Production must never offer those accounts:
 * {@code demo} together with {@code prod}, or {@code prod} without a provider, stops the
 * start-up with a message that says what to do.
 */
public final class LoginProfiles implements EnvironmentPostProcessor, Ordered {

	public static final String DEMO = "demo";

	public static final String PROD = "prod";

	static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		boolean prod = isActive(environment, PROD);
		boolean providerConfigured = hasProvider(environment);
		if (prod && isActive(environment, DEMO)) {
			throw new IllegalStateException("The 'demo' profile signs people in with published passwords and can "
					+ "never run together with 'prod'. Remove 'demo' from spring.profiles.active.");
		}
		if (prod && !providerConfigured) {
			throw new IllegalStateException("The 'prod' profile needs an OpenID Connect provider: set " + REGISTRATIONS
					+ ".<id>.client-id, client-secret and the provider's issuer-uri.");
		}
		if (!providerConfigured && !isActive(environment, DEMO)) {
			environment.addActiveProfile(DEMO);
		}
	}

	private static boolean isActive(ConfigurableEnvironment environment, String profile) {
		return Arrays.asList(environment.getActiveProfiles()).contains(profile);
	}

	private static boolean hasProvider(ConfigurableEnvironment environment) {
		return Binder.get(environment)
			.bind(REGISTRATIONS, Bindable.mapOf(String.class, Object.class))
			.map(Map::isEmpty)
			.map(empty -> !empty)
			.orElse(false);
	}

	@Override
	public int getOrder() {
		// after application.yml and the profile-specific files are read
		return ConfigDataEnvironmentPostProcessor.ORDER + 1;
	}

}
