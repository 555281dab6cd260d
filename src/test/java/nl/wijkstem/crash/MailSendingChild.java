package nl.wijkstem.crash;

import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.PrintStream;
import java.io.UnsupportedEncodingException;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

import nl.wijkstem.WijkstemApplication;
import nl.wijkstem.notification.mail.MailWorker;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.support.GenericApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * The application side of {@code MailWorkerKillIT}, in a JVM of its own so that it can be
 * killed: the real application (its configuration, its H2 file in the working directory,
 * the mail server from {@code SPRING_MAIL_HOST}/{@code SPRING_MAIL_PORT}) whose outbox
 * worker sends as fast as it can. The first start puts {@code --kill.mails} confirmation
 * mails in the outbox in one transaction and says {@code ENQUEUED}; every start then runs
 * the worker until nothing is pending, says {@code DRAINED} and stops.
 * <p>
 * Start number {@code --kill.generation} runs on a clock that far past the outbox's lease
 * ahead of the real one, as if each restart came after the lease of the killed worker's
 * mails ended: the test then waits for starts, not for leases.
 */
public final class MailSendingChild {

	/** The prefix of the test's idempotency keys. */
	public static final String KEY = "kill:";

	private MailSendingChild() {
	}

	public static void main(String[] args) throws UnsupportedEncodingException {
		PrintStream out = new PrintStream(new FileOutputStream(FileDescriptor.out), true, "UTF-8");
		int generation = Integer.parseInt(argument(args, "--kill.generation=", "0"));
		int mails = Integer.parseInt(argument(args, "--kill.mails=", "1000"));
		Clock later = Clock.offset(Clock.systemUTC(), Duration.ofMinutes(6L * generation));
		// registered here, not as a configuration class: the application's component scan
		// would find that on the test class path and give every test context a second
		// clock
		ConfigurableApplicationContext context = new SpringApplicationBuilder(WijkstemApplication.class)
			.initializers(made -> ((GenericApplicationContext) made).registerBean("laterClock", Clock.class,
					() -> later, definition -> definition.setPrimary(true)))
			.run(args);
		try {
			enqueueOnce(context, mails, out);
			MailWorker worker = context.getBean(MailWorker.class);
			JdbcClient jdbc = context.getBean(JdbcClient.class);
			while (worker.sendDue() > 0 || pending(jdbc) > 0) {
				if (pending(jdbc) > 0) {
					// pending but not due yet (a retry after a passing failure)
					Thread.sleep(200);
				}
			}
			out.println("DRAINED");
			context.close();
		}
		catch (RuntimeException | Error | InterruptedException ex) {
			ex.printStackTrace();
			System.exit(1);
		}
	}

	private static void enqueueOnce(ConfigurableApplicationContext context, int mails, PrintStream out) {
		JdbcClient jdbc = context.getBean(JdbcClient.class);
		Clock clock = context.getBean(Clock.class);
		boolean enqueued = context.getBean(TransactionTemplate.class).execute(status -> {
			int there = jdbc.sql("select count(*) from email_outbox where idempotency_key like :key")
				.param("key", KEY + "%")
				.query(Integer.class)
				.single();
			if (there > 0) {
				return false;
			}
			Long account = jdbc.sql("select min(id) from account").query(Long.class).single();
			Instant now = clock.instant();
			for (int i = 0; i < mails; i++) {
				jdbc.sql("""
						insert into email_outbox (idempotency_key, account_id, kind, payload, urgent, status,
						  attempts, next_attempt_at, created_at)
						values (:key, :account, 'CONFIRMATION', :payload, true, 'PENDING', 0, :now, :now)""")
					.param("key", KEY + i)
					.param("account", account)
					.param("payload",
							"""
									{"to":"kill%d@example.org","token":"t%d","language":"nl","expiresAt":"%s"}"""
								.formatted(i, i, now.plus(Duration.ofDays(1))))
					.param("now", Timestamp.from(now))
					.update();
			}
			return true;
		});
		if (enqueued) {
			// after the commit: from here on every one of them must arrive
			out.println("ENQUEUED " + mails);
		}
	}

	private static int pending(JdbcClient jdbc) {
		return jdbc.sql("select count(*) from email_outbox where status = 'PENDING'").query(Integer.class).single();
	}

	private static String argument(String[] args, String prefix, String otherwise) {
		for (String arg : args) {
			if (arg.startsWith(prefix)) {
				return arg.substring(prefix.length());
			}
		}
		return otherwise;
	}

}
