package nl.wijkstem.notification;

import java.time.Instant;

import jakarta.persistence.Entity;
import jakarta.persistence.Table;
import nl.wijkstem.base.AbstractEntity;
import nl.wijkstem.base.Translator;

/**
 * A notice in a resident's in-app list, kept until they read it.
 */
@Entity
@Table(name = "notice")
class Notice extends AbstractEntity {

	/**
	 * Added to a message key when a notice names several ideas: its text speaks of them
	 * together ({@code notice.ballot.ON_BALLOT.supporter.several}).
	 */
	static final String SEVERAL = ".several";

	private static final int SUBJECT_MAX = 200;

	private Long recipientId;

	private String messageKey;

	private String subject;

	private String detail;

	private String link;

	private Instant createdAt;

	private Instant readAt;

	protected Notice() {
	}

	Notice(NoticeMessage message, Instant now) {
		this.recipientId = message.recipientId();
		this.messageKey = message.messageKey();
		this.subject = shortened(message.subject(), SUBJECT_MAX);
		this.detail = shortened(message.detail(), 2000);
		this.link = message.link();
		this.createdAt = now;
	}

	private static String shortened(String text, int max) {
		String value = text == null ? "" : text;
		return value.length() > max ? value.substring(0, max) : value;
	}

	/**
	 * Takes in another notice of its kind about the same round or idea: the subject lists
	 * each title once, in quotes, and the text speaks of several. A title it already
	 * names changes nothing but the time.
	 */
	void join(NoticeMessage message, Instant now) {
		createdAt = now;
		String title = quoted(message.subject());
		boolean several = messageKey.endsWith(SEVERAL);
		if (several ? subject.contains(title) : subject.equals(message.subject())) {
			return;
		}
		String named = several ? subject : quoted(subject);
		subject = shortened(named + ", " + title, SUBJECT_MAX);
		messageKey = message.messageKey() + SEVERAL;
	}

	static String quoted(String title) {
		return "\u201C" + (title == null ? "" : title) + "\u201D";
	}

	void markRead(Instant now) {
		if (readAt == null) {
			readAt = now;
		}
	}

	NoticeView view() {
		return new NoticeView(getId(), messageKey, subject, detail, link, createdAt, readAt == null);
	}

	NoticesPersonalData.NoticeRecord forExport(Translator words) {
		return new NoticesPersonalData.NoticeRecord(words.text(messageKey + ".title"),
				words.text(messageKey + ".text", subject), detail, createdAt, readAt);
	}

}
