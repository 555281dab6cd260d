package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.List;

import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.context.ApplicationContext;

/**
 * One mail of each kind as the application writes it, for tests outside this package (the
 * browser's accessibility check): with user text that needs escaping, a moderator's
 * message over two lines, and a digest with items of several kinds.
 */
public final class MailSamples {

	public enum Kind {

		CONFIRMATION, NOTICE, DIGEST

	}

	private MailSamples() {
	}

	/** The HTML part of a mail of this kind in this language ({@code nl}, {@code en}). */
	public static String html(ApplicationContext context, Kind kind, String language) {
		MailComposer composer = context.getBean(MailComposer.class);
		MailRecipient to = new MailRecipient(1L, 1L, "kees@example.org", language);
		return switch (kind) {
			case CONFIRMATION -> composer
				.confirmation(new EmailAddresses.ConfirmationPayload(to.address(), "a-token", language, Instant.now()))
				.html();
			case NOTICE -> composer
				.notice(new NoticePayload("notice.decision.REQUEST_CHANGES", "Bankje <b>bij</b> de vijver",
						"Kun je zeggen waar precies?\nDan kijken we verder.", "ideas/12", NoticeKind.MY_IDEAS), to)
				.html();
			case DIGEST -> composer.digest(List.of(
					new NoticePayload("notice.supported", "Meer groen in de Westwijk", "We beginnen in maart.",
							"ideas/11", NoticeKind.SUPPORTED),
					new NoticePayload("notice.decision.PUBLISH", "Bankje bij de vijver", "", "ideas/12",
							NoticeKind.MY_IDEAS),
					new NoticePayload("notice.comment.reply", "Speeltuin", "", "ideas/13", NoticeKind.REPLIES),
					new NoticePayload("notice.consultation.results", "Parkeren in de wijk", "", "raadplegingen/4",
							NoticeKind.CONSULTATIONS)),
					Cadence.WEEKLY, to)
				.html();
		};
	}

}
