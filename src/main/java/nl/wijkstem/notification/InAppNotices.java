package nl.wijkstem.notification;

import java.time.Clock;

import org.springframework.stereotype.Component;

/**
 * The in-app channel: the notice waits in the resident's list, behind the bell.
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
		notices.save(new Notice(message, clock.instant()));
	}

}
