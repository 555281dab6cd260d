package nl.wijkstem.idea;

import nl.wijkstem.audit.ModerationActionTaken;
import java.time.Clock;
import java.time.Instant;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.PermitAll;
import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.security.Roles;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.data.domain.Sort;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * What voting rounds need from ideas: their titles and first photos for the ballot, and
 * the status steps "on the ballot", "chosen" and back, each with a timeline entry on the
 * idea page, a record in the audit trail, and news for the author and supporters
 * ({@link IdeaBallotNews}).
 */
@Service
@Transactional(readOnly = true)
public class BallotIdeas {

	/** Statuses from which an idea can be put on a ballot. */

	private final IdeaRepository ideas;

	private final PhotoRepository photos;

	private final IdeaStatusChangeRepository history;

	private final SupportRepository supports;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	BallotIdeas(IdeaRepository ideas, PhotoRepository photos, IdeaStatusChangeRepository history,
			SupportRepository supports, ApplicationEventPublisher events, Clock clock) {
		this.ideas = ideas;
		this.photos = photos;
		this.history = history;
		this.supports = supports;
		this.events = events;
		this.clock = clock;
	}

	/**
	 * Ideas with these ids as a ballot shows them, in the order asked; unknown ids are
	 * left out.
	 */
	@PermitAll
	public List<BallotIdea> describe(Collection<Long> ideaIds) {
		if (ideaIds.isEmpty()) {
			return List.of();
		}
		Map<Long, Idea> found = ideas.findAllById(ideaIds)
			.stream()
			.collect(Collectors.toMap(Idea::getId, Function.identity()));
		Map<Long, PhotoView> firstPhotos = new LinkedHashMap<>();
		for (Photo photo : photos.findByIdeaIdInOrderByPositionAsc(found.keySet())) {
			firstPhotos.putIfAbsent(photo.getIdeaId(), PhotoView.of(photo));
		}
		return ideaIds.stream()
			.filter(found::containsKey)
			.map(found::get)
			.map(idea -> new BallotIdea(idea.getId(), idea.getTitle(), idea.getStatus(), firstPhotos.get(idea.getId()),
					submittedAt(idea)))
			.toList();
	}

	/** Visible ideas that may go on a ballot, newest first. */
	@RolesAllowed(Roles.MODERATOR)
	public List<BallotIdea> candidates() {
		List<Long> ids = ideas.findAll(Sort.by(Sort.Direction.DESC, "publishedAt"))
			.stream()
			.filter(idea -> IdeaStatus.BALLOT_ELIGIBLE.contains(idea.getStatus()) && !idea.isHidden())
			.map(Idea::getId)
			.toList();
		return describe(ids);
	}

	/**
	 * Puts a visible, published idea on a ballot.
	 * @param roundId the voting round, for the news to link to
	 * @param note the timeline's words, such as the round's name
	 * @return the idea as it was before, with the status to return to if it leaves the
	 * ballot
	 * @throws Rejection {@code ballot.error.notEligible} when it is not published,
	 * already further along, or hidden
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public BallotIdea putOnBallot(Long ideaId, Long roundId, String note) {
		Idea idea = ideas.findById(ideaId).orElseThrow(() -> new Rejection("ballot.error.notEligible"));
		if (!IdeaStatus.BALLOT_ELIGIBLE.contains(idea.getStatus()) || idea.isHidden()) {
			throw new Rejection("ballot.error.notEligible");
		}
		BallotIdea before = describe(List.of(ideaId)).getFirst();
		move(idea, roundId, IdeaStatus.ON_BALLOT, note, IdeaActions.ON_BALLOT);
		return before;
	}

	/**
	 * Takes an idea off a ballot (or marks it not chosen), back to the status it had.
	 * Does nothing when the idea is no longer on a ballot (a moderator moved it on).
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void takeOffBallot(Long ideaId, Long roundId, IdeaStatus back, String note) {
		ideas.findById(ideaId)
			.filter(idea -> idea.getStatus() == IdeaStatus.ON_BALLOT && IdeaStatus.BALLOT_ELIGIBLE.contains(back))
			.ifPresent(idea -> move(idea, roundId, back, note, IdeaActions.OFF_BALLOT));
	}

	/**
	 * Residents chose the idea in a voting round. Does nothing when the idea is no longer
	 * on a ballot.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void markChosen(Long ideaId, Long roundId, String note) {
		ideas.findById(ideaId)
			.filter(idea -> idea.getStatus() == IdeaStatus.ON_BALLOT)
			.ifPresent(idea -> move(idea, roundId, IdeaStatus.CHOSEN, note, IdeaActions.CHOSEN));
	}

	private void move(Idea idea, Long roundId, IdeaStatus next, String note, IdeaActions action) {
		IdeaStatus before = idea.getStatus();
		Instant now = clock.instant();
		idea.moveByVotingRound(next, now);
		history.save(new IdeaStatusChange(idea.getId(), next, now, note));
		events.publishEvent(new ModerationActionTaken(action, "idea", idea.getId(), before.name(), next.name(), ""));
		Set<Long> supporters = new HashSet<>(supports.supporters(idea.getId()));
		supporters.remove(idea.getAuthorId());
		events.publishEvent(new IdeaBallotNews(idea.getId(), idea.getTitle(), next, roundId, note, idea.getAuthorId(),
				Set.copyOf(supporters)));
	}

	private static Instant submittedAt(Idea idea) {
		if (idea.getSubmittedAt() != null) {
			return idea.getSubmittedAt();
		}
		return idea.getPublishedAt() != null ? idea.getPublishedAt() : idea.getCreatedAt();
	}

}
