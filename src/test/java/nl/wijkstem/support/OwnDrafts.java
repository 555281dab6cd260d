package nl.wijkstem.support;

import nl.wijkstem.idea.DraftSummary;
import nl.wijkstem.idea.IdeaService;

import org.springframework.security.authentication.AnonymousAuthenticationToken;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * The idea form goes on with the resident's latest draft; a test that expects an empty
 * form first removes the drafts other tests of the same account left behind.
 */
public final class OwnDrafts {

	private OwnDrafts() {
	}

	/** Deletes the signed-in resident's drafts; does nothing when no one is signed in. */
	public static void deleteAll(IdeaService ideas) {
		Authentication signedIn = SecurityContextHolder.getContext().getAuthentication();
		if (signedIn == null || signedIn instanceof AnonymousAuthenticationToken
				|| signedIn.getAuthorities().stream().noneMatch(role -> role.getAuthority().equals("ROLE_RESIDENT"))) {
			return;
		}
		ideas.drafts().stream().map(DraftSummary::id).forEach(ideas::deleteDraft);
	}

}
