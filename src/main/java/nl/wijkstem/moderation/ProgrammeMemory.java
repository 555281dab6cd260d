package nl.wijkstem.moderation;

import java.util.List;
import java.util.function.Supplier;

import nl.wijkstem.base.Caches;
import nl.wijkstem.base.SharedVersions;
import nl.wijkstem.audit.ModerationActionTaken;

import org.springframework.cache.Cache;
import org.springframework.cache.CacheManager;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;

/**
 * The public programme overview as last read, per language and length: the most visited
 * page need not count all ideas and supporters for every visitor. New supports show
 * within {@link Caches#PROGRAMME_OVERVIEW_FRESH_FOR}. Every moderation action raises the
 * shared overview version in its own transaction, on whichever node it happens, and the
 * version is part of the cache key: once the action is committed every node reads the
 * overview afresh, and a read that overlapped the action was kept under the old version,
 * which nobody asks for again.
 */
@Component
class ProgrammeMemory {

	private final SharedVersions versions;

	private final Cache overviews;

	ProgrammeMemory(SharedVersions versions, CacheManager caches) {
		this.versions = versions;
		this.overviews = caches.getCache(Caches.PROGRAMME_OVERVIEW);
	}

	@SuppressWarnings("unchecked")
	List<GoalOverview> recall(String key, Supplier<List<GoalOverview>> read) {
		Key versioned = new Key(versions.current(SharedVersions.PROGRAMME_OVERVIEW), key);
		List<GoalOverview> remembered = overviews.get(versioned, List.class);
		if (remembered != null) {
			return remembered;
		}
		// not Cache.get(key, loader), which would wrap a failed read in its own exception
		List<GoalOverview> goals = read.get();
		overviews.put(versioned, goals);
		return goals;
	}

	/** In the transaction of the action: both are seen together, on every node. */
	@EventListener
	void raise(ModerationActionTaken action) {
		versions.raise(SharedVersions.PROGRAMME_OVERVIEW);
	}

	void forget() {
		overviews.clear();
	}

	private record Key(long version, String overview) {
	}

}
