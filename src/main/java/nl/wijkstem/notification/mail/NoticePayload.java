package nl.wijkstem.notification.mail;

import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.notification.NoticeMessage;
import tools.jackson.databind.json.JsonMapper;

/**
 * A notice as the outbox and a digest keep it: words are chosen when the mail is written,
 * in the language the resident has then.
 *
 * @param link a path inside Wijkstem, such as {@code ideas/12}
 */
public record NoticePayload(String messageKey, String subject, String detail, String link, NoticeKind kind) {

	private static final JsonMapper JSON = JsonMapper.builder().build();

	/** Moderators' messages are long at most 2,000 characters in the app too. */
	static final int DETAIL_MAX = 2000;

	static NoticePayload of(NoticeMessage message) {
		String detail = message.detail() == null ? "" : message.detail();
		return new NoticePayload(message.messageKey(), message.subject() == null ? "" : message.subject(),
				detail.length() > DETAIL_MAX ? detail.substring(0, DETAIL_MAX) : detail, message.link(),
				message.kind());
	}

	public static NoticePayload of(String json) {
		return JSON.readValue(json, NoticePayload.class);
	}

	String json() {
		return JSON.writeValueAsString(this);
	}

}
