package nl.wijkstem.notification.mail;

import java.nio.charset.StandardCharsets;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.internet.MimeMessage;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The mail stack the e-mail channel builds on (Spring's JavaMailSender on Jakarta Mail
 * 2.1 with Angus) hands a multipart mail with RFC 8058 unsubscribe headers to a real SMTP
 * server on loopback, and the headers arrive as written. GreenMail is started by hand
 * instead of through greenmail-junit5: that extension is built against JUnit 5 and pulls
 * JUnit 4, while this project runs JUnit 6.
 */
class SmtpLoopbackTest {

	private GreenMail smtp;

	@BeforeEach
	void start() {
		smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
	}

	@AfterEach
	void stop() {
		smtp.stop();
	}

	@Test
	void aMultipartMailWithUnsubscribeHeadersArrives() throws Exception {
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.getSmtp().getPort());

		MimeMessage mail = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(mail, true, StandardCharsets.UTF_8.name());
		helper.setFrom("wijkstem@example.org");
		helper.setTo("bewoner@example.org");
		helper.setSubject("Nieuws over \u201CBankje bij de speeltuin\u201D");
		helper.setText("Tekst", "<h1>Nieuws</h1><p>Tekst</p>");
		mail.setHeader("List-Unsubscribe", "<https://wijkstem.example/afmelden/abc>");
		mail.setHeader("List-Unsubscribe-Post", "List-Unsubscribe=One-Click");
		sender.send(mail);

		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		MimeMessage received = smtp.getReceivedMessages()[0];
		assertThat(received.getSubject()).isEqualTo("Nieuws over \u201CBankje bij de speeltuin\u201D");
		assertThat(received.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		assertThat(received.getAllRecipients()[0]).hasToString("bewoner@example.org");
	}

}
