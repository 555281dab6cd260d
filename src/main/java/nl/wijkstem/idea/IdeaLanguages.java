package nl.wijkstem.idea;

import java.util.List;

import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.event.EventListener;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Component;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * Ideas written before Wijkstem guessed languages get their guess at start-up, a batch at
 * a time. The update leaves the idea's version alone: a moderator who has it open can
 * still act on it.
 */
@Component
class IdeaLanguages {

	private static final int BATCH = 200;

	private final IdeaRepository ideas;

	private final TransactionTemplate transaction;

	IdeaLanguages(IdeaRepository ideas, TransactionTemplate transaction) {
		this.ideas = ideas;
		this.transaction = transaction;
	}

	@EventListener(ApplicationReadyEvent.class)
	void guessMissing() {
		List<IdeaText> batch;
		do {
			batch = transaction.execute(status -> {
				List<IdeaText> texts = ideas.withoutLanguage(PageRequest.of(0, BATCH));
				texts.forEach(text -> ideas.setLanguage(text.id(),
						TextLanguage.guess(text.title() + "\n" + text.description())));
				return texts;
			});
		}
		while (batch != null && batch.size() == BATCH);
	}

}
