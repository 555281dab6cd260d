package nl.wijkstem.notification;

import java.util.List;

/**
 * One way of telling a resident something: in the app, by e-mail.
 */
public interface NoticeChannel {

	void send(NoticeMessage message);

	/**
	 * All notices one event causes, so a channel can look its recipients up at once (an
	 * idea's news for 800 supporters must not be 800 round trips).
	 */
	default void sendAll(List<NoticeMessage> messages) {
		messages.forEach(this::send);
	}

}
