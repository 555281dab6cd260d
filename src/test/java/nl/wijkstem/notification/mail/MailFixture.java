package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.LinkedHashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import com.icegreen.greenmail.store.FolderException;
import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.idea.IdeaDecided;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.extension.AfterEachCallback;
import org.junit.jupiter.api.extension.BeforeEachCallback;
import org.junit.jupiter.api.extension.ExtensionContext;

import org.springframework.beans.factory.support.StaticListableBeanFactory;
import org.springframework.context.ApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.test.context.junit.jupiter.SpringExtension;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The common ground of the tests that send mail through the real outbox to GreenMail, as
 * a JUnit extension ({@code @RegisterExtension}) of a Spring test. Before each test: the
 * clock where the test wants it, and an outbox and mailbox that other tests left empty.
 * After each test, since the context is shared: the residents it gave an address have
 * none again (an address left behind turns every later test's notices into mail) and
 * their default choices back, and the clock is reset.
 */
public final class MailFixture implements BeforeEachCallback, AfterEachCallback {

	/** Monday 7 December 2026, 10:00 in Amsterdam: outside quiet hours. */
	public static final Instant DAYTIME = Instant.parse("2026-12-07T09:00:00Z");

	private static final Pattern UNSUBSCRIBE = Pattern.compile("<https?://[^/>]+/(email/afmelden/[^>]+)>");

	/** Where the clock starts; the real time when null. */
	private final Instant start;

	private final Set<Long> residents = new LinkedHashSet<>();

	/** The test's application context, from the start of each test. */
	private ApplicationContext context;

	private MailFixture(Instant start) {
		this.start = start;
	}

	/** Each test starts at {@code start}, with an empty mailbox. */
	public static MailFixture startingAt(Instant start) {
		return new MailFixture(start);
	}

	/** Each test starts at the real time, with an empty mailbox. */
	public static MailFixture startingNow() {
		return new MailFixture(null);
	}

	@Override
	public void beforeEach(ExtensionContext test) {
		context = SpringExtension.getApplicationContext(test);
		if (start != null) {
			bean(TestClock.class).moveTo(start);
		}
		emptyMailbox();
	}

	@Override
	public void afterEach(ExtensionContext test) {
		for (Long resident : residents) {
			noAddress(resident);
			defaultChoices(resident);
		}
		residents.clear();
		bean(TestClock.class).reset();
	}

	/** Sends what is left in the outbox, then empties the mailbox. */
	public void emptyMailbox() {
		sendAllDue();
		try {
			bean(GreenMail.class).purgeEmailFromAllMailboxes();
		}
		catch (FolderException ex) {
			throw new IllegalStateException(ex);
		}
	}

	/** Has the worker send until nothing is due. */
	public void sendAllDue() {
		MailWorker worker = bean(MailWorker.class);
		while (worker.sendDue() > 0) {
			// until nothing is due
		}
	}

	/**
	 * The worker sends exactly one mail, into an empty mailbox: that mail, as it arrived.
	 */
	public MimeMessage sendsOne() {
		GreenMail smtp = bean(GreenMail.class);
		assertThat(bean(MailWorker.class).sendDue()).isEqualTo(1);
		assertThat(smtp.waitForIncomingEmail(5_000, 1)).isTrue();
		assertThat(smtp.getReceivedMessages()).hasSize(1);
		return smtp.getReceivedMessages()[0];
	}

	public Long accountOf(String username) {
		AccountService accounts = bean(AccountService.class);
		return bean(DemoUsers.class).as(username, () -> accounts.currentAccountId().orElseThrow());
	}

	/**
	 * The demo resident with a confirmed Dutch address and every kind of notice as it
	 * arrives by default: other tests in the same database change both.
	 */
	public Long residentWithAddress(String username, String address) {
		Long account = accountOf(username);
		confirmedAddress(account, address, "nl");
		defaultChoices(account);
		return account;
	}

	/** A new resident, signed in (still after), with a confirmed Dutch address. */
	public Long newResidentWithAddress(String name, String address) {
		ResidencyTestSupport.signInAsNewResident(context, name, Map.of());
		Long account = bean(AccountService.class).currentAccountId().orElseThrow();
		confirmedAddress(account, address, "nl");
		return account;
	}

	/** See {@link MailTestSupport#confirmedAddress(Long, String, String)}. */
	public void confirmedAddress(Long account, String address, String language) {
		addresses().confirmedAddress(account, address, language);
		residents.add(account);
	}

	public void noAddress(Long account) {
		addresses().noAddress(account);
	}

	public void defaultChoices(Long account) {
		NoticePreferences preferences = bean(NoticePreferences.class);
		for (NoticeKind kind : NoticeKind.values()) {
			preferences.set(account, kind, kind.defaultCadence());
		}
	}

	/**
	 * Publishes the event in a transaction, so listeners that wait for its commit run.
	 */
	public void publish(Object event) {
		bean(TransactionTemplate.class).executeWithoutResult(status -> context.publishEvent(event));
	}

	/**
	 * Mails a notice about one of the resident's ideas (mailed at once by default): the
	 * path of the one-click unsubscribe link in its header (RFC 8058).
	 */
	public String unsubscribePathOfANotice(Long account, Long ideaId) throws MessagingException {
		publish(new IdeaDecided(ideaId, account, "Bankje", ModerationDecision.PUBLISH, ""));
		MimeMessage sent = sendsOne();
		assertThat(sent.getHeader("List-Unsubscribe-Post")).containsExactly("List-Unsubscribe=One-Click");
		Matcher link = UNSUBSCRIBE.matcher(sent.getHeader("List-Unsubscribe")[0]);
		assertThat(link.matches()).as(sent.getHeader("List-Unsubscribe")[0]).isTrue();
		return link.group(1);
	}

	/** A worker like the application's, that hands its mail to this sender. */
	public MailWorker workerWith(JavaMailSender sender) {
		return workerWith(sender, bean(MailSettings.class));
	}

	/** A worker like the application's, with these settings and this sender. */
	public MailWorker workerWith(JavaMailSender sender, MailSettings settings) {
		StaticListableBeanFactory beans = new StaticListableBeanFactory();
		beans.addBean("sender", sender);
		return new MailWorker(bean(Outbox.class), bean(OutboxRepository.class), bean(JdbcClient.class),
				beans.getBeanProvider(JavaMailSender.class), bean(MailComposer.class), settings, bean(TestClock.class),
				bean(Bounces.class));
	}

	private MailTestSupport addresses() {
		return new MailTestSupport(bean(JdbcClient.class));
	}

	private <T> T bean(Class<T> type) {
		return context.getBean(type);
	}

}
