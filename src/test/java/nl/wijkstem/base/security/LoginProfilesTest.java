package nl.wijkstem.base.security;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;

class LoginProfilesTest {

	private final LoginProfiles loginProfiles = new LoginProfiles();

	private final SpringApplication application = new SpringApplication();

	@Test
	void withoutProvider_demoSwitchesOn() {
		MockEnvironment environment = new MockEnvironment();

		loginProfiles.postProcessEnvironment(environment, application);

		assertThat(environment.getActiveProfiles()).containsExactly(LoginProfiles.DEMO);
	}

	@Test
	void withProvider_demoStaysOff() {
		MockEnvironment environment = withProvider();
		environment.setActiveProfiles("postgres");

		loginProfiles.postProcessEnvironment(environment, application);

		assertThat(environment.getActiveProfiles()).containsExactly("postgres");
	}

	@Test
	void demoTogetherWithProd_stopsTheStart() {
		MockEnvironment environment = withProvider();
		environment.setActiveProfiles(LoginProfiles.DEMO, LoginProfiles.PROD);

		assertTheStartStops(environment, "never run together with 'prod'");
	}

	@Test
	void prodWithoutProvider_stopsTheStart() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(LoginProfiles.PROD);

		assertTheStartStops(environment, "needs an OpenID Connect provider");
	}

	@Test
	void prodWithoutPostgres_stopsTheStart() {
		MockEnvironment environment = withProvider().withProperty(LoginProfiles.SUBJECT_KEY, STRONG_KEY);
		environment.setActiveProfiles(LoginProfiles.PROD);

		assertTheStartStops(environment, "needs the 'postgres' profile");
	}

	@Test
	void prodWithPostgresProviderAndStrongKey_starts() {
		MockEnvironment environment = withProvider().withProperty(LoginProfiles.SUBJECT_KEY, STRONG_KEY);
		environment.setActiveProfiles(LoginProfiles.PROD, LoginProfiles.POSTGRES);

		loginProfiles.postProcessEnvironment(environment, application);

		assertThat(environment.getActiveProfiles()).containsExactly(LoginProfiles.PROD, LoginProfiles.POSTGRES);
	}

	@ParameterizedTest
	@ValueSource(strings = { "development-only-subject-key", "development-only-subject-key-but-longer-now",
			"short-Key-1234", "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "abababababcdcdcdcdcdababababcdcdcdcdcd" })
	void prodWithPublishedOrWeakSubjectKey_stopsTheStart(String key) {
		MockEnvironment environment = withProvider().withProperty(LoginProfiles.SUBJECT_KEY, key);
		environment.setActiveProfiles(LoginProfiles.PROD, LoginProfiles.POSTGRES);

		assertTheStartStops(environment, LoginProfiles.SUBJECT_KEY);
	}

	@Test
	void developmentKey_isTheDefaultOfApplicationYml() throws Exception {
		String yml = new String(getClass().getResourceAsStream("/application.yml").readAllBytes(),
				java.nio.charset.StandardCharsets.UTF_8);

		assertThat(yml).contains(":" + LoginProfiles.DEVELOPMENT_SUBJECT_KEY + "}");
	}

	@ParameterizedTest
	@ValueSource(strings = { "PROD", "Prod", "DEMO", "Postgres" })
	void profileNameInOtherLetterCase_stopsTheStart_insteadOfStartingTheDemo(String profile) {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(profile);

		assertTheStartStops(environment, "case-sensitive");
		assertThat(environment.getActiveProfiles()).doesNotContain(LoginProfiles.DEMO);
	}

	private static final String STRONG_KEY = "q7Vx2LmN9pR4tZ8wY3kJ6hF1dS5aG0cB-strong";

	private void assertTheStartStops(MockEnvironment environment, String because) {
		assertThatIllegalStateException()
			.isThrownBy(() -> loginProfiles.postProcessEnvironment(environment, application))
			.withMessageContaining(because);
	}

	private static MockEnvironment withProvider() {
		return new MockEnvironment().withProperty(LoginProfiles.REGISTRATIONS + ".gemeente.client-id", "wijkstem");
	}

}
