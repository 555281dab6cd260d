package nl.wijkstem.idea;

import java.util.List;

import jakarta.annotation.security.PermitAll;
import nl.wijkstem.account.AccountDeleted;

import org.springframework.context.event.EventListener;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What happens to a deleted account's ideas and supports. Public ideas stay, without a
 * name; ideas that never were public (drafts, ideas waiting for or sent back by a
 * moderator, rejected or withdrawn ones) go with their photos and files, since nobody
 * could see or remove them any more. The supports go, with their counts.
 */
@Service
public class IdeasOfDeletedAccounts {

	private final IdeaRepository ideas;

	private final SupportRepository supports;

	private final PhotoRepository photos;

	private final PhotoStorage storage;

	IdeasOfDeletedAccounts(IdeaRepository ideas, SupportRepository supports, PhotoRepository photos,
			PhotoStorage storage) {
		this.ideas = ideas;
		this.supports = supports;
		this.photos = photos;
		this.storage = storage;
	}

	@EventListener
	@PermitAll
	@Transactional
	public void on(AccountDeleted deleted) {
		ideas.removeSupportsOf(deleted.accountId());
		supports.deleteAllOf(deleted.accountId());
		List<Idea> unpublished = ideas.findByAuthorIdOrderByCreatedAtAscIdAsc(deleted.accountId())
			.stream()
			.filter(idea -> !idea.getStatus().isPublic())
			.toList();
		List<Photo> pictures = photos.findAllByIdeaIdIn(unpublished.stream().map(Idea::getId).toList());
		photos.deleteAll(pictures);
		ideas.deleteAll(unpublished);
		ideas.forgetAuthor(deleted.accountId());
		pictures.forEach(photo -> storage.delete(photo.getStoredName()));
	}

}
