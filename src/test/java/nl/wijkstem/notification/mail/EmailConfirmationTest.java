package nl.wijkstem.notification.mail;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.GreenMailUtil;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.RateLimit;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Double opt-in on a real SMTP server on loopback: a typed address gets a mail with a
 * link, the link confirms it once and only within 24 hours, and until then no address is
 * used; a newer request makes an older link useless.
 */
@ApplicationTest
class EmailConfirmationTest {

	private static final Pattern LINK = Pattern.compile("/email/bevestigen/([A-Za-z0-9_-]{43})");

	@Autowired
	EmailAddresses addresses;

	@Autowired
	MailWorker worker;

	@Autowired
	GreenMail smtp;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	@Autowired
	EmailAddressRepository addressRows;

	@Autowired
	OutboxRepository outbox;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingNow();

	@AfterEach
	void noAddressesLeft() {
		// a confirmed address left behind turns every later test's notices into mail,
		// and their outbox rows eat the per-minute budget of the mail tests after them
		mail.noAddress(mail.accountOf("kees"));
		mail.noAddress(mail.accountOf("fatima"));
	}

	@Test
	void theLinkInTheMailConfirmsTheAddressOnce() throws Exception {
		// other tests give kees addresses too, in the same database
		String typed = "kees." + System.nanoTime() + "@example.org";
		demo.signIn("kees");
		addresses.request("  " + typed + " ", Languages.DUTCH);
		assertThat(addresses.myAddress()).hasValueSatisfying(mine -> {
			assertThat(mine.address()).as("not used before it is confirmed").isNotEqualTo(typed);
			assertThat(mine.pending()).isEqualTo(typed);
		});

		MimeMessage sent = mail.sendsOne();
		assertThat(sent.getAllRecipients()[0]).hasToString(typed);
		assertThat(sent.getSubject()).startsWith("Bevestig je e-mailadres");
		String token = tokenIn(sent);
		assertThat(worker.sendDue()).as("sent once").isZero();

		demo.signOut();
		assertThat(addresses.confirm(token)).as("works without signing in").contains(typed);
		assertThat(addresses.confirm(token)).as("works once").isEmpty();
		demo.signIn("kees");
		assertThat(addresses.myAddress()).hasValueSatisfying(mine -> {
			assertThat(mine.address()).isEqualTo(typed);
			assertThat(mine.pending()).isNull();
		});
	}

	@Test
	void aLinkStopsWorkingAfter24HoursAndWhenANewerOneWasSent() throws Exception {
		demo.signIn("fatima");
		addresses.request("fatima@example.org", Languages.ENGLISH);
		MimeMessage first = mail.sendsOne();
		assertThat(first.getSubject()).startsWith("Confirm your e-mail address");
		String expiring = tokenIn(first);
		clock.moveBy(Duration.ofHours(24).plusSeconds(1));
		assertThat(addresses.confirm(expiring)).isEmpty();

		smtp.purgeEmailFromAllMailboxes();
		addresses.request("fatima@example.org", Languages.ENGLISH);
		String older = tokenIn(mail.sendsOne());
		smtp.purgeEmailFromAllMailboxes();
		addresses.request("fatima@example.net", Languages.ENGLISH);
		String newer = tokenIn(mail.sendsOne());
		assertThat(addresses.confirm(older)).isEmpty();
		assertThat(addresses.confirm(newer)).contains("fatima@example.net");
	}

	@Test
	void onlyOnePlainAddressIsTakenIn() {
		demo.signIn("kees");
		for (String typed : new String[] { "", "kees", "Kees <kees@example.org>", "a@example.org, b@example.org",
				"kees@example.org\r\nBcc: x@example.org", "x".repeat(250) + "@example.org" }) {
			assertThatThrownBy(() -> addresses.request(typed, Languages.DUTCH)).as(typed)
				.isInstanceOf(InvalidEmailAddressException.class);
		}
	}

	@Test
	void oneResidentCannotAskForManyConfirmationMails() {
		ResidencyTestSupport.signInAsNewResident(events, "Vaak Vragend", Map.of());
		// the test profile lifts the limit for the other tests; this one sets its own
		EmailAddresses limited = new EmailAddresses(addressRows, outbox, accounts,
				new MailSettings("test@localhost", 60, List.of(RateLimit.valueOf("2/1h"))), clock);
		transaction.executeWithoutResult(status -> limited.request("een@example.org", Languages.DUTCH));
		transaction.executeWithoutResult(status -> limited.request("twee@example.org", Languages.DUTCH));
		assertThatThrownBy(
				() -> transaction.executeWithoutResult(status -> limited.request("drie@example.org", Languages.DUTCH)))
			.isInstanceOf(Rejection.class);
		clock.moveBy(Duration.ofHours(1).plusSeconds(1));
		transaction.executeWithoutResult(status -> limited.request("drie@example.org", Languages.DUTCH));
		// sent while the clock is moved: they would fall due in another test that moves
		// it
		mail.sendAllDue();
	}

	@Test
	void quietHoursHoldNoticesButNotConfirmations() {
		// 21:59 and 07:00 Dutch winter time are 20:59 and 06:00 UTC
		assertThat(MailWorker.quietHours(java.time.Instant.parse("2026-12-06T20:59:59Z"))).isFalse();
		assertThat(MailWorker.quietHours(java.time.Instant.parse("2026-12-06T21:00:00Z"))).isTrue();
		assertThat(MailWorker.quietHours(java.time.Instant.parse("2026-12-07T05:59:59Z"))).isTrue();
		assertThat(MailWorker.quietHours(java.time.Instant.parse("2026-12-07T06:00:00Z"))).isFalse();
		// summer time: 22:00 in Amsterdam is 20:00 UTC
		assertThat(MailWorker.quietHours(java.time.Instant.parse("2026-07-01T20:00:00Z"))).isTrue();
	}

	private static String tokenIn(MimeMessage mail) {
		Matcher link = LINK.matcher(GreenMailUtil.getBody(mail));
		assertThat(link.find()).as("a confirmation link").isTrue();
		return link.group(1);
	}

}
