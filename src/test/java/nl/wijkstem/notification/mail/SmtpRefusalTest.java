package nl.wijkstem.notification.mail;

import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.SendFailedException;
import jakarta.mail.internet.InternetAddress;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;
import org.junit.jupiter.api.Test;

import org.springframework.mail.MailSendException;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Only a 5xx is a bounce, and only one about the recipient marks the address: a refused
 * sender is our own mistake, a refused content is about one mail.
 */
class SmtpRefusalTest {

	@Test
	void a5xxToRcptIsAboutTheAddress_a4xxPasses() throws Exception {
		assertThat(kindOf(rcpt(550, "550 5.1.1 User unknown"))).isEqualTo(SmtpRefusal.Kind.ADDRESS);
		assertThat(kindOf(rcpt(553, "553 mailbox name not allowed"))).isEqualTo(SmtpRefusal.Kind.ADDRESS);
		assertThat(kindOf(rcpt(451, "451 4.7.1 Try again later"))).isEqualTo(SmtpRefusal.Kind.PASSING);
		assertThat(kindOf(rcpt(452, "452 4.2.2 Mailbox full"))).isEqualTo(SmtpRefusal.Kind.PASSING);
	}

	@Test
	void a5xxToMailFromIsOurs_soItPasses() {
		assertThat(kindOf(new SMTPSendFailedException("MAIL FROM:<noreply@example.org>", 550,
				"550 5.7.1 Sender not allowed", null, null, null, null)))
			.isEqualTo(SmtpRefusal.Kind.PASSING);
	}

	@Test
	void a5xxAfterTheContentIsAboutTheAddressOnlyWhenItsCodeSaysSo() {
		assertThat(kindOf(new SMTPSendFailedException(".", 550, "550 5.1.1 No such user", null, null, null, null)))
			.isEqualTo(SmtpRefusal.Kind.ADDRESS);
		assertThat(kindOf(
				new SMTPSendFailedException(".", 554, "554 5.7.1 Message rejected as spam", null, null, null, null)))
			.isEqualTo(SmtpRefusal.Kind.MESSAGE);
		assertThat(kindOf(new SMTPSendFailedException(".", 451, "451 4.3.0 Later", null, null, null, null)))
			.isEqualTo(SmtpRefusal.Kind.PASSING);
	}

	@Test
	void theReasonInPlainWords_followsTheEnhancedStatusCode() {
		assertThat(EmailAddresses.failureReasonKey("550 5.1.1 <x@example.org>: User unknown"))
			.isEqualTo("myEmail.failed.reason.unknown");
		assertThat(EmailAddresses.failureReasonKey("550 5.1.2 Host unknown")).isEqualTo("myEmail.failed.reason.domain");
		assertThat(EmailAddresses.failureReasonKey("552 5.2.2 Mailbox full")).isEqualTo("myEmail.failed.reason.full");
		assertThat(EmailAddresses.failureReasonKey("550 5.2.1 Mailbox disabled"))
			.isEqualTo("myEmail.failed.reason.closed");
		assertThat(EmailAddresses.failureReasonKey("554 5.7.1 Rejected")).isEqualTo("myEmail.failed.reason.refused");
	}

	/**
	 * As Angus reports a refused recipient: the address failure hangs under the send
	 * failure.
	 */
	private static SendFailedException rcpt(int code, String reply) throws Exception {
		InternetAddress to = new InternetAddress("x@example.org");
		SMTPAddressFailedException address = new SMTPAddressFailedException(to, "RCPT TO:<x@example.org>", code, reply);
		return new SendFailedException("Invalid Addresses", address, new Address[0], new Address[0],
				new Address[] { to });
	}

	private static SmtpRefusal.Kind kindOf(Exception cause) {
		return SmtpRefusal.of(new MailSendException(Map.of(new Object(), cause))).kind();
	}

}
