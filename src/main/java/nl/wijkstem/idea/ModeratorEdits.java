package nl.wijkstem.idea;

import nl.wijkstem.base.Rejection;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Component;

/**
 * The optimistic check of every moderator action: the idea must still be the version the
 * moderator saw, and a change by someone else while saving is told, never lost or applied
 * twice.
 */
@Component
class ModeratorEdits {

	private final IdeaRepository ideas;

	ModeratorEdits(IdeaRepository ideas) {
		this.ideas = ideas;
	}

	/** The idea as the moderator saw it; refused when it changed since. */
	Idea atVersion(Long ideaId, int expectedVersion) {
		Idea idea = ideas.findById(ideaId).orElseThrow(() -> new Rejection("idea.error.notFound"));
		if (idea.getVersion() != expectedVersion) {
			throw new Rejection("moderation.error.changedMeanwhile");
		}
		return idea;
	}

	/** Writes now, so that a change by someone else in the meantime is told, not lost. */
	void flushOrConflict() {
		try {
			ideas.flush();
		}
		catch (OptimisticLockingFailureException concurrentChange) {
			throw new Rejection("moderation.error.changedMeanwhile");
		}
	}

}
