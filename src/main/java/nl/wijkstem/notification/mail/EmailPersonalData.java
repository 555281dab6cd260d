package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

import nl.wijkstem.account.PersonalDataCount;
import nl.wijkstem.account.PersonalDataSource;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Translator;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/**
 * What e-mail keeps about a person, for their download of "my data": the address and how
 * it stands, how each kind of notice reaches them, what they follow, and the mails sent
 * to them in the last 30 days (subject and date; sent mails are not kept longer).
 */
@Component
class EmailPersonalData implements PersonalDataSource {

	/** How far back the download lists sent mails: as long as their records are kept. */
	static final Duration SENT_KEPT = Duration.ofDays(30);

	private final EmailAddressRepository addresses;

	private final NoticePreferences preferences;

	private final JdbcClient jdbc;

	private final Branding branding;

	private final Clock clock;

	EmailPersonalData(EmailAddressRepository addresses, NoticePreferences preferences, JdbcClient jdbc,
			Branding branding, Clock clock) {
		this.addresses = addresses;
		this.preferences = preferences;
		this.jdbc = jdbc;
		this.branding = branding;
		this.clock = clock;
	}

	@Override
	public String section() {
		return "email";
	}

	@Override
	public List<PersonalDataCount> counts(Long accountId) {
		return List.of(new PersonalDataCount("myData.kept.follows", follows(accountId).size(), null),
				new PersonalDataCount("myData.kept.mails", sentMails(accountId).size(), null));
	}

	@Override
	public Object dataOf(Long accountId, Translator words) {
		Optional<EmailAddress> row = addresses.findByAccountId(accountId);
		Map<NoticeKind, Cadence> choices = new EnumMap<>(NoticeKind.class);
		for (NoticeKind kind : NoticeKind.values()) {
			choices.put(kind, preferences.cadence(accountId, kind));
		}
		return new EmailRecord(row.map(EmailAddress::getAddress).orElse(null),
				row.map(EmailAddress::getPendingAddress).orElse(null),
				row.map(address -> words.text(status(address))).orElse(words.text("myEmail.export.status.none")),
				row.map(EmailAddress::getConfirmedAt).orElse(null), row.map(EmailAddress::getFailedAt).orElse(null),
				row.map(EmailAddress::getFailure).orElse(null),
				row.map(address -> Languages.fromTag(address.getLanguage()).getDisplayLanguage(words.locale()))
					.orElse(null),
				choices.entrySet()
					.stream()
					.map(choice -> new ChoiceRecord(words.text("mail.kind." + choice.getKey()),
							words.text("myEmail.cadence." + choice.getValue())))
					.toList(),
				follows(accountId).stream()
					.map(follow -> new FollowRecord(words.text("myEmail.export.follow." + follow.type()), follow.id(),
							follow.since()))
					.toList(),
				sentMails(accountId).stream()
					.map(mail -> new SentRecord(subject(mail, words), mail.sentAt()))
					.toList());
	}

	private static String status(EmailAddress address) {
		if (address.getFailedAt() != null) {
			return "myEmail.export.status.failed";
		}
		if (address.getAddress() != null) {
			return address.getSource() == EmailAddress.Source.PROVIDER ? "myEmail.export.status.provider"
					: "myEmail.export.status.confirmed";
		}
		return "myEmail.export.status.pending";
	}

	/**
	 * The subject in the reader's words now; the mail itself is not kept, only what it
	 * was about.
	 */
	private String subject(SentMail mail, Translator words) {
		String programme = branding.programmeName();
		return switch (mail.kind()) {
			case CONFIRMATION -> words.text("mail.confirm.subject", programme);
			case DIGEST ->
				words.text("mail.digest." + DigestPayload.of(mail.payload()).cadence() + ".heading", programme);
			case NOTICE -> words.text(NoticePayload.of(mail.payload()).messageKey() + ".title") + " – " + programme;
		};
	}

	private List<Follow> follows(Long accountId) {
		return jdbc.sql("""
				select target_type, target_id, created_at from follow where account_id = :account
				order by created_at, target_type, target_id""")
			.param("account", accountId)
			.query((row, index) -> new Follow(row.getString(1), row.getLong(2), row.getTimestamp(3).toInstant()))
			.list();
	}

	private List<SentMail> sentMails(Long accountId) {
		Instant since = clock.instant().minus(SENT_KEPT);
		return jdbc.sql("""
				select kind, payload, sent_at from email_outbox
				where account_id = :account and status = 'SENT' and sent_at > :since
				order by sent_at, id""")
			.param("account", accountId)
			.param("since", Timestamp.from(since))
			.query((row, index) -> new SentMail(OutboxMail.Kind.valueOf(row.getString(1)), row.getString(2),
					row.getTimestamp(3).toInstant()))
			.list();
	}

	private record Follow(String type, long id, Instant since) {
	}

	private record SentMail(OutboxMail.Kind kind, String payload, Instant sentAt) {
	}

	/**
	 * The e-mail part of the download.
	 *
	 * @param address where mail goes
	 * @param pendingAddress an address waiting for its confirmation link
	 * @param status how the address stands, in words
	 * @param failure the mail server's reply when it refused the address
	 */
	record EmailRecord(String address, String pendingAddress, String status, Instant confirmedAt, Instant failedAt,
			String failure, String language, List<ChoiceRecord> choices, List<FollowRecord> follows,
			List<SentRecord> sentLast30Days) {
	}

	record ChoiceRecord(String kindOfNotice, String howItReachesYou) {
	}

	record FollowRecord(String what, long number, Instant since) {
	}

	record SentRecord(String subject, Instant sentAt) {
	}

}
