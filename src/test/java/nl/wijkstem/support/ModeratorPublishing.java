package nl.wijkstem.support;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PublicIdeaService;

import org.springframework.boot.test.context.TestComponent;

/**
 * A moderator publishes (or otherwise decides on, or hides) an idea the way the
 * moderation screen does: at the version the moderator sees, with a message for the
 * author. Every Spring test context has one.
 */
@TestComponent
public class ModeratorPublishing {

	private final IdeaService ideas;

	private final IdeaDecisionService decisions;

	private final IdeaModerationService moderation;

	private final PublicIdeaService publicIdeas;

	private final DemoUsers demo;

	ModeratorPublishing(IdeaService ideas, IdeaDecisionService decisions, IdeaModerationService moderation,
			PublicIdeaService publicIdeas, DemoUsers demo) {
		this.ideas = ideas;
		this.decisions = decisions;
		this.moderation = moderation;
		this.publicIdeas = publicIdeas;
		this.demo = demo;
	}

	/** Publishes the idea; call it with a moderator signed in. */
	public void publish(Long ideaId) {
		decide(ideaId, ModerationDecision.PUBLISH, "Gecontroleerd en gepubliceerd.");
	}

	/** Decides on the submitted idea; call it with a moderator signed in. */
	public void decide(Long ideaId, ModerationDecision decision, String message) {
		decisions.decide(ideaId, version(ideaId), decision, message);
	}

	/** Hides the published idea; call it with a moderator signed in. */
	public void hide(Long ideaId, String reason) {
		moderation.hide(ideaId, version(ideaId), reason);
	}

	private int version(Long ideaId) {
		return publicIdeas.idea(ideaId, Languages.DUTCH).orElseThrow().version();
	}

	/**
	 * The demo account sends the idea in and the moderator publishes it; whoever was
	 * signed in before is signed in again afterwards.
	 */
	public Long sentInAndPublished(String author, IdeaDraft draft) {
		Long id = demo.as(author, () -> ideas.submit(null, draft).id());
		demo.run("moderator", () -> publish(id));
		return id;
	}

}
