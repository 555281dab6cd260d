package nl.wijkstem.notification.mail;

import java.sql.Timestamp;
import java.util.List;
import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.notification.NoticeMessage;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A permanent refusal (5xx to {@code RCPT TO}) from a real SMTP conversation on loopback
 * marks the address as not working, bounces the mail and cancels what else waited for
 * that address; a passing one (4xx) is only tried again later. Confirming an address
 * again lifts the mark.
 */
@ApplicationTest
class BounceTest {

	private static final String GONE = "weg@example.org";

	private static final String BUSY = "later@example.org";

	@Autowired
	OutboxRepository mails;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	EmailChannel channel;

	@Autowired
	EmailAddresses addresses;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingAt(MailFixture.DAYTIME);

	RefusingSmtp smtp;

	MailWorker refusedWorker;

	@BeforeEach
	void refusingServer() throws Exception {
		smtp = new RefusingSmtp(Map.of(GONE, "550 5.1.1 <" + GONE + ">: Recipient address rejected: User unknown", BUSY,
				"451 4.7.1 <" + BUSY + ">: Try again later"));
		JavaMailSenderImpl sender = new JavaMailSenderImpl();
		sender.setHost("127.0.0.1");
		sender.setPort(smtp.port());
		sender.getJavaMailProperties().put("mail.smtp.connectiontimeout", "5000");
		sender.getJavaMailProperties().put("mail.smtp.timeout", "5000");
		refusedWorker = mail.workerWith(sender);
	}

	@AfterEach
	void stop() throws Exception {
		smtp.close();
		SecurityContextHolder.clearContext();
	}

	@Test
	void a550MarksTheAddressNotWorking_andStopsItsMail_aNewConfirmationLiftsIt() {
		Long other = mail.newResidentWithAddress("Ander Adres", "ander." + System.nanoTime() + "@example.org");
		// signed in last: the one whose page is looked at
		Long gone = mail.newResidentWithAddress("Weg Adres", GONE);
		notice(gone, "first");
		notice(gone, "second");
		notice(other, "third");

		refusedWorker.sendDue();

		assertThat(statuses(gone)).containsExactlyInAnyOrder(OutboxMail.Status.BOUNCED, OutboxMail.Status.CANCELLED);
		assertThat(statuses(other)).as("another resident's mail goes on").containsExactly(OutboxMail.Status.SENT);
		assertThat(smtp.delivered).doesNotContain(GONE);
		EmailAddresses.MyAddress mine = addresses.myAddress().orElseThrow();
		assertThat(mine.working()).isFalse();
		assertThat(mine.address()).isEqualTo(GONE);
		assertThat(mine.failedAt()).isBetween(MailFixture.DAYTIME, MailFixture.DAYTIME.plusSeconds(60));
		assertThat(mine.failure()).contains("550 5.1.1");
		assertThat(mine.failureReasonKey()).isEqualTo("myEmail.failed.reason.unknown");

		notice(gone, "fourth");
		assertThat(statuses(gone)).as("nothing new is written for an address that does not work")
			.doesNotContain(OutboxMail.Status.PENDING);

		addresses.request("nieuw." + System.nanoTime() + "@example.org", Languages.DUTCH);
		String token = waitingConfirmationToken(gone);
		refusedWorker.sendDue();
		assertThat(statuses(gone)).last().isEqualTo(OutboxMail.Status.SENT);
		assertThat(addresses.confirm(token)).isPresent();
		assertThat(addresses.myAddress().orElseThrow()).satisfies(now -> {
			assertThat(now.working()).isTrue();
			assertThat(now.failedAt()).isNull();
			assertThat(now.failure()).isNull();
		});
	}

	@Test
	void a451IsTriedAgainLater_notABounce() {
		Long busy = mail.newResidentWithAddress("Druk Adres", BUSY);
		notice(busy, "first");

		refusedWorker.sendDue();

		OutboxMail waiting = mails.findByAccountIdOrderByIdAsc(busy).getFirst();
		assertThat(waiting.getStatus()).isEqualTo(OutboxMail.Status.PENDING);
		assertThat(waiting.getAttempts()).isEqualTo(1);
		assertThat(jdbc.sql("select next_attempt_at from email_outbox where id = :id")
			.param("id", waiting.getId())
			.query(Timestamp.class)
			.single()
			.toInstant()).isAfter(MailFixture.DAYTIME);
		assertThat(jdbc.sql("select last_error from email_outbox where id = :id")
			.param("id", waiting.getId())
			.query(String.class)
			.single()).contains("451");
		assertThat(addresses.myAddress().orElseThrow().working()).isTrue();
		// the retry would fall due in a later mail test and be counted there
		jdbc.sql("delete from email_outbox where account_id = :account").param("account", busy).update();
	}

	@Test
	void aBouncedConfirmationMailDropsTheWaitingAddress() {
		ResidencyTestSupport.signInAsNewResident(events, "Typfout", Map.of());
		Long account = accounts.currentAccountId().orElseThrow();
		addresses.request(GONE, Languages.DUTCH);

		refusedWorker.sendDue();

		assertThat(statuses(account)).containsExactly(OutboxMail.Status.BOUNCED);
		assertThat(jdbc.sql("select payload from email_outbox where account_id = :account")
			.param("account", account)
			.query(String.class)
			.single()).as("the link is wiped").isEqualTo("{}");
		EmailAddresses.MyAddress mine = addresses.myAddress().orElseThrow();
		assertThat(mine.pending()).isNull();
		assertThat(mine.address()).isNull();
		assertThat(mine.failedAt()).isNotNull();
	}

	/** A decision about the resident's idea: mailed at once by default. */
	private void notice(Long account, String subject) {
		channel.sendAll(List
			.of(new NoticeMessage(account, "notice.decision.PUBLISH", subject + System.nanoTime(), "", "ideas/1")));
	}

	private List<OutboxMail.Status> statuses(Long account) {
		return mails.findByAccountIdOrderByIdAsc(account).stream().map(OutboxMail::getStatus).toList();
	}

	/** The link of the confirmation mail still waiting; the worker wipes it once sent. */
	private String waitingConfirmationToken(Long account) {
		return EmailAddresses.ConfirmationPayload
			.of(jdbc.sql("""
					select payload from email_outbox
					where account_id = :account and kind = 'CONFIRMATION' and status = 'PENDING'""")
				.param("account", account)
				.query(String.class)
				.single())
			.token();
	}

}
