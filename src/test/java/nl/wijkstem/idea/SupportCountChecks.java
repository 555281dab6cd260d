package nl.wijkstem.idea;

import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An idea's support count is never lost to a write of the idea that read it earlier. Run
 * on H2 and on PostgreSQL by the subclasses.
 */
abstract class SupportCountChecks {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	IdeaRepository repository;

	@Autowired
	DemoUsers demo;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	private Long publishedIdea(String title) {
		return fixture.published(title + " " + IdeaFixture.unique(), null);
	}

	/** The count the idea shows, and the supports residents gave it. */
	private List<Integer> countAndSupports(Long ideaId) {
		return List.of(jdbc.queryForObject("select support_count from idea where id = ?", Integer.class, ideaId),
				jdbc.queryForObject("select count(*) from idea_support where idea_id = ?", Integer.class, ideaId));
	}

	@Test
	void aSupportGivenWhileAModeratorHasTheIdeaOpen_survivesTheModeratorsSave() throws Exception {
		Long id = publishedIdea("Bankjes langs de Krabbeplas");
		CountDownLatch loaded = new CountDownLatch(1);
		CountDownLatch supported = new CountDownLatch(1);
		ExecutorService pool = Executors.newSingleThreadExecutor();
		Future<?> moderatorsSave = pool.submit(() -> transaction.executeWithoutResult(tx -> {
			Idea idea = repository.findById(id).orElseThrow();
			loaded.countDown();
			await(supported);
			idea.progress(IdeaStatus.UNDER_CONSIDERATION, clock.instant());
		}));
		loaded.await(1, TimeUnit.MINUTES);
		demo.signIn("fatima");
		assertThat(ideas.support(id)).isTrue();
		supported.countDown();
		moderatorsSave.get(1, TimeUnit.MINUTES);
		pool.shutdown();

		assertThat(countAndSupports(id)).containsExactly(1, 1);
		assertThat(jdbc.queryForObject("select status from idea where id = ?", String.class, id))
			.isEqualTo("UNDER_CONSIDERATION");
	}

	@Test
	void supportsAndWithdrawals_racingModeratorsStatusUpdates_endWithTheRightCount() throws Exception {
		Long id = publishedIdea("Meer licht in het Marnixplantsoen");
		ExecutorService pool = Executors.newFixedThreadPool(3);
		CountDownLatch start = new CountDownLatch(1);
		List<Future<Integer>> done = new ArrayList<>();
		for (String resident : List.of("kees", "fatima")) {
			done.add(pool.submit(as(resident, () -> {
				start.await();
				for (int round = 0; round < 25; round++) {
					ideas.support(id);
					if (round % 2 == 0) {
						ideas.withdrawSupport(id);
					}
				}
				ideas.support(id);
				return 0;
			})));
		}
		done.add(pool.submit(as("moderator", () -> {
			start.await();
			int saved = 0;
			for (int round = 0; round < 25; round++) {
				IdeaStatus next = round % 2 == 0 ? IdeaStatus.UNDER_CONSIDERATION : IdeaStatus.PUBLISHED;
				try {
					moderation.updateStatus(id, version(id), next, "We kijken of dit past in de plannen.");
					saved++;
				}
				catch (Rejection changedMeanwhile) {
					// another save came first; the next round tries again
				}
			}
			return saved;
		})));
		start.countDown();
		for (Future<Integer> future : done) {
			future.get(5, TimeUnit.MINUTES);
		}
		pool.shutdown();

		List<Integer> countAndSupports = countAndSupports(id);
		assertThat(countAndSupports.get(0)).isEqualTo(countAndSupports.get(1));
		assertThat(countAndSupports.get(1)).isEqualTo(2);
	}

	@Test
	void everyIdea_showsAsManySupportsAsItHas() {
		assertThat(jdbc.queryForList("""
				select i.id from idea i
				where i.support_count <> (select count(*) from idea_support s where s.idea_id = i.id)""", Long.class))
			.isEmpty();
	}

	private int version(Long ideaId) {
		return jdbc.queryForObject("select version from idea where id = ?", Integer.class, ideaId);
	}

	private <T> Callable<T> as(String username, Callable<T> work) {
		return () -> {
			demo.signIn(username);
			try {
				return work.call();
			}
			finally {
				SignIn.out();
			}
		};
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(1, TimeUnit.MINUTES);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
			throw new IllegalStateException(ex);
		}
	}

}
