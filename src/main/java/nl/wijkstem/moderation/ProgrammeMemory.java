package nl.wijkstem.moderation;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import nl.wijkstem.base.SharedVersions;
import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionalEventListener;

/**
 * The public programme overview as last read, per language and length: the most visited
 * page need not count all ideas and supporters for every visitor. Forgotten after every
 * moderation action (once it is committed), so moderators' changes show at once; new
 * supports show within {@link #FRESHNESS}. A moderation action on another node raises a
 * shared version, which forgets here too.
 */
@Component
class ProgrammeMemory {

	static final Duration FRESHNESS = Duration.ofSeconds(30);

	private final Map<String, Remembered> overviews = new ConcurrentHashMap<>();

	/** Raised by every forgetting, so a read that overlapped a change is not kept. */
	private final AtomicLong generation = new AtomicLong();

	private final Clock clock;

	private final SharedVersions versions;

	private volatile long version = -1;

	ProgrammeMemory(Clock clock, SharedVersions versions) {
		this.clock = clock;
		this.versions = versions;
	}

	List<GoalOverview> recall(String key, Supplier<List<GoalOverview>> read) {
		long stored = versions.current(SharedVersions.PROGRAMME_OVERVIEW);
		if (stored != version) {
			forget();
			version = stored;
		}
		Instant now = clock.instant();
		Remembered remembered = overviews.get(key);
		if (remembered != null && now.isBefore(remembered.at().plus(FRESHNESS))) {
			return remembered.goals();
		}
		long before = generation.get();
		List<GoalOverview> goals = read.get();
		if (generation.get() == before) {
			overviews.put(key, new Remembered(now, goals));
		}
		return goals;
	}

	/** Tells the other nodes, in the transaction of the action. */
	@EventListener
	void raise(ModerationActionTaken action) {
		versions.raise(SharedVersions.PROGRAMME_OVERVIEW);
	}

	/** A group or an idea's place changed: the overview is read afresh. */
	@TransactionalEventListener(fallbackExecution = true)
	void on(ModerationActionTaken action) {
		forget();
	}

	void forget() {
		generation.incrementAndGet();
		overviews.clear();
	}

	private record Remembered(Instant at, List<GoalOverview> goals) {
	}

}
