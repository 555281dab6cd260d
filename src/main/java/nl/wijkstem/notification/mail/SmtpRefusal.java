package nl.wijkstem.notification.mail;

import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashSet;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import jakarta.mail.MessagingException;
import org.eclipse.angus.mail.smtp.SMTPAddressFailedException;
import org.eclipse.angus.mail.smtp.SMTPSendFailedException;

import org.springframework.mail.MailSendException;

/**
 * What the mail server's reply to a failed mail means for it. Only a 5xx reply is
 * permanent (RFC 5321 4.2.1); a 4xx reply, a refused connection or a time-out pass, and
 * the mail is tried again later.
 * <p>
 * A 5xx to {@code RCPT TO} says the address does not work. A 5xx to {@code MAIL FROM}
 * says our own sender or account is wrong: it would refuse every resident's mail alike,
 * so it is no bounce but a failure to try again (and for the administrator to fix). A 5xx
 * after the message's content is about the address only when its enhanced status code
 * says so (5.1.x address, 5.2.x mailbox, RFC 3463); otherwise it refused this one mail
 * (its content, say), which is not sent again but does not stop mail to the resident.
 *
 * @param kind what the reply means
 * @param reply the server's reply, as it said it
 */
record SmtpRefusal(Kind kind, int code, String reply) {

	enum Kind {

		/** Try again later. */
		PASSING,

		/** This mail is refused for good; the address may still work. */
		MESSAGE,

		/** The address does not work: stop mailing it. */
		ADDRESS

	}

	private static final Pattern ENHANCED = Pattern.compile("\\b5\\.([12])\\.\\d{1,3}\\b");

	private static final SmtpRefusal PASSING = new SmtpRefusal(Kind.PASSING, 0, "");

	static SmtpRefusal of(MailSendException failure) {
		Deque<Throwable> open = new ArrayDeque<>();
		open.add(failure);
		open.addAll(failure.getFailedMessages().values());
		Set<Throwable> seen = new HashSet<>();
		SmtpRefusal found = PASSING;
		while (!open.isEmpty()) {
			Throwable next = open.poll();
			if (!seen.add(next)) {
				continue;
			}
			SmtpRefusal refusal = ofOne(next);
			if (refusal.kind().ordinal() > found.kind().ordinal()) {
				found = refusal;
			}
			if (next instanceof MessagingException messaging && messaging.getNextException() != null) {
				open.add(messaging.getNextException());
			}
			if (next.getCause() != null) {
				open.add(next.getCause());
			}
		}
		return found;
	}

	private static SmtpRefusal ofOne(Throwable failure) {
		if (failure instanceof SMTPAddressFailedException address && permanent(address.getReturnCode())) {
			return new SmtpRefusal(Kind.ADDRESS, address.getReturnCode(), reply(address));
		}
		if (failure instanceof SMTPSendFailedException send && permanent(send.getReturnCode())
				&& !startsWith(send.getCommand(), "MAIL")) {
			boolean aboutTheAddress = startsWith(send.getCommand(), "RCPT") || aboutTheAddress(send.getMessage());
			return new SmtpRefusal(aboutTheAddress ? Kind.ADDRESS : Kind.MESSAGE, send.getReturnCode(), reply(send));
		}
		return PASSING;
	}

	private static boolean permanent(int code) {
		return code >= 500 && code <= 599;
	}

	private static boolean startsWith(String command, String verb) {
		return command != null && command.regionMatches(true, 0, verb, 0, verb.length());
	}

	static boolean aboutTheAddress(String reply) {
		Matcher enhanced = ENHANCED.matcher(reply == null ? "" : reply);
		return enhanced.find();
	}

	private static String reply(MessagingException failure) {
		String text = failure.getMessage() == null ? "" : failure.getMessage().strip();
		return text.length() > 300 ? text.substring(0, 300) : text;
	}

}
