package nl.wijkstem.idea;

import java.nio.file.Path;
import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.idea.text.TextAnalysis;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Several nodes on one database: a change another node made reaches this node's search
 * index through the shared feed, also when it committed late; an idea hidden elsewhere
 * leaves the index; and while the index is rebuilt, searches are answered from the
 * previous one instead of from an empty index.
 */
@ApplicationTest
class SearchFeedTest {

	@Autowired
	IdeaIndexing indexing;

	@Autowired
	IdeaSearchIndex index;

	@Autowired
	SearchChanges changes;

	@Autowired
	JdbcTemplate jdbc;

	@Autowired
	TransactionTemplate transaction;

	@Autowired
	Clock clock;

	Long ideaId;

	String title;

	@BeforeEach
	void aListedIdea() {
		indexing.followTheFeed();
		ideaId = jdbc.queryForObject("select min(id) from idea where status = 'PUBLISHED' and hidden = false",
				Long.class);
		title = jdbc.queryForObject("select title from idea where id = ?", String.class, ideaId);
	}

	@AfterEach
	void asItWas() {
		transaction.executeWithoutResult(status -> {
			jdbc.update("update idea set title = ?, hidden = false where id = ?", title, ideaId);
			changes.record(ideaId, false);
		});
		indexing.followTheFeed();
	}

	@Autowired
	IdeaRepository ideas;

	@Test
	void aRestartWithAnIndex_rebuildsAfterTheStart_whileTheLastRunsIndexAnswers(@TempDir Path directory) {
		Long otherId = jdbc.queryForObject("select max(id) from idea where status = 'PUBLISHED' and hidden = false",
				Long.class);
		IdeaSearchIndex lastRun = new IdeaSearchIndex(directory, new TextAnalysis(TextAnalysis.Options.SHIPPED));
		// a word no idea in the database has: only the last run's index knows it
		lastRun.index(new IdeaText(ideaId, "Qzxjvb bij de steigers", "Een qzxjvb voor iedereen."));
		lastRun.destroy();
		IdeaSearchIndex reopened = new IdeaSearchIndex(directory, new TextAnalysis(TextAnalysis.Options.SHIPPED));
		try {
			List<Runnable> background = new ArrayList<>();
			IdeaIndexing starting = new IdeaIndexing(ideas, reopened, transaction, changes, clock, true,
					background::add);

			starting.rebuildAtStart();

			assertThat(reopened.foundAtStart()).isTrue();
			assertThat(starting.current()).isFalse();
			assertThat(reopened.search("qzxjvb", 10)).containsExactly(ideaId);
			assertThat(background).hasSize(1);

			background.getFirst().run();

			assertThat(starting.current()).isTrue();
			assertThat(reopened.search("qzxjvb", 10)).isEmpty();
			assertThat(reopened
				.search(jdbc.queryForObject("select title from idea where id = ?", String.class, otherId), 10))
				.contains(otherId);
		}
		finally {
			reopened.destroy();
		}
	}

	@Test
	void aFirstStart_withoutAnIndex_waitsForTheRebuild(@TempDir Path directory) {
		IdeaSearchIndex empty = new IdeaSearchIndex(directory, new TextAnalysis(TextAnalysis.Options.SHIPPED));
		try {
			IdeaIndexing starting = new IdeaIndexing(ideas, empty, transaction, changes, clock, true, work -> {
				throw new AssertionError("a node without an index must not report ready before it has one");
			});

			starting.rebuildAtStart();

			assertThat(empty.foundAtStart()).isFalse();
			assertThat(starting.current()).isTrue();
			assertThat(empty.search(title, 10)).contains(ideaId);
		}
		finally {
			empty.destroy();
		}
	}

	@Test
	void aChangeMadeOnAnotherNode_isFoundHere_afterFollowingTheFeed() {
		asAnotherNode("update idea set title = 'Zwanenvijver met steigers' where id = ?", ideaId);
		assertThat(index.search("zwanenvijver", 10)).doesNotContain(ideaId);

		indexing.followTheFeed();

		assertThat(index.search("zwanenvijver", 10)).contains(ideaId);
	}

