package nl.wijkstem.notification.mail;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.lang.management.ManagementFactory;
import java.lang.management.ThreadMXBean;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Properties;

import com.icegreen.greenmail.util.GreenMail;
import jakarta.mail.MessagingException;
import jakarta.mail.internet.MimeMessage;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Tag;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.mail.javamail.JavaMailSender;
import org.springframework.mail.javamail.JavaMailSenderImpl;
import org.springframework.mail.javamail.MimeMessageHelper;
import org.springframework.test.context.TestPropertySource;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The performance target of the e-mail issue: a weekly digest for 20,000 residents with
 * 50 followed items each is made, composed and handed to the mail server (GreenMail on
 * loopback, in this JVM) in at most 2 minutes. Beside it, in the same run, GreenMail's
 * own ingestion rate: pre-built messages of the same size sent straight to it with the
 * same {@link JavaMailSender}, one connection per mail (as the worker does) and several
 * over one connection. Prints a table and writes it to
 * {@code target/benchmark-digest.md}. Not part of the test suite:
 * {@code ./mvnw -Pbenchmark test -Dtest=DigestBenchmarkTest}.
 */
@Tag("benchmark")
@ApplicationTest
@TestPropertySource(properties = {
		"spring.datasource.url=jdbc:h2:mem:digest-benchmark;DB_CLOSE_DELAY=-1;OPTIMIZE_REUSE_RESULTS=FALSE",
		"spring.jpa.properties.hibernate.generate_statistics=false",
		// the worker takes the whole backlog in one round; the limit is the mail server's
		"wijkstem.mail.per-minute=1000000" })
class DigestBenchmarkTest {

	static final int RESIDENTS = Integer.getInteger("benchmark.residents", 20_000);

	static final int ITEMS = 50;

	/** Pre-built messages sent straight to GreenMail, per way of sending. */
	static final int RAW = Integer.getInteger("benchmark.raw", 5_000);

	/** Messages per connection when several are sent over one, as the worker does. */
	static final int PER_CONNECTION = MailConnection.MAILS_PER_CONNECTION;

	/**
	 * Whether the client's SMTP sockets send at once ({@code TCP_NODELAY}); without it
	 * each mail waits about 40 ms for the server's delayed acknowledgement (Nagle's
	 * algorithm).
	 */
	static final boolean NO_DELAY = Boolean.parseBoolean(System.getProperty("benchmark.no-delay", "true"));

	/** Monday 14 December 2026, 07:00:30 in Amsterdam: the weekly digest is due. */
	static final Instant MONDAY_MORNING = Instant.parse("2026-12-14T06:00:30Z");

	@Autowired
	DigestJob digests;

	@Autowired
	MailWorker worker;

	@Autowired
	MailComposer composer;

	@Autowired
	MailSettings settings;

	@Autowired
	JavaMailSender sender;

	@Autowired
	GreenMail smtp;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TestClock clock;

	private final Map<String, String> table = new LinkedHashMap<>();

	private final ThreadMXBean threads = ManagementFactory.getThreadMXBean();

