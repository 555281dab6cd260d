package nl.wijkstem.notification.mail;

import java.util.List;

import nl.wijkstem.base.security.RateLimit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.boot.SpringApplication;
import org.springframework.mock.env.MockEnvironment;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatIllegalStateException;
import static org.assertj.core.api.Assertions.assertThatNoException;

/**
 * Production with e-mail on but no mail server or no sender stops the start and says
 * which settings to give (or how to switch e-mail off); everything else starts.
 */
class MailStartCheckTest {

	private final MailStartCheck check = new MailStartCheck();

	private final SpringApplication application = new SpringApplication();

	@Test
	void prodWithoutMailServerOrSender_stopsTheStart_namingTheSettings() {
		MockEnvironment environment = prod();

		assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(environment, application))
			.withMessageContaining("SPRING_MAIL_HOST")
			.withMessageContaining("WIJKSTEM_MAIL_FROM")
			.withMessageContaining("WIJKSTEM_MAIL_ENABLED=false");
	}

	@Test
	void prodWithoutSender_stopsTheStart() {
		MockEnvironment environment = prod().withProperty("spring.mail.host", "smtp.example.nl");

		assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(environment, application))
			.withMessageContaining("WIJKSTEM_MAIL_FROM")
			.withMessageNotContaining("SPRING_MAIL_HOST");
	}

	@Test
	void prodWithoutMailServer_stopsTheStart() {
		MockEnvironment environment = prod().withProperty("wijkstem.mail.from", "Wijkstem <noreply@example.nl>")
			.withProperty("spring.mail.host", " ");

		assertThatIllegalStateException().isThrownBy(() -> check.postProcessEnvironment(environment, application))
			.withMessageContaining("SPRING_MAIL_HOST")
			.withMessageNotContaining("wijkstem.mail.from");
	}

	@Test
	void prodWithMailServerAndSender_starts() {
		MockEnvironment environment = prod().withProperty("spring.mail.host", "smtp.example.nl")
			.withProperty("wijkstem.mail.from", "Wijkstem <noreply@example.nl>");

		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, application));
	}

	@ParameterizedTest
	@ValueSource(strings = { "false", "FALSE" })
	void prodWithMailSwitchedOff_startsWithoutMailSettings(String off) {
		MockEnvironment environment = prod().withProperty("wijkstem.mail.enabled", off);

		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(environment, application));
	}

	@Test
	void otherProfiles_startWithoutMailSettings() {
		MockEnvironment demo = new MockEnvironment();
		demo.setActiveProfiles("demo");
		MockEnvironment postgres = new MockEnvironment();
		postgres.setActiveProfiles("postgres");

		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(demo, application));
		assertThatNoException().isThrownBy(() -> check.postProcessEnvironment(postgres, application));
	}

	@Test
	void aSenderThatIsNoAddress_stopsTheStart() {
		for (String wrong : new String[] { "", "noreply", "Wijkstem <noreply@example.nl",
				"a@example.nl, b@example.nl" }) {
			assertThatIllegalStateException().as(wrong)
				.isThrownBy(() -> new MailSettings(wrong, 60, List.of(RateLimit.valueOf("3/1h"))))
				.withMessageContaining("WIJKSTEM_MAIL_FROM");
		}
		assertThat(new MailSettings("Wijkstem Westwijk <noreply@wijkstem.example.nl>", 60, List.of()).enabled())
			.isTrue();
	}

	private static MockEnvironment prod() {
		MockEnvironment environment = new MockEnvironment();
		environment.setActiveProfiles("prod", "postgres");
		return environment;
	}

}
