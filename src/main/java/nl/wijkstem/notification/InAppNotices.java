package nl.wijkstem.notification;

import java.time.Clock;
import java.util.List;

import org.springframework.stereotype.Component;

/**
 * The in-app channel: the notice waits in the resident's list, behind the bell. A
 * collapsible notice joins the unread one of its kind about the same round or idea; the
 * notice joined is locked while it is read and changed, so joins on two threads follow
 * each other instead of one overwriting the other. Two first notices written at the same
 * moment may still both stand; joining the same title twice changes nothing.
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
