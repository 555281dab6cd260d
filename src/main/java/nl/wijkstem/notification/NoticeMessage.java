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
 */
public record NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link,
		boolean collapsible) {

	public NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link) {
		this(recipientId, messageKey, subject, detail, link, false);
	}

}