	@Test
	void weeklyDigestFor20000Residents() throws Exception {
		double loadBefore = ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage();
		JavaMailSenderImpl impl = (JavaMailSenderImpl) sender;
		Properties configured = impl.getJavaMailProperties();
		// the production sender's sockets send at once (MailSockets); without that
		// factory
		// Nagle's algorithm is on, the JDK's default, for the comparison
		Properties plain = new Properties();
		plain.putAll(configured);
		plain.remove(MailSockets.FACTORY);
		try {
			if (!NO_DELAY) {
				impl.setJavaMailProperties(plain);
			}
			table.put("client sockets", NO_DELAY ? "TCP_NODELAY (as configured by `MailSockets`)"
					: "Nagle on (`-Dbenchmark.no-delay=false`)");
			clock.moveTo(MONDAY_MORNING.minus(Duration.ofDays(3)));
			long seedStart = System.nanoTime();
			List<Long> residents = seed();
			table.put("seeding (JDBC batches, untimed for the target)",
					String.format("%.1f s: %,d residents with a confirmed address, %,d weekly digest items",
							seconds(seedStart), residents.size(), residents.size() * ITEMS));
			smtp.purgeEmailFromAllMailboxes();
			clock.moveTo(MONDAY_MORNING);

			long cpuStart = threads.getCurrentThreadCpuTime();
			long start = System.nanoTime();
			int made = digests.makeDue();
			double making = seconds(start);
			int sent = 0;
			int round;
			while ((round = worker.sendDue()) > 0) {
				sent += round;
			}
			double total = seconds(start);
			double cpu = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
			assertThat(made).isEqualTo(RESIDENTS);
			assertThat(sent).isEqualTo(RESIDENTS);
			assertThat(smtp.getReceivedMessages()).hasSize(RESIDENTS);
			assertThat(jdbc.queryForObject("select count(*) from email_outbox where status = 'SENT'", Integer.class))
				.isEqualTo(RESIDENTS);
			MimeMessage sample = smtp.getReceivedMessages()[0];
			int size = size(sample);
			smtp.purgeEmailFromAllMailboxes();
			double workerRate = RESIDENTS / total;
			double workerAloneRate = RESIDENTS / (total - making);
			table.put("digests made (`DigestJob.makeDue`: outbox rows, items taken)",
					String.format("%.1f s for %,d digests", making, made));
			table.put("composed and handed to GreenMail (`MailWorker` alone)",
					String.format("%.1f s, %.0f mails/s", total - making, workerAloneRate));
			table.put("**made, composed and handed to GreenMail** (job + `MailWorker`; target ≤ 120 s)",
					String.format("**%.1f s, %.0f mails/s** (worker thread CPU %.1f s)", total, workerRate, cpu));
			table.put("one digest", String.format("%,d items, %,d bytes as sent (MIME, text + HTML)", ITEMS, size));

			List<MimeMessage> prebuilt = prebuilt(residents);
			double composeRate = composeOnly(residents);
			table.put("composing alone (items read, `MailComposer.digest`, MIME message built; no SMTP)",
					String.format("%.0f mails/s", composeRate));

			long oneStart = System.nanoTime();
			for (MimeMessage message : prebuilt) {
				sender.send(message);
			}
			double oneRate = RAW / seconds(oneStart);
			smtp.purgeEmailFromAllMailboxes();
			long batchStart = System.nanoTime();
			for (int from = 0; from < RAW; from += PER_CONNECTION) {
				sender.send(prebuilt.subList(from, Math.min(RAW, from + PER_CONNECTION)).toArray(MimeMessage[]::new));
			}
			double batchRate = RAW / seconds(batchStart);
			assertThat(smtp.getReceivedMessages()).hasSize(RAW);
			smtp.purgeEmailFromAllMailboxes();
			table.put("GreenMail ingestion, pre-built messages of that size, one connection per mail",
					String.format("%.0f mails/s (%,d mails)", oneRate, RAW));
			table.put("GreenMail ingestion, " + PER_CONNECTION + " mails per connection (`send(MimeMessage...)`)",
					String.format("%.0f mails/s (%,d mails)", batchRate, RAW));
			if (NO_DELAY) {
				JavaMailSenderImpl nagle = new JavaMailSenderImpl();
				nagle.setHost(impl.getHost());
				nagle.setPort(impl.getPort());
				nagle.setJavaMailProperties(plain);
				List<MimeMessage> few = prebuilt.subList(0, 200);
				long nagleStart = System.nanoTime();
				for (MimeMessage message : few) {
					nagle.send(message);
				}
				double nagleOne = few.size() / seconds(nagleStart);
				nagleStart = System.nanoTime();
				for (int from = 0; from < few.size(); from += PER_CONNECTION) {
					nagle.send(
							few.subList(from, Math.min(few.size(), from + PER_CONNECTION)).toArray(MimeMessage[]::new));
				}
				double nagleBatch = few.size() / seconds(nagleStart);
				smtp.purgeEmailFromAllMailboxes();
				table.put(
						"for comparison: GreenMail ingestion without TCP_NODELAY (one per connection; " + PER_CONNECTION
								+ " per connection)",
						String.format("%.0f mails/s; %.0f mails/s (%d mails)", nagleOne, nagleBatch, few.size()));
			}
			table.put(
					"**ratio worker / GreenMail ingestion, " + PER_CONNECTION
							+ " per connection** (worker alone; job + worker; against one connection per mail)",
					String.format("**%.2f**; %.2f; %.2f", workerAloneRate / batchRate, workerRate / batchRate,
							workerRate / oneRate));
			table.put("load average before / after", String.format("%.1f / %.1f", loadBefore,
					ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage()));
			report();
			assertThat(total).as("seconds for the weekly digests").isLessThanOrEqualTo(120);
		}
		finally {
			impl.setJavaMailProperties(configured);
			clock.reset();
		}
	}

