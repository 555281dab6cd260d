package nl.wijkstem.base.security;

import java.util.Arrays;
import java.util.List;
import java.util.Locale;
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
 * start-up with a message that says what to do. So do {@code prod} without
 * {@code postgres} (the default database is an H2 file opened as {@code sa} without a
 * password), a subject key that is published or weak, and a profile name that differs
 * from a known one only in letter case (Spring compares profile names exactly, so
 * {@code PROD} would silently not be production).
 */
public final class LoginProfiles implements EnvironmentPostProcessor, Ordered {

	public static final String DEMO = "demo";

	public static final String PROD = "prod";

	public static final String POSTGRES = "postgres";

	static final String REGISTRATIONS = "spring.security.oauth2.client.registration";

	static final String SUBJECT_KEY = "wijkstem.security.subject-key";

	/** The default in application.yml, published with the source code. */
	static final String DEVELOPMENT_SUBJECT_KEY = "development-only-subject-key";

	private static final List<String> KNOWN_PROFILES = List.of(DEMO, PROD, POSTGRES, "test");

	private static final int MINIMUM_KEY_LENGTH = 32;

	private static final int MINIMUM_DISTINCT_CHARACTERS = 10;

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		refuseMisspelledProfiles(environment);
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
		if (prod && !isActive(environment, POSTGRES)) {
			throw new IllegalStateException("The 'prod' profile needs the 'postgres' profile: without it Wijkstem "
					+ "would keep its data in an H2 file opened as 'sa' without a password. "
					+ "Start with spring.profiles.active=prod,postgres.");
		}
		if (prod) {
			refuseWeakSubjectKey(environment);
		}
		if (!providerConfigured && !isActive(environment, DEMO)) {
			environment.addActiveProfile(DEMO);
		}
	}

	private static void refuseMisspelledProfiles(ConfigurableEnvironment environment) {
		for (String active : environment.getActiveProfiles()) {
			for (String known : KNOWN_PROFILES) {
				if (active.equalsIgnoreCase(known) && !active.equals(known)) {
					throw new IllegalStateException("Profile '" + active + "' is not '" + known
							+ "': profile names are case-sensitive. Write '" + known + "' in spring.profiles.active.");
				}
			}
		}
	}

	private static void refuseWeakSubjectKey(ConfigurableEnvironment environment) {
		String key;
		try {
			key = environment.getProperty(SUBJECT_KEY);
		}
		catch (IllegalArgumentException unresolved) {
			// WIJKSTEM_SUBJECT_KEY is not set: binding fails later with its own message
			return;
		}
		String problem = subjectKeyProblem(key);
		if (problem != null) {
			throw new IllegalStateException(SUBJECT_KEY + " (WIJKSTEM_SUBJECT_KEY) " + problem
					+ ". Generate one, for example with: openssl rand -base64 48");
		}
	}

	/** Why a key must not protect real subjects, or null when it is acceptable. */
	static String subjectKeyProblem(String key) {
		if (key == null || key.isBlank()) {
			return "is not set";
		}
		if (key.toLowerCase(Locale.ROOT).contains(DEVELOPMENT_SUBJECT_KEY)) {
			return "is the published development key";
		}
		if (key.length() < MINIMUM_KEY_LENGTH) {
			return "is shorter than " + MINIMUM_KEY_LENGTH + " characters";
		}
		if (key.chars().distinct().count() < MINIMUM_DISTINCT_CHARACTERS) {
			return "has fewer than " + MINIMUM_DISTINCT_CHARACTERS + " different characters";
		}
		return null;
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
