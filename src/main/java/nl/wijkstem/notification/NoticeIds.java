package nl.wijkstem.notification;

import java.lang.reflect.RecordComponent;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.Collection;
import java.util.Map;

/**
 * Deterministic ids for notices. The event publication registry hands an event to a
 * listener again after a crash, read back from its JSON: the id must come out the same,
 * so it is made from the event's type and its scalar values only. Collections (the
 * recipients) are left out because their order may differ after the round trip; the
 * recipient is part of the id on its own. Two events equal in every value make one id:
 * the same news posted twice reaches a mailbox once.
 */
final class NoticeIds {

	private NoticeIds() {
	}

	static String of(Object event, Long recipientId, String messageKey) {
		StringBuilder canonical = new StringBuilder(event.getClass().getName());
		if (event instanceof Record record) {
			for (RecordComponent component : record.getClass().getRecordComponents()) {
				Object value = valueOf(component, record);
				if (!(value instanceof Collection<?>) && !(value instanceof Map<?, ?>)) {
					canonical.append('\u001f').append(component.getName()).append('=').append(value);
				}
			}
		}
		else if (event instanceof Object[] values) {
			for (Object value : values) {
				canonical.append('\u001f').append(value);
			}
		}
		canonical.append('\u001e').append(recipientId).append('\u001e').append(messageKey);
		return "n:"
				+ Base64.getUrlEncoder().withoutPadding().encodeToString(sha256(canonical.toString())).substring(0, 43);
	}

	private static Object valueOf(RecordComponent component, Record record) {
		try {
			return component.getAccessor().invoke(record);
		}
		catch (ReflectiveOperationException ex) {
			throw new IllegalStateException("Cannot read " + component.getName() + " of " + record.getClass(), ex);
		}
	}

	private static byte[] sha256(String text) {
		try {
			return MessageDigest.getInstance("SHA-256").digest(text.getBytes(StandardCharsets.UTF_8));
		}
		catch (NoSuchAlgorithmException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
