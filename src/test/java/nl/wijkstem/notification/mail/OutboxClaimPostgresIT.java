package nl.wijkstem.notification.mail;

import java.time.Instant;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.support.PostgresTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * On PostgreSQL two workers claiming at once take different mails (the rows one holds are
 * skipped, not waited for), and a claimed mail is not due again before its lease ends.
 */
@PostgresTest
class OutboxClaimPostgresIT {

	@Autowired
	Outbox outbox;

	@Autowired
	OutboxRepository mails;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void twoWorkersTakeDifferentMailsAndALeaseKeepsThemTaken() throws Exception {
		Instant now = Instant.now();
		Long account = jdbc.queryForObject("""
				insert into account (version, issuer, subject_hash, display_name, created_at, last_sign_in_at, staff)
				values (0, 'test', ?, 'Outbox', now(), now(), false) returning id""", Long.class,
				UUID.randomUUID().toString());
		List<Long> mine = new ArrayList<>();
		for (int i = 0; i < 6; i++) {
			mine.add(mails
				.save(new OutboxMail("t:" + UUID.randomUUID(), account, OutboxMail.Kind.NOTICE, "{}", false, now))
				.getId());
		}

		CountDownLatch holding = new CountDownLatch(1);
		CountDownLatch done = new CountDownLatch(1);
		CompletableFuture<List<Long>> first = CompletableFuture.supplyAsync(() -> transaction.execute(status -> {
			List<Long> held = jdbc.queryForList("""
					select id from email_outbox where status = 'PENDING' and account_id = ?
					order by id fetch first 3 rows only for update skip locked""", Long.class, account);
			holding.countDown();
			try {
				done.await(10, TimeUnit.SECONDS);
			}
			catch (InterruptedException ex) {
				Thread.currentThread().interrupt();
			}
			return held;
		}));
		assertThat(holding.await(10, TimeUnit.SECONDS)).isTrue();
		List<Long> second = outbox.claim(now, 100, false);
		done.countDown();
		List<Long> held = first.get(10, TimeUnit.SECONDS);

		Set<Long> secondMine = new HashSet<>(second);
		secondMine.retainAll(mine);
		assertThat(held).hasSize(3);
		assertThat(secondMine).as("the rows the first worker holds are skipped").doesNotContainAnyElementsOf(held);
		assertThat(secondMine).hasSize(3);

		assertThat(outbox.claim(now, 100, false)).as("leased").doesNotContainAnyElementsOf(secondMine);
		assertThat(outbox.claim(now.plus(Outbox.LEASE).plusSeconds(1), 100, false)).as("due again when the lease ended")
			.containsAll(secondMine);
	}

}
