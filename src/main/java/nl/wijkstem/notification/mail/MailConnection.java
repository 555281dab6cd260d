package nl.wijkstem.notification.mail;

import java.time.Duration;
import java.util.Date;
import java.util.Map;

import jakarta.mail.Address;
import jakarta.mail.MessagingException;
import jakarta.mail.Session;
import jakarta.mail.Transport;
import jakarta.mail.internet.MimeMessage;

import org.springframework.mail.MailException;
import org.springframework.mail.MailSendException;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

/**
 * Hands the mails of one worker round to the mail server one at a time, and returns only
 * when the server accepted the mail (or refused it), so the worker can record each mail
 * right after its accept. With Spring's own sender the round keeps one SMTP connection
 * open for up to {@link #MAILS_PER_CONNECTION} mails: opening one costs a greeting and an
 * EHLO exchange, more than handing over a mail.
 * {@link JavaMailSender#send(MimeMessage...)} would reuse a connection too, but it
 * returns only after the last mail of the batch, which would widen the window for
 * duplicates after a crash from one mail to the whole batch. Any other sender (the demo's
 * capture, a test's) gets each mail through {@link JavaMailSender#send(MimeMessage)}, as
 * a subclass may change how a mail is sent.
 */
abstract class MailConnection implements AutoCloseable {

	/**
	 * Mail servers may limit the mails per connection; staying under the usual limits
	 * keeps a busy round from collecting "try later" answers.
	 */
	static final int MAILS_PER_CONNECTION = 50;

	/** After this long without a mail, a connection is checked before it is used. */
	static final Duration IDLE = Duration.ofSeconds(5);

	static MailConnection to(JavaMailSender sender) {
		return sender.getClass() == JavaMailSenderImpl.class ? new Reused((JavaMailSenderImpl) sender)
				: new PerMail(sender);
	}

	/**
	 * Returns when the server accepted the mail.
	 * @throws MailException as {@link JavaMailSender#send(MimeMessage)} would
	 */
	abstract void send(MimeMessage message);

	@Override
	public void close() {
	}

	private static final class PerMail extends MailConnection {

		private final JavaMailSender sender;

		PerMail(JavaMailSender sender) {
			this.sender = sender;
		}

		@Override
		void send(MimeMessage message) {
			sender.send(message);
		}

	}

	/**
	 * What {@link JavaMailSenderImpl} does for a batch, with the connection kept open.
	 */
	private static final class Reused extends MailConnection {

		private final JavaMailSenderImpl sender;

		private Transport transport;

		private int sent;

		private long lastUsed;

		Reused(JavaMailSenderImpl sender) {
			this.sender = sender;
		}

		@Override
		void send(MimeMessage message) {
			// isConnected() asks the server (NOOP): a round trip per mail, so only after
			// a pause
			if (transport == null || sent >= MAILS_PER_CONNECTION
					|| (System.nanoTime() - lastUsed > IDLE.toNanos() && !transport.isConnected())) {
				close();
				try {
					transport = connect();
				}
				catch (MessagingException ex) {
					throw new MailSendException("Mail server connection failed", ex);
				}
			}
			try {
				if (message.getSentDate() == null) {
					message.setSentDate(new Date());
				}
				String messageId = message.getMessageID();
				message.saveChanges();
				if (messageId != null) {
					message.setHeader("Message-ID", messageId);
				}
				Address[] recipients = message.getAllRecipients();
				sent++;
				transport.sendMessage(message, recipients == null ? new Address[0] : recipients);
				lastUsed = System.nanoTime();
			}
			catch (MessagingException ex) {
				// the connection may be in any state now: the next mail opens a new one
				close();
				throw new MailSendException(Map.of(message, ex));
			}
		}

		private Transport connect() throws MessagingException {
			Session session = sender.getSession();
			String protocol = sender.getProtocol() != null ? sender.getProtocol()
					: session.getProperty("mail.transport.protocol");
			Transport opened = session.getTransport(protocol != null ? protocol : JavaMailSenderImpl.DEFAULT_PROTOCOL);
			String username = sender.getUsername();
			String password = sender.getPassword();
			if ("".equals(username)) {
				username = null;
				if ("".equals(password)) {
					password = null;
				}
			}
			opened.connect(sender.getHost(), sender.getPort(), username, password);
			return opened;
		}

		@Override
		public void close() {
			if (transport != null) {
				try {
					transport.close();
				}
				catch (MessagingException ex) {
					// the mails went out or were recorded as failed; a failing QUIT
					// changes nothing
				}
				transport = null;
				sent = 0;
			}
		}

	}

}