	@Test
	void aChangeThatCommittedLate_withAnEarlierNumber_isNotMissed() {
		transaction.executeWithoutResult(status -> {
			jdbc.update("update idea set title = 'Kikkerpoel achter de school' where id = ?", ideaId);
			// numbered before what this node has read already, committed only now
			jdbc.update("insert into search_change (id, idea_id, purge, changed_at) values (?, ?, false, ?)",
					-System.nanoTime(), ideaId, Timestamp.from(Instant.now()));
		});

		indexing.followTheFeed();

		assertThat(index.search("kikkerpoel", 10)).contains(ideaId);
	}

	@Test
	void anIdeaHiddenOnAnotherNode_leavesTheIndexHere() {
		assertThat(index.search(title, 50)).contains(ideaId);

		asAnotherNode("update idea set hidden = true where id = ?", ideaId);
		indexing.followTheFeed();

		assertThat(index.search(title, 50)).doesNotContain(ideaId);
	}

	@Test
	void whileTheIndexIsRebuilt_searchesAreAnsweredFromThePreviousOne() throws Exception {
		List<Long> before = index.search(title, 50);
		assertThat(before).contains(ideaId);
		CountDownLatch rebuilding = new CountDownLatch(1);
		CountDownLatch mayFinish = new CountDownLatch(1);
		List<IdeaText> texts = changes.visibleTexts(jdbc.queryForList("select id from idea", Long.class));
		Iterable<IdeaText> slowly = () -> new Iterator<>() {

			private final Iterator<IdeaText> inner = texts.iterator();

			@Override
			public boolean hasNext() {
				return inner.hasNext();
			}

			@Override
			public IdeaText next() {
				rebuilding.countDown();
				await(mayFinish);
				return inner.next();
			}
		};
		CompletableFuture<Void> rebuild = CompletableFuture.runAsync(() -> index.indexAll(slowly));
		assertThat(rebuilding.await(10, TimeUnit.SECONDS)).isTrue();

		assertThat(index.search(title, 50)).as("during the rebuild").isEqualTo(before);

		mayFinish.countDown();
		rebuild.get(30, TimeUnit.SECONDS);
		assertThat(index.search(title, 50)).contains(ideaId);
	}

	@Test
	void theFeedsCleanup_runsOnOneNodeAtATime() {
		Timestamp twoDaysAgo = Timestamp.from(clock.instant().minus(Duration.ofDays(2)));
		jdbc.update("insert into search_change (idea_id, purge, changed_at) values (-42, false, ?)", twoDaysAgo);
		// a cleanup that ran before this test (the job, or another test) left its row
		jdbc.update("delete from shedlock where name = 'search-feed-cleanup'");
		jdbc.update(
				"insert into shedlock (name, lock_until, locked_at, locked_by) values"
						+ " ('search-feed-cleanup', ?, current_timestamp, 'another-node')",
				Timestamp.from(Instant.now().plus(Duration.ofMinutes(10))));
		try {
			indexing.forgetOldChanges();
			assertThat(oldChanges(twoDaysAgo)).as("while another node holds the lock").isEqualTo(1);
		}
		finally {
			// the other node's lock runs out
			jdbc.update("update shedlock set lock_until = ? where name = 'search-feed-cleanup'",
					Timestamp.from(Instant.now().minus(Duration.ofMinutes(1))));
		}

		indexing.forgetOldChanges();
		assertThat(oldChanges(twoDaysAgo)).isZero();
	}

	private Integer oldChanges(Timestamp at) {
		return jdbc.queryForObject("select count(*) from search_change where idea_id = -42", Integer.class);
	}

	private void asAnotherNode(String update, Long id) {
		// another node changes the idea and writes the feed; this node hears no event
		transaction.executeWithoutResult(status -> {
			jdbc.update(update, id);
			changes.record(id, false);
		});
	}

	private static void await(CountDownLatch latch) {
		try {
			latch.await(10, TimeUnit.SECONDS);
		}
		catch (InterruptedException ex) {
			Thread.currentThread().interrupt();
		}
	}

}
