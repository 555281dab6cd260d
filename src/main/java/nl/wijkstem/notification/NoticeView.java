package nl.wijkstem.notification;

import java.time.Instant;

/**
 * A notice as the list shows it. Subject and detail are user text.
 */
public record NoticeView(Long id, String messageKey, String subject, String detail, String link, Instant createdAt,
		boolean unread) {
}
