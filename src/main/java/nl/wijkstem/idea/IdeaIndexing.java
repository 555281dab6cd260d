package nl.wijkstem.idea;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.SequencedSet;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import java.util.concurrent.Executor;

import net.javacrumbs.shedlock.spring.annotation.SchedulerLock;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.modulith.events.ApplicationModuleListener;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database, on every node: rebuilt from the
 * database at start-up (the index of the last run answers searches until the new one is
 * complete), each change added on this node once its transaction has committed, and the
 * changes made on other nodes read from the shared feed ({@link SearchChanges}) every
 * second.
 * <p>
 * When the last run left an index, the rebuild runs after the application reports ready,
 * on a thread of its own ({@code wijkstem.ideas.prepare-in-background}): that index is
 * current but for what changed while the node was down, and answers until the rebuild
 * replaces it. Without one (a first start, a new node) the start waits for the rebuild,
 * so a node never takes residents with an empty search.
 */
@Component
class IdeaIndexing {

	/** How far back the feed is read again, for transactions that committed late. */
	static final Duration LATE_COMMITS = Duration.ofSeconds(30);

	/**
	 * How long the feed keeps a change; a node that was away longer rebuilds at start.
	 */
	static final Duration FEED_KEPT = Duration.ofDays(1);

	private static final int APPLIED_REMEMBERED = 10_000;

	private final IdeaRepository ideas;

	private final IdeaSearchIndex index;

	private final TransactionTemplate transaction;

	private final SearchChanges changes;

	private final Clock clock;

	/** The feed's changes this node has applied already (the last ones). */
	private final SequencedSet<Long> applied = new LinkedHashSet<>();

	private volatile long followedUpTo = -1;

	private final boolean inBackground;

	private final Executor background;

	@Autowired
	IdeaIndexing(IdeaRepository ideas, IdeaSearchIndex index, TransactionTemplate transaction, SearchChanges changes,
			Clock clock, IdeaProperties properties) {
		this(ideas, index, transaction, changes, clock, properties.prepareInBackground(),
				work -> Thread.ofVirtual().name("search-index-rebuild").start(work));
	}

	IdeaIndexing(IdeaRepository ideas, IdeaSearchIndex index, TransactionTemplate transaction, SearchChanges changes,
			Clock clock, boolean inBackground, Executor background) {
		this.ideas = ideas;
		this.index = index;
		this.transaction = transaction;
		this.changes = changes;
		this.clock = clock;
		this.inBackground = inBackground;
		this.background = background;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuildAtStart() {
		if (!inBackground || !index.foundAtStart()) {
			rebuild();
			return;
		}
		// meanwhile the last run's index answers; the feed is followed once it is done
		background.execute(AfterStart.retrying("the search index's rebuild", this::rebuild));
	}

	/** Whether the index has been rebuilt since the start and follows the feed. */
	boolean current() {
		return followedUpTo >= 0;
	}

	void rebuild() {
		// what is in the feed now is in the rebuild; what comes later is followed
		long feedBefore = changes.latest();
		transaction.executeWithoutResult(status -> {
			try (Stream<IdeaText> published = ideas.streamVisibleTexts(IdeaStatus.LISTED)) {
				index.indexAll(published::iterator);
			}
		});
		followedUpTo = feedBefore;
	}

	/**
	 * The changes of every node, this one's included (applying one twice is harmless).
	 */
	@Scheduled(fixedDelayString = "${wijkstem.search.follow-every:PT1S}", initialDelayString = "PT1S")
	synchronized void followTheFeed() {
		if (followedUpTo < 0) {
			return;
		}
		List<SearchChanges.Change> fresh = changes.since(followedUpTo, clock.instant().minus(LATE_COMMITS))
			.stream()
			.filter(change -> !applied.contains(change.id()))
			.toList();
		if (fresh.isEmpty()) {
			return;
		}
		List<Long> ideaIds = new ArrayList<>(fresh.stream().map(SearchChanges.Change::ideaId).distinct().toList());
		List<IdeaText> visible = changes.visibleTexts(ideaIds);
		Set<Long> visibleIds = visible.stream().map(IdeaText::id).collect(Collectors.toSet());
		visible.forEach(index::index);
		ideaIds.stream().filter(id -> !visibleIds.contains(id)).forEach(index::remove);
		if (fresh.stream().anyMatch(SearchChanges.Change::purge)) {
			index.purgeReplaced();
		}
		fresh.forEach(change -> applied.add(change.id()));
		while (applied.size() > APPLIED_REMEMBERED) {
			applied.removeFirst();
		}
		followedUpTo = Math.max(followedUpTo, fresh.getLast().id());
	}

	@Scheduled(cron = "${wijkstem.search.feed-cleanup-cron:0 20 * * * *}", zone = "Europe/Amsterdam")
	@SchedulerLock(name = "search-feed-cleanup")
	public void forgetOldChanges() {
		changes.forgetBefore(clock.instant().minus(FEED_KEPT));
	}

	/** Into the feed, in the transaction of the change, so no node can miss it. */
	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(IdeaPublished published) {
		changes.record(published.ideaId(), false);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(IdeaRevised revised) {
		changes.record(revised.ideaId(), false);
	}

	@TransactionalEventListener(phase = TransactionPhase.BEFORE_COMMIT)
	void record(IdeaTextRedacted redacted) {
		changes.record(redacted.ideaId(), true);
	}

	/** A moderator changed the words: search for the new ones. */
	@ApplicationModuleListener
	void on(IdeaRevised revised) {
		on(new IdeaPublished(revised.ideaId()));
	}

	/**
	 * A moderator took personal data out: the old words leave the index files as well.
	 */
	@ApplicationModuleListener
	void on(IdeaTextRedacted redacted) {
		on(new IdeaPublished(redacted.ideaId()));
		index.purgeReplaced();
	}

	@ApplicationModuleListener
	void on(IdeaPublished published) {
		ideas.findById(published.ideaId())
			.ifPresent(idea -> index.index(new IdeaText(idea.getId(), idea.getTitle(), idea.getDescription())));
	}

}
