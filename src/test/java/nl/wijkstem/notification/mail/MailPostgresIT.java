package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.wijkstem.idea.IdeaTextField;
import nl.wijkstem.idea.IdeaTextRedacted;
import nl.wijkstem.notification.NoticeMessage;
import nl.wijkstem.support.PostgresTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The e-mail channel's own SQL on PostgreSQL: a notice handled twice makes one outbox
 * mail and one digest item, the Monday job gathers the week's items into one digest
 * (twice run, one digest), and a redacted title is rewritten in what is kept, whatever
 * characters it holds.
 */
@PostgresTest
class MailPostgresIT {

	/** Monday 7 December 2026, 06:00 in Amsterdam: before the weekly digest's moment. */
	private static final Instant MONDAY_EARLY = Instant.parse("2026-12-07T05:00:00Z");

	@Autowired
	EmailChannel channel;

	@Autowired
	DigestJob digests;

	@Autowired
	MailRedaction redaction;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	JdbcClient client;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	TestClock clock;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void noticesOnceDigestsOnceAndRedactionOnPostgres() {
		Long account = jdbc.queryForObject("""
				insert into account (version, issuer, subject_hash, display_name, created_at, last_sign_in_at, staff)
				values (0, 'test', ?, 'Mail', now(), now(), false) returning id""", Long.class,
				UUID.randomUUID().toString());
		new MailTestSupport(client).confirmedAddress(account, "mail.pg@example.org", "nl");
		String title = "Bankje 100% voor_Jan \"Jansen\"";
		List<NoticeMessage> notices = List.of(
				new NoticeMessage(account, "notice.decision.PUBLISH", title, "", "ideas/91"),
				new NoticeMessage(account, "notice.supported", title, "We beginnen.", "ideas/91"));

		clock.moveTo(MONDAY_EARLY);
		transaction.executeWithoutResult(status -> channel.sendAll(notices));
		transaction.executeWithoutResult(status -> channel.sendAll(notices));
		assertThat(count("select count(*) from email_outbox where account_id = ?", account)).isEqualTo(1);
		assertThat(count("select count(*) from digest_item where account_id = ? and outbox_id is null", account))
			.isEqualTo(1);

		redaction.on(new IdeaTextRedacted(91L, Set.of(IdeaTextField.TITLE), Set.of(title), "Bankje"));
		assertThat(count("""
				select (select count(*) from email_outbox where account_id = ? and payload like '%Jansen%')
				     + (select count(*) from digest_item where account_id = ? and payload like '%Jansen%')""", account,
				account))
			.isZero();

		clock.moveTo(MONDAY_EARLY.plusSeconds(3 * 3600));
		digests.makeDue();
		digests.makeDue();
		assertThat(count("select count(*) from email_outbox where account_id = ? and kind = 'DIGEST'", account))
			.isEqualTo(1);
		assertThat(count("select count(*) from digest_item where account_id = ? and outbox_id is null", account))
			.isZero();
	}

	private int count(String sql, Object... arguments) {
		return jdbc.queryForObject(sql, Integer.class, arguments);
	}

}
