package nl.wijkstem.notification.mail;

import javax.net.SocketFactory;

import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail sender sends without Nagle's delay, unless it speaks SSL from the start or an
 * operator chose a socket factory.
 */
class MailSocketsTest {

	private final MailSockets sockets = new MailSockets();

	@Test
	void plainAndStartTlsSendersGetSocketsWithoutDelay() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sockets.postProcessAfterInitialization(sender, "mailSender");
		Object factory = sender.getJavaMailProperties().get(MailSockets.FACTORY);
		assertThat(factory).isInstanceOf(NoDelaySockets.class);
		assertThat(((SocketFactory) factory).createSocket().getTcpNoDelay()).isTrue();
	}

	@Test
	void sslAndAnOperatorsOwnFactoryAreLeftAlone() {
		JavaMailSenderImpl ssl = new JavaMailSenderImpl();
		ssl.getJavaMailProperties().setProperty("mail.smtp.ssl.enable", "true");
		sockets.postProcessAfterInitialization(ssl, "mailSender");
		assertThat(ssl.getJavaMailProperties()).doesNotContainKey(MailSockets.FACTORY);

		JavaMailSenderImpl own = new JavaMailSenderImpl();
		own.getJavaMailProperties().setProperty(MailSockets.FACTORY + ".class", "com.example.Sockets");
		sockets.postProcessAfterInitialization(own, "mailSender");
		assertThat(own.getJavaMailProperties()).doesNotContainKey(MailSockets.FACTORY);
	}

}
