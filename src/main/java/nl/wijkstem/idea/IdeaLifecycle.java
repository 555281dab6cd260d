package nl.wijkstem.idea;

import nl.wijkstem.base.Rejection;
import static nl.wijkstem.idea.IdeaStatus.CHANGES_REQUESTED;
import static nl.wijkstem.idea.IdeaStatus.CHOSEN;
import static nl.wijkstem.idea.IdeaStatus.DRAFT;
import static nl.wijkstem.idea.IdeaStatus.DUPLICATE;
import static nl.wijkstem.idea.IdeaStatus.IN_PROGRESS;
import static nl.wijkstem.idea.IdeaStatus.NOT_FEASIBLE;
import static nl.wijkstem.idea.IdeaStatus.ON_BALLOT;
import static nl.wijkstem.idea.IdeaStatus.PUBLISHED;
import static nl.wijkstem.idea.IdeaStatus.REALISED;
import static nl.wijkstem.idea.IdeaStatus.REJECTED;
import static nl.wijkstem.idea.IdeaStatus.SUBMITTED;
import static nl.wijkstem.idea.IdeaStatus.UNDER_CONSIDERATION;
import static nl.wijkstem.idea.IdeaStatus.WITHDRAWN;

import java.util.EnumMap;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Every status step an idea may take, and who may cause it. A step not listed here cannot
 * happen: {@link Idea} asks this table before each change. "On the ballot" and "chosen"
 * belong to voting rounds alone, so the public record never shows a vote that did not
 * take place, and an idea on a ballot stays there until its round takes it off or decides
 * (the round refuses that once voting has opened).
 */
public final class IdeaLifecycle {

	/** Who causes a status step. */
	public enum Actor {

		/** The resident who wrote the idea. */
		AUTHOR,
		/** A moderator of the programme bureau. */
		MODERATOR,
		/** A voting round: its ballot and its results. */
		VOTING_ROUND,
		/** Wijkstem itself, such as publishing at once under post-moderation. */
		PLATFORM

	}

	private static final Map<Actor, Map<IdeaStatus, Set<IdeaStatus>>> STEPS = new EnumMap<>(Actor.class);

	static {
		allow(Actor.AUTHOR, DRAFT, SUBMITTED, WITHDRAWN);
		allow(Actor.AUTHOR, CHANGES_REQUESTED, SUBMITTED, WITHDRAWN);
		allow(Actor.AUTHOR, SUBMITTED, WITHDRAWN);

		allow(Actor.PLATFORM, SUBMITTED, PUBLISHED);

		allow(Actor.MODERATOR, SUBMITTED, PUBLISHED, CHANGES_REQUESTED, REJECTED, DUPLICATE);
		allow(Actor.MODERATOR, PUBLISHED, UNDER_CONSIDERATION, IN_PROGRESS, REALISED, NOT_FEASIBLE, DUPLICATE);
		allow(Actor.MODERATOR, UNDER_CONSIDERATION, PUBLISHED, IN_PROGRESS, REALISED, NOT_FEASIBLE, DUPLICATE);
		allow(Actor.MODERATOR, CHOSEN, IN_PROGRESS, REALISED, NOT_FEASIBLE);
		allow(Actor.MODERATOR, IN_PROGRESS, REALISED, NOT_FEASIBLE);
		allow(Actor.MODERATOR, REALISED, IN_PROGRESS);
		allow(Actor.MODERATOR, NOT_FEASIBLE, UNDER_CONSIDERATION);

		allow(Actor.VOTING_ROUND, PUBLISHED, ON_BALLOT);
		allow(Actor.VOTING_ROUND, UNDER_CONSIDERATION, ON_BALLOT);
		allow(Actor.VOTING_ROUND, ON_BALLOT, CHOSEN, PUBLISHED, UNDER_CONSIDERATION);
	}

	private IdeaLifecycle() {
	}

	private static void allow(Actor actor, IdeaStatus from, IdeaStatus... to) {
		STEPS.computeIfAbsent(actor, any -> new EnumMap<>(IdeaStatus.class)).put(from, Set.of(to));
	}

	/** Whether this actor may move an idea from one status to the other. */
	public static boolean allows(IdeaStatus from, IdeaStatus to, Actor actor) {
		return STEPS.getOrDefault(actor, Map.of()).getOrDefault(from, Set.of()).contains(to);
	}

	/**
	 * The public statuses a moderator may give an idea with an update message, in the
	 * order of the lifecycle; empty while it is on a ballot.
	 */
	public static List<IdeaStatus> progressSteps(IdeaStatus from) {
		Set<IdeaStatus> next = EnumSet.noneOf(IdeaStatus.class);
		next.addAll(STEPS.get(Actor.MODERATOR).getOrDefault(from, Set.of()));
		next.retainAll(IdeaStatus.LISTED);
		return List.copyOf(next);
	}

	/**
	 * Whether a moderator may change this idea at all beyond its text: not while it is on
	 * a ballot, where only its voting round moves it.
	 */
	static boolean isLockedByBallot(IdeaStatus status) {
		return status == ON_BALLOT;
	}

	/**
	 * @throws Rejection when the step is not among the {@link #progressSteps(IdeaStatus)}
	 */
	static void checkProgress(IdeaStatus from, IdeaStatus to) {
		if (!progressSteps(from).contains(to)) {
			throw new Rejection(isLockedByBallot(from) ? "moderation.error.onBallot" : "moderation.error.statusStep");
		}
	}

	/**
	 * @throws Rejection with the given message key when the step is not allowed
	 */
	static void check(IdeaStatus from, IdeaStatus to, Actor actor, String messageKey) {
		if (!allows(from, to, actor)) {
			throw new Rejection(
					isLockedByBallot(from) && actor == Actor.MODERATOR ? "moderation.error.onBallot" : messageKey);
		}
	}

}
