package nl.wijkstem.idea;

import java.util.Optional;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.CurrentUser;
import nl.wijkstem.base.security.Roles;

import org.springframework.stereotype.Component;

/**
 * Who may see and change an idea, in one place for every service of the module: public
 * ideas are for everyone, an author sees and (while it waits) changes their own, and
 * moderators see everything that was sent in.
 */
@Component
class IdeaAccess {

	private final IdeaRepository ideas;

	private final AccountService accounts;

	private final CurrentUser currentUser;

	IdeaAccess(IdeaRepository ideas, AccountService accounts, CurrentUser currentUser) {
		this.ideas = ideas;
		this.accounts = accounts;
		this.currentUser = currentUser;
	}

	/** The signed-in person's account id, if they have one. */
	Optional<Long> viewer() {
		return accounts.currentAccountId();
	}

	/** The signed-in person's account id; refused when there is none. */
	Long me() {
		return viewer().orElseThrow(() -> new Rejection("idea.error.noAccount"));
	}

	boolean visible(Idea idea, Optional<Long> viewer) {
		return idea.isVisibleToAll() || viewer.isPresent() && viewer.get().equals(idea.getAuthorId())
				|| currentUser.hasRole(Roles.MODERATOR) && idea.getStatus() != IdeaStatus.DRAFT;
	}

	boolean isModerator() {
		return currentUser.hasRole(Roles.MODERATOR);
	}

	boolean visible(Idea idea) {
		return visible(idea, viewer());
	}

	/** The viewer's own idea, while it can still be changed. */
	Idea ownEditable(Long ideaId) {
		Long me = me();
		return ideas.findById(ideaId)
			.filter(idea -> idea.isEditableBy(me))
			.orElseThrow(() -> new Rejection("idea.error.notEditable"));
	}

}
