package nl.wijkstem.support;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;

import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Primary;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * A real SMTP server on loopback (GreenMail, on a free port) for
 * {@link ApplicationTest}s, and the application's mail sender pointed at it. Tests read
 * what arrived with {@link GreenMail#getReceivedMessages()} and clear it with
 * {@link GreenMail#reset()}.
 */
@TestConfiguration(proxyBeanMethods = false)
public class TestSmtp {

	@Bean(destroyMethod = "stop")
	GreenMail greenMail() {
		GreenMail server = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		server.start();
		return server;
	}

	// before the demo profile's capturing sender, which exists here as well
	@Bean
	@Primary
	JavaMailSender javaMailSender(GreenMail greenMail) {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(greenMail.getSmtp().getPort());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		return sender;
	}

}
