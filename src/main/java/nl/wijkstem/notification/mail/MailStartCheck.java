package nl.wijkstem.notification.mail;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.context.config.ConfigDataEnvironmentPostProcessor;
import org.springframework.boot.context.properties.bind.Binder;
import org.springframework.core.Ordered;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.util.StringUtils;

/**
 * Production must not start with e-mail switched on but nowhere to send it: residents
 * would choose e-mail under Mijn gegevens and their mail would pile up in the outbox
 * unseen. In {@code prod}, a missing mail server or sender stops the start with a message
 * that names the settings, unless e-mail is switched off on purpose
 * ({@code WIJKSTEM_MAIL_ENABLED=false}). Other profiles start anyway: the demo captures
 * mail, and a developer's machine needs no mail server.
 */
public final class MailStartCheck implements EnvironmentPostProcessor, Ordered {

	static final String PROD = "prod";

	@Override
	public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
		if (!Arrays.asList(environment.getActiveProfiles()).contains(PROD)) {
			return;
		}
		Binder binder = Binder.get(environment);
		if (!binder.bind("wijkstem.mail.enabled", Boolean.class).orElse(true)) {
			return;
		}
		List<String> missing = new ArrayList<>();
		if (!StringUtils.hasText(binder.bind("spring.mail.host", String.class).orElse(""))) {
			missing.add("a mail server: SPRING_MAIL_HOST (spring.mail.host), e.g. smtp.example.nl");
		}
		if (!StringUtils.hasText(binder.bind("wijkstem.mail.from", String.class).orElse(""))) {
			missing.add("a sender: WIJKSTEM_MAIL_FROM (wijkstem.mail.from), "
					+ "e.g. 'Wijkstem Westwijk <noreply@wijkstem.example.nl>'");
		}
		if (!missing.isEmpty()) {
			throw new IllegalStateException(
					"The 'prod' profile sends e-mail and needs " + String.join(", and ", missing)
							+ " (README, E-mail). To run without e-mail, set WIJKSTEM_MAIL_ENABLED=false: "
							+ "notices then stay in the app.");
		}
	}

	@Override
	public int getOrder() {
		// after application.yml and the profile-specific files are read
		return ConfigDataEnvironmentPostProcessor.ORDER + 2;
	}

}
