package nl.wijkstem.support;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PublicIdeaService;

/**
 * A moderator publishes a submitted idea the way the moderation screen does: at the
 * version the moderator sees, with a message for the author. Tests call it with a
 * moderator signed in.
 */
public final class ModeratorPublishing {

	private ModeratorPublishing() {
	}

	public static void publish(IdeaDecisionService decisions, PublicIdeaService ideas, Long ideaId) {
		int version = ideas.idea(ideaId, Languages.DUTCH).orElseThrow().version();
		decisions.decide(ideaId, version, ModerationDecision.PUBLISH, "Gecontroleerd en gepubliceerd.");
	}

}