	/** Residents with a confirmed address and 50 weekly items each, from last week. */
	private List<Long> seed() {
		String marker = "digest-bench-" + System.nanoTime();
		Timestamp lastWeek = Timestamp.from(clock.instant());
		List<Object[]> accounts = new ArrayList<>(RESIDENTS);
		for (int i = 0; i < RESIDENTS; i++) {
			accounts.add(new Object[] { marker + "-" + i, "Bewoner " + i, lastWeek, lastWeek });
		}
		jdbc.batchUpdate("""
				insert into account (version, issuer, subject_hash, display_name, created_at, last_sign_in_at)
				values (0, 'bulk-seed', ?, ?, ?, ?)""", accounts);
		List<Long> ids = jdbc.queryForList("select id from account where subject_hash like ? order by id", Long.class,
				marker + "-%");
		List<Object[]> addresses = new ArrayList<>(ids.size());
		for (Long id : ids) {
			addresses.add(new Object[] { id, "bewoner" + id + "@example.org", lastWeek, id % 5 == 0 ? "en" : "nl",
					lastWeek });
		}
		jdbc.batchUpdate("""
				insert into email_address (version, account_id, address, source, confirmed_at, language, created_at)
				values (0, ?, ?, 'RESIDENT', ?, ?, ?)""", addresses);
		List<Object[]> items = new ArrayList<>();
		for (Long id : ids) {
			for (int i = 0; i < ITEMS; i++) {
				long idea = 1_000 + (id * 7 + i * 13) % 5_000;
				String payload = new NoticePayload("notice.supported",
						"Idee " + idea + ": meer groen en bankjes in de wijk",
						"Het programmabureau heeft het idee besproken en gaat het in het voorjaar uitvoeren.",
						"ideas/" + idea, NoticeKind.FOLLOWED)
					.json();
				items.add(new Object[] { "bench:" + id + ":" + i, id, NoticeKind.FOLLOWED.name(), Cadence.WEEKLY.name(),
						payload, Timestamp.from(lastWeek.toInstant().plus(Duration.ofMinutes(i))) });
			}
			if (items.size() >= 20_000) {
				insertItems(items);
			}
		}
		insertItems(items);
		return ids;
	}

	private void insertItems(List<Object[]> items) {
		jdbc.batchUpdate("""
				insert into digest_item (idempotency_key, account_id, kind, cadence, payload, created_at)
				values (?, ?, ?, ?, ?, ?)""", items);
		items.clear();
	}

	/** Messages as the worker builds them, for residents' digests as they were sent. */
	private List<MimeMessage> prebuilt(List<Long> residents) throws MessagingException {
		List<MimeMessage> messages = new ArrayList<>(RAW);
		for (int i = 0; i < RAW; i++) {
			messages.add(message(residents.get(i % residents.size())));
		}
		return messages;
	}

	/** What the worker does before SMTP, for as many digests as are sent raw. */
	private double composeOnly(List<Long> residents) throws MessagingException, IOException {
		long start = System.nanoTime();
		for (int i = 0; i < RAW; i++) {
			size(message(residents.get(i % residents.size())));
		}
		return RAW / seconds(start);
	}

	private MimeMessage message(Long resident) throws MessagingException {
		List<NoticePayload> items = jdbc
			.queryForList("select payload from digest_item where account_id = ? order by created_at desc, id desc",
					String.class, resident)
			.stream()
			.map(NoticePayload::of)
			.toList();
		MailRecipient to = jdbc.queryForObject("select id, address, language from email_address where account_id = ?",
				(row, index) -> new MailRecipient(resident, row.getLong(1), row.getString(2), row.getString(3)),
				resident);
		ComposedMail composed = composer.digest(items, Cadence.WEEKLY, to);
		MimeMessage message = sender.createMimeMessage();
		MimeMessageHelper helper = new MimeMessageHelper(message, true, StandardCharsets.UTF_8.name());
		helper.setFrom(settings.from());
		helper.setTo(composed.to());
		helper.setSubject(composed.subject());
		helper.setText(composed.text(), composed.html());
		message.setHeader("X-Wijkstem-Key", "raw:" + resident);
		message.saveChanges();
		return message;
	}

	private static int size(MimeMessage message) throws MessagingException, IOException {
		ByteArrayOutputStream bytes = new ByteArrayOutputStream();
		message.writeTo(bytes);
		return bytes.size();
	}

	private static double seconds(long since) {
		return (System.nanoTime() - since) / 1e9;
	}

	private void report() {
		StringBuilder markdown = new StringBuilder("| measurement (h2) | result |\n|---|---|\n");
		table.forEach((name, value) -> markdown.append("| ").append(name).append(" | ").append(value).append(" |\n"));
		System.out.println(markdown);
		try {
			Files.writeString(Path.of("target", "benchmark-digest.md"), markdown);
		}
		catch (IOException ex) {
			throw new UncheckedIOException(ex);
		}
	}

}
