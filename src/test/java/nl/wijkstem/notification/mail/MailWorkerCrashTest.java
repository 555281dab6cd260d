package nl.wijkstem.notification.mail;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import java.util.stream.Collectors;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The worker dies in the middle of a batch, once just before the mail server accepts a
 * mail and once just after it accepted one but before that was recorded; a worker that
 * starts after the lease sends the rest. Every mail arrives, and only the one that was
 * between "accepted" and "recorded" arrives twice. (In one JVM: the death is an
 * {@link Error} thrown out of the sender. The kill of a real process is
 * docs/email/design.md §5, test 2.)
 */
@ApplicationTest
class MailWorkerCrashTest {

	private static final int MAILS = 5;

	/** The worker dies at the third mail of the batch. */
	private static final int DIES_AT = 3;

	@Autowired
	OutboxRepository mails;

	@Autowired
	TestClock clock;

	@Autowired
	MailWorker worker;

	@Autowired
	GreenMail smtp;

	@Autowired
	JavaMailSender realSender;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@RegisterExtension
	final MailFixture mail = MailFixture.startingNow();

	static final class Death extends Error {

		Death() {
			super("the worker died");
		}

	}

	@ParameterizedTest(name = "dies {0} the server accepted a mail")
	@ValueSource(strings = { "before", "after" })
	void everyMailArrivesAndOnlyTheOneInFlightMayArriveTwice(String when) throws Exception {
		ResidencyTestSupport.signInAsNewResident(events, "Crash Bewoner", Map.of());
		Long account = accounts.currentAccountId().orElseThrow();
		Instant now = clock.instant();
		List<String> keys = new ArrayList<>();
		for (int i = 0; i < MAILS; i++) {
			String key = "crash:" + when + ":" + System.nanoTime() + ":" + i;
			keys.add(key);
			mails.save(new OutboxMail(key, account, OutboxMail.Kind.CONFIRMATION, """
					{"to":"crash%d@example.org","token":"t%d","language":"nl","expiresAt":"%s"}""".formatted(i, i,
					now.plus(Duration.ofDays(1))), true, now));
		}

		AtomicInteger handedOver = new AtomicInteger();
		JavaMailSenderImpl real = (JavaMailSenderImpl) realSender;
		JavaMailSender dying = new JavaMailSenderImpl() {
			{
				setHost(real.getHost());
				setPort(real.getPort());
			}

			@Override
			public void send(MimeMessage message) {
				boolean dies = handedOver.incrementAndGet() == DIES_AT;
				if (dies && when.equals("before")) {
					throw new Death();
				}
				super.send(message);
				if (dies) {
					throw new Death();
				}
			}
		};
		assertThatThrownBy(() -> mail.workerWith(dying).sendDue()).isInstanceOf(Death.class);

		assertThat(worker.sendDue()).as("nothing before the lease ends").isZero();
		clock.moveBy(Outbox.LEASE.plusSeconds(1));
		mail.sendAllDue();

		Map<String, Long> arrived = Arrays.stream(smtp.getReceivedMessages())
			.map(MailWorkerCrashTest::key)
			.filter(keys::contains)
			.collect(Collectors.groupingBy(Function.identity(), Collectors.counting()));
		assertThat(arrived.keySet()).as("none lost").containsExactlyInAnyOrderElementsOf(keys);
		assertThat(arrived.get(keys.get(DIES_AT - 1))).as("the one in flight")
			.isEqualTo(when.equals("after") ? 2L : 1L);
		assertThat(arrived.values().stream().mapToLong(Long::longValue).sum()).as("no other duplicate")
			.isEqualTo(MAILS + (when.equals("after") ? 1 : 0));
		assertThat(mails.findByAccountIdOrderByIdAsc(account)).extracting(OutboxMail::getStatus)
			.containsOnly(OutboxMail.Status.SENT);
	}

	private static String key(MimeMessage message) {
		try {
			String[] header = message.getHeader("X-Wijkstem-Key");
			return header == null ? "" : header[0];
		}
		catch (MessagingException ex) {
			throw new IllegalStateException(ex);
		}
	}

}
