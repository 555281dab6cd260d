package nl.wijkstem.support;

import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PublicIdeaService;

import org.springframework.boot.test.context.TestComponent;

/**
 * A moderator publishes a submitted idea the way the moderation screen does: at the
 * version the moderator sees, with a message for the author. Every Spring test context
 * has one.
 */
@TestComponent
public class ModeratorPublishing {

	private final IdeaService ideas;

	private final IdeaDecisionService decisions;

	private final PublicIdeaService publicIdeas;

	private final DemoUsers demo;

	ModeratorPublishing(IdeaService ideas, IdeaDecisionService decisions, PublicIdeaService publicIdeas,
			DemoUsers demo) {
		this.ideas = ideas;
		this.decisions = decisions;
		this.publicIdeas = publicIdeas;
		this.demo = demo;
	}

	/** Publishes the idea; call it with a moderator signed in. */
	public void publish(Long ideaId) {
		int version = publicIdeas.idea(ideaId, Languages.DUTCH).orElseThrow().version();
		decisions.decide(ideaId, version, ModerationDecision.PUBLISH, "Gecontroleerd en gepubliceerd.");
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
