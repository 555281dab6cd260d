package nl.wijkstem.notification;

import java.time.Instant;
import java.util.List;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.Translator;

import org.springframework.stereotype.Component;

/**
 * The notices Wijkstem sent a person, as they read them, for their download of "my data".
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
	public List<PersonalDataCount> counts(Long accountId) {
		return List.of(new PersonalDataCount("myData.kept.notices", notices.countByRecipientId(accountId), "notices"));
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
		return notices.findByRecipientIdOrderByCreatedAtAscIdAsc(accountId)
			.stream()
			.map(notice -> notice.forExport(words))
			.toList();
	}

	/**
	 * One notice as the list showed it: its title and text in the reader's language, the
	 * message of the programme bureau that came with it, and when.
	 */
	record NoticeRecord(String title, String text, String message, Instant sentAt, Instant readAt) {
	}

}
