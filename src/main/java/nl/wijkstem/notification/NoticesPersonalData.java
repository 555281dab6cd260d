package nl.wijkstem.notification;

import java.time.Instant;
import java.util.List;

import nl.wijkstem.account.PersonalDataSource;

import org.springframework.stereotype.Component;

/**
 * The notices Wijkstem sent a person, for their download of "my data".
 */
@Component
class NoticesPersonalData implements PersonalDataSource {

	private final NoticeRepository notices;

	NoticesPersonalData(NoticeRepository notices) {
		this.notices = notices;
	}

	@Override
	public String section() {
		return "notices";
	}

	@Override
	public Object dataOf(Long accountId) {
		return notices.findByRecipientIdOrderByCreatedAtAscIdAsc(accountId).stream().map(Notice::forExport).toList();
	}

	/** One notice: what it was about ({@code kind} is its message code) and when. */
	record NoticeRecord(String kind, String subject, String detail, Instant sentAt, Instant readAt) {
	}

}
