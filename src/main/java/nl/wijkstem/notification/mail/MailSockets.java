package nl.wijkstem.notification.mail;

import java.util.Properties;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.stereotype.Component;

/**
 * Gives the mail sender sockets without Nagle's delay ({@link NoDelaySockets}). A socket
 * factory is an object, so it cannot come from {@code spring.mail.properties}. Only for
 * plain SMTP and STARTTLS (which wraps this socket): with {@code mail.smtp.ssl.enable}
 * Jakarta Mail uses its own SSL factory, and a factory an operator configured is kept.
 */
@Component
class MailSockets implements BeanPostProcessor {

	static final String FACTORY = "mail.smtp.socketFactory";

	@Override
	public Object postProcessAfterInitialization(Object bean, String beanName) {
		if (bean instanceof JavaMailSenderImpl sender) {
			Properties settings = sender.getJavaMailProperties();
			boolean ssl = "true".equalsIgnoreCase(settings.getProperty("mail.smtp.ssl.enable"));
			if (!ssl && !settings.containsKey(FACTORY) && !settings.containsKey(FACTORY + ".class")) {
				settings.put(FACTORY, new NoDelaySockets());
			}
		}
		return bean;
	}

}
