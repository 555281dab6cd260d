package nl.wijkstem.base.security;

import org.junit.jupiter.api.Test;

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

		assertThatIllegalStateException()
			.isThrownBy(() -> loginProfiles.postProcessEnvironment(environment, application))
			.withMessageContaining("never run together with 'prod'");
	}

	@Test
	void prodWithoutProvider_stopsTheStart() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles(LoginProfiles.PROD);

		assertThatIllegalStateException()
			.isThrownBy(() -> loginProfiles.postProcessEnvironment(environment, application))
			.withMessageContaining("needs an OpenID Connect provider");
	}

	private static MockEnvironment withProvider() {
		return new MockEnvironment().withProperty(LoginProfiles.REGISTRATIONS + ".gemeente.client-id", "wijkstem");
	}

}
