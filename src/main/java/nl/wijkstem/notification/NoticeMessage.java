package nl.wijkstem.notification;

/**
 * Something to tell one resident. Kept as a translation key with values, so it is shown
 * in the language the resident reads it in.
 *
 * @param subject user text (such as an idea's title)
 * @param detail user text (such as a moderator's message)
 * @param link where to read more, a path inside Wijkstem
 */
public record NoticeMessage(Long recipientId, String messageKey, String subject, String detail, String link) {
}
