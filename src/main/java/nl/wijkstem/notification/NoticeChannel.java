package nl.wijkstem.notification;

/**
 * One way of telling a resident something: in the app, later by e-mail.
 */
public interface NoticeChannel {

	void send(NoticeMessage message);

}
