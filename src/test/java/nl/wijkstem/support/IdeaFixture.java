package nl.wijkstem.support;

import java.util.List;
import java.util.Set;
import java.util.UUID;

import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.programme.ProgrammeOverview;
import nl.wijkstem.programme.ProgrammeService;

import org.springframework.boot.test.context.TestComponent;

/**
 * Ideas as residents send them in and moderators decide on, file and hide them, through
 * the real services and as the moderation screen does it: at the version the moderator
 * sees, with a message for the author. Where a method signs a demo account in, whoever
 * was signed in before is signed in again afterwards. Every Spring test context has one.
 */
@TestComponent
public class IdeaFixture {

	private final IdeaService ideas;

	private final IdeaDecisionService decisions;

	private final IdeaModerationService moderation;

	private final PublicIdeaService publicIdeas;

	private final ProgrammeService programme;

	private final DemoUsers demo;

	IdeaFixture(IdeaService ideas, IdeaDecisionService decisions, IdeaModerationService moderation,
			PublicIdeaService publicIdeas, ProgrammeService programme, DemoUsers demo) {
		this.ideas = ideas;
		this.decisions = decisions;
		this.moderation = moderation;
		this.publicIdeas = publicIdeas;
		this.programme = programme;
		this.demo = demo;
	}

	/** The programme goals, in their order. */
	public List<ProgrammeOverview.Category> goals() {
		return programme.overview(Languages.DUTCH).goals();
	}

	/** The programme goal with this Dutch name. */
	public Long goal(String name) {
		return goals().stream().filter(goal -> goal.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** A unique bit of text, for names that must not clash with other tests' data. */
	public static String unique() {
		return UUID.randomUUID().toString().substring(0, 8);
	}

	/** Sent in by kees, not (yet) published. */
	public Long submitted(String title) {
		return submittedBy("kees", title);
	}

	/** Sent in by this demo account, not (yet) published. */
	public Long submittedBy(String author, String title) {
		return demo.as(author,
				() -> ideas
					.submit(null,
							new IdeaDraft(title,
									"Veel buren in de straat vragen hierom. Het maakt de wijk fijner voor jong en oud.",
									PlaceKind.GREEN, null, "", null, null))
					.id());
	}

	/** Sent in by this demo account and published, filed nowhere. */
	public Long publishedBy(String author, String title) {
		return publish(submittedBy(author, title), null, Set.of());
	}

	/** Sent in by kees, published and filed under the goal (none when null). */
	public Long published(String title, Long goalId) {
		return published(title, goalId, Set.of());
	}

	/**
	 * Sent in by kees, published and filed under the goal (none when null) and themes.
	 */
	public Long published(String title, Long goalId, Set<Long> themeIds) {
		return publish(submitted(title), goalId, themeIds);
	}

	private Long publish(Long id, Long goalId, Set<Long> themeIds) {
		demo.as("moderator", () -> {
			decisions.decide(id, version(id), ModerationDecision.PUBLISH, "");
			if (goalId != null) {
				decisions.file(id, version(id), goalId, themeIds);
			}
			return id;
		});
		return id;
	}

	/** The local themes, in their order. */
	public List<ProgrammeOverview.Category> themes() {
		return programme.overview(Languages.DUTCH).themes();
	}

	/** The local theme with this Dutch name. */
	public Long theme(String name) {
		return themes().stream().filter(theme -> theme.name().equals(name)).findFirst().orElseThrow().id();
	}

	/** Each of these demo accounts supports the idea. */
	public void supportedBy(Long ideaId, String... usernames) {
		for (String username : usernames) {
			demo.as(username, () -> ideas.support(ideaId));
		}
	}

	/** The idea's version as a moderator sees it. */
	public int version(Long ideaId) {
		return demo.as("moderator", () -> versionSeen(ideaId));
	}

	/**
	 * The demo account sends the idea in and the moderator publishes it, filed nowhere.
	 */
	public Long sentInAndPublished(String author, IdeaDraft draft) {
		Long id = demo.as(author, () -> ideas.submit(null, draft).id());
		demo.run("moderator", () -> publish(id));
		return id;
	}

	/** Publishes the idea; call it with a moderator signed in. */
	public void publish(Long ideaId) {
		decide(ideaId, ModerationDecision.PUBLISH, "Gecontroleerd en gepubliceerd.");
	}

	/** Decides on the submitted idea; call it with a moderator signed in. */
	public void decide(Long ideaId, ModerationDecision decision, String message) {
		decisions.decide(ideaId, versionSeen(ideaId), decision, message);
	}

	/** Hides the published idea; call it with a moderator signed in. */
	public void hide(Long ideaId, String reason) {
		moderation.hide(ideaId, versionSeen(ideaId), reason);
	}

	/** The idea's version as whoever is signed in sees it. */
	private int versionSeen(Long ideaId) {
		return publicIdeas.idea(ideaId, Languages.DUTCH).orElseThrow().version();
	}

}
