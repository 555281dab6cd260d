package nl.wijkstem.notification;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * News about one round reaches a resident on several threads at once. A join waits for
 * the one before it and builds on what it wrote: the notice ends up naming every idea,
 * and no join is refused for a stale version.
 */
@ApplicationTest
class NoticeJoinConcurrencyTest {

	@Autowired
	InAppNotices notices;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void twoJoinsAtOnce_bothCount() throws Exception {
		Long recipient = jdbc.queryForObject("select min(id) from account", Long.class);
		String link = "vote/" + UUID.randomUUID();
		transaction.executeWithoutResult(status -> notices.send(message(recipient, link, "Eerste idee")));
		// two threads of their own: the common pool may have only one on a 2-core machine
		ExecutorService threads = Executors.newFixedThreadPool(2);
		CountDownLatch firstJoined = new CountDownLatch(1);
		CountDownLatch secondStarted = new CountDownLatch(1);

		CompletableFuture<Void> first = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			notices.send(message(recipient, link, "Tweede idee"));
			firstJoined.countDown();
			await(secondStarted);
			// hold the notice a moment longer, so the second join has to wait for it
			sleep();
		}), threads);
		await(firstJoined);
		CompletableFuture<Void> second = CompletableFuture.runAsync(() -> transaction.executeWithoutResult(status -> {
			secondStarted.countDown();
			notices.send(message(recipient, link, "Derde idee"));
		}), threads);
		first.get(20, TimeUnit.SECONDS);
		second.get(20, TimeUnit.SECONDS);
		threads.shutdown();

		assertThat(jdbc.queryForList("select subject from notice where link = ?", String.class, link))
			.containsExactly("\u201CEerste idee\u201D, \u201CTweede idee\u201D, \u201CDerde idee\u201D");
	}

	private static NoticeMessage message(Long recipient, String link, String title) {
		return new NoticeMessage(recipient, "notice.ballot.ON_BALLOT.supporter", title, "Buurtbudget", link, true);
	}

	private static void await(CountDownLatch latch) {
		try {
			assertThat(latch.await(20, TimeUnit.SECONDS)).isTrue();
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

	private static void sleep() {
		try {
			Thread.sleep(300);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
