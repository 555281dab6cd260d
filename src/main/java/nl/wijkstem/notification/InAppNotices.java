package nl.wijkstem.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The in-app channel: the notice waits in the resident's list, behind the bell. A
 * collapsible notice joins the unread one of its kind about the same round or idea. Two
 * such notices written at the same moment on two threads may still both stand; a join
 * that loses to a concurrent change is refused by the version and runs again from the
 * event publication registry, and joining the same title twice changes nothing.
 */
@Component
class InAppNotices implements NoticeChannel {

	private final NoticeRepository notices;

	private final Clock clock;

	InAppNotices(NoticeRepository notices, Clock clock) {
		this.notices = notices;
		this.clock = clock;
	}

	@Override
	public void send(NoticeMessage message) {
		if (message.collapsible()) {
			List<Notice> earlier = notices.findByRecipientIdAndLinkAndMessageKeyInAndReadAtIsNullOrderByIdDesc(
					message.recipientId(), message.link(),
					List.of(message.messageKey(), message.messageKey() + Notice.SEVERAL));
			if (!earlier.isEmpty()) {
				earlier.getFirst().join(message, clock.instant());
				return;
			}
		}
		notices.save(new Notice(message, clock.instant()));
	}

}
