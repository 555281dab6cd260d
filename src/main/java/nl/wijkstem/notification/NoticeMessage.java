package nl.wijkstem.notification;

/**
 * Something to tell one resident. Kept as a translation key with values, so it is shown
 * in the language the resident reads it in.
 *
 * @param subject user text (such as an idea's title)
 * @param detail user text (such as a moderator's message)
 * @param link where to read more, a path inside Wijkstem
 * @param collapsible whether it joins an unread notice of the same kind with the same
 * link (the same voting round, the same idea) instead of standing beside it: six ideas
 * someone supports going onto one ballot make one notice, naming the six
 * @param noticeId the same for the same event, recipient and message, also when the event
 * is handled again after a crash: channels that must act once (e-mail) use it as their
 * idempotency key
 */
public record NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link,
		boolean collapsible, String noticeId) {

	public NoticeMessage {
		if (noticeId == null) {
			noticeId = NoticeIds.of(new Object[] { messageKey, subject, detail, link }, recipientId, messageKey);
		}
	}

	public NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link,
			boolean collapsible) {
		this(recipientId, messageKey, subject, detail, link, collapsible, null);
	}

	public NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link) {
		this(recipientId, messageKey, subject, detail, link, false, null);
	}

	/** The kind the resident's e-mail choice is made for. */
	public NoticeKind kind() {
		return NoticeKind.of(messageKey);
	}

}
