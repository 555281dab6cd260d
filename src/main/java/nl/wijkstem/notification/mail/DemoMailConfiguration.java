package nl.wijkstem.notification.mail;

import java.time.Clock;

import nl.wijkstem.base.security.LoginProfiles;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Condition;
import org.springframework.context.annotation.ConditionContext;
import org.springframework.context.annotation.Conditional;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.core.type.AnnotatedTypeMetadata;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.util.StringUtils;

/**
 * In the demo without a mail server, mail is captured instead of sent, so a newcomer sees
 * the whole way from a notice to the mail (Beheer &gt; Verzonden e-mail) with nothing to
 * set up. With {@code SPRING_MAIL_HOST} set the demo sends for real, through Spring
 * Boot's own sender.
 */
@Configuration(proxyBeanMethods = false)
@Profile(LoginProfiles.DEMO)
@Conditional(DemoMailConfiguration.NoMailServer.class)
class DemoMailConfiguration {

	@Bean
	CapturingMailSender capturingMailSender(JdbcClient jdbc, Clock clock) {
		return new CapturingMailSender(jdbc, clock);
	}

	/** Neither {@code spring.mail.host} nor {@code spring.mail.jndi-name} is set. */
	static final class NoMailServer implements Condition {

		@Override
		public boolean matches(ConditionContext context, AnnotatedTypeMetadata metadata) {
			return !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.host"))
					&& !StringUtils.hasText(context.getEnvironment().getProperty("spring.mail.jndi-name"));
		}

	}

}
