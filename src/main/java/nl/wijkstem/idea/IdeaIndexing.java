package nl.wijkstem.idea;

import java.util.stream.Stream;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Component;
import org.springframework.transaction.event.TransactionPhase;
import org.springframework.transaction.event.TransactionalEventListener;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Keeps the search index in step with the database: rebuilt from it at start-up, and each
 * published idea added once its transaction has committed.
 */
@Component
class IdeaIndexing {

	private final IdeaRepository ideas;

	private final IdeaSearchIndex index;

	private final TransactionTemplate transaction;

	IdeaIndexing(IdeaRepository ideas, IdeaSearchIndex index, TransactionTemplate transaction) {
		this.ideas = ideas;
		this.index = index;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void rebuild() {
		transaction.executeWithoutResult(status -> {
			try (Stream<IdeaText> published = ideas.streamVisibleTexts(IdeaStatus.listed())) {
				index.indexAll(published::iterator);
			}
		});
	}

	/** A moderator changed the words: search for the new ones. */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(IdeaRevised revised) {
		on(new IdeaPublished(revised.ideaId()));
	}

	/**
	 * A moderator took personal data out: the old words leave the index files as well.
	 */
	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(IdeaTextRedacted redacted) {
		on(new IdeaPublished(redacted.ideaId()));
		index.purgeReplaced();
	}

	@TransactionalEventListener(phase = TransactionPhase.AFTER_COMMIT)
	void on(IdeaPublished published) {
		ideas.findById(published.ideaId())
			.ifPresent(idea -> index.index(new IdeaText(idea.getId(), idea.getTitle(), idea.getDescription())));
	}

}
