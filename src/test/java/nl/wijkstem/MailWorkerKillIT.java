package nl.wijkstem;

import java.io.IOException;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.TreeSet;

import com.icegreen.greenmail.util.GreenMail;
import com.icegreen.greenmail.util.ServerSetupTest;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.crash.ChildApplication;
import nl.wijkstem.crash.MailSendingChild;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * No mail is lost and at most one is repeated per death when the sending process dies:
 * the real application ({@link MailSendingChild}, in a JVM of its own, on the H2 file of
 * application.yml) sends {@value #MAILS} outbox mails to a real SMTP server in this JVM
 * (GreenMail, as {@code SPRING_MAIL_HOST}/{@code SPRING_MAIL_PORT}); each time the
 * server's count of received mails crosses one of a few random thresholds, the process is
 * killed with SIGKILL (no shutdown of any kind) and started again on the same data, until
 * the outbox is drained. Every mail's idempotency key ({@code X-Wijkstem-Key}) must have
 * arrived, and no more mails twice than there were kills (design §5: only the one mail
 * between the server's "accepted" and the worker's record can be repeated). Prints the
 * duplicates per thousand.
 * <p>
 * {@code -Dmail.kill.kills=10} kills more often; {@code -Dmail.kill.seed=...} repeats the
 * thresholds of a run.
 */
class MailWorkerKillIT {

	private static final int MAILS = 1000;

	/** Each kill costs a start of the application (about 15 s here). */
	private static final int KILLS = Integer.getInteger("mail.kill.kills", 4);

	private static final Duration START_AND_SEND_TIMEOUT = Duration.ofMinutes(3);

	@Test
	void killedWhileSending_losesNoMail_andRepeatsAtMostOnePerKill(@TempDir Path directory) throws Exception {
		long seed = Long.getLong("mail.kill.seed", new Random().nextLong());
		List<Integer> thresholds = thresholds(new Random(seed));
		// before anything can fail: -Dmail.kill.seed repeats these kills
		System.out.printf("MailWorkerKillIT: kills at %s received (seed %d)%n", thresholds, seed);
		GreenMail smtp = new GreenMail(ServerSetupTest.SMTP.dynamicPort());
		smtp.start();
		Instant start = Instant.now();
		int kills = 0;
		try {
			ChildApplication child = startChild(directory, 0, smtp.getSmtp().getPort());
			try {
				child.awaitLine("ENQUEUED", START_AND_SEND_TIMEOUT);
				for (int threshold : thresholds) {
					assertThat(smtp.waitForIncomingEmail(START_AND_SEND_TIMEOUT.toMillis(), threshold))
						.as("%d mails received before the kill at %d:%n%s", smtp.getReceivedMessages().length,
								threshold, child.log())
						.isTrue();
					child.kill();
					kills++;
					child = startChild(directory, kills, smtp.getSmtp().getPort());
				}
				child.awaitLine("DRAINED", START_AND_SEND_TIMEOUT);
				assertThat(child.stopsWithin(Duration.ofSeconds(60))).as("the last start stops").isTrue();
			}
			finally {
				child.kill();
			}

			Map<String, Integer> arrived = new HashMap<>();
			int unmarked = 0;
			for (MimeMessage mail : smtp.getReceivedMessages()) {
				String key = key(mail);
				if (key == null) {
					unmarked++;
				}
				else {
					arrived.merge(key, 1, Integer::sum);
				}
			}
			List<String> missing = new ArrayList<>();
			for (int i = 0; i < MAILS; i++) {
				if (!arrived.containsKey(MailSendingChild.KEY + i)) {
					missing.add(MailSendingChild.KEY + i);
				}
			}
			int duplicates = arrived.values().stream().mapToInt(count -> count - 1).sum();
			System.out.printf(
					"MailWorkerKillIT: %d mails, %d kills (at %s received, seed %d): %d duplicates "
							+ "(%.1f per thousand), %d missing, in %d s%n",
					MAILS, kills, thresholds, seed, duplicates, duplicates * 1000.0 / MAILS, missing.size(),
					Duration.between(start, Instant.now()).toSeconds());
			assertThat(unmarked).as("mails without an idempotency key").isZero();
			assertThat(missing).as("mails lost by the kills").isEmpty();
			assertThat(duplicates).as("mails sent twice").isLessThanOrEqualTo(kills);
			assertThat(outboxStates(directory)).as("the outbox after the last start").containsOnlyKeys("SENT");
		}
		finally {
			smtp.stop();
		}
	}

	/**
	 * The sending JVM, with the mail server in its environment as an operator sets it.
	 */
	private static ChildApplication startChild(Path directory, int generation, int smtpPort) throws IOException {
		return ChildApplication.start(MailSendingChild.class, directory, "child-" + generation,
				List.of("--spring.profiles.active=demo",
						// the child's own loop sends, as fast as the mail server takes it
						"--wijkstem.mail.jobs=false", "--wijkstem.mail.per-minute=1000000",
						"--kill.generation=" + generation, "--kill.mails=" + MAILS),
				Map.of("SPRING_MAIL_HOST", "127.0.0.1", "SPRING_MAIL_PORT", String.valueOf(smtpPort)));
	}

	/** Distinct counts of received mails, far enough apart that each start sends some. */
	private static List<Integer> thresholds(Random random) {
		TreeSet<Integer> chosen = new TreeSet<>();
		while (chosen.size() < KILLS) {
			int candidate = 50 + random.nextInt(MAILS - 100);
			Integer below = chosen.floor(candidate);
			Integer above = chosen.ceiling(candidate);
			if ((below == null || candidate - below >= 40) && (above == null || above - candidate >= 40)) {
				chosen.add(candidate);
			}
		}
		return List.copyOf(chosen);
	}

	private static String key(MimeMessage mail) throws MessagingException {
		String[] header = mail.getHeader("X-Wijkstem-Key");
		return header == null ? null : header[0];
	}

	private static Map<String, Integer> outboxStates(Path directory) throws Exception {
		String url = "jdbc:h2:file:" + directory.resolve("data/wijkstem").toAbsolutePath();
		Map<String, Integer> states = new HashMap<>();
		try (Connection database = DriverManager.getConnection(url, "sa", "");
				ResultSet rows = database.createStatement()
					.executeQuery("select status, count(*) from email_outbox where idempotency_key like '"
							+ MailSendingChild.KEY + "%' group by status")) {
			while (rows.next()) {
				states.put(rows.getString(1), rows.getInt(2));
			}
		}
		return states;
	}

}
