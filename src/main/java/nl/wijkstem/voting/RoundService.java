package nl.wijkstem.voting;

import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

import jakarta.annotation.security.RolesAllowed;
import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.Roles;
import nl.wijkstem.idea.BallotIdea;
import nl.wijkstem.idea.BallotIdeas;
import nl.wijkstem.audit.ModerationActionTaken;
import nl.wijkstem.moderation.BallotGroup;
import nl.wijkstem.moderation.BallotGroups;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.dao.OptimisticLockingFailureException;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/**
 * Administrators set up rounds; moderators put ideas and groups of ideas on their ballots
 * with a cost estimate. Once voting opens the ballot and every rule of the vote are
 * frozen.
 */
@Service
@Transactional(readOnly = true)
public class RoundService {

	private final VotingRoundRepository rounds;

	private final BallotItemRepository items;

	private final RoundReader reader;

	private final BallotIdeas ballotIdeas;

	private final BallotGroups ballotGroups;

	private final BallotItemIdeaRepository grouped;

	private final ItemIdeas itemIdeas;

	private final AccountService accounts;

	private final ApplicationEventPublisher events;

	private final Clock clock;

	RoundService(VotingRoundRepository rounds, BallotItemRepository items, RoundReader reader, BallotIdeas ballotIdeas,
			BallotGroups ballotGroups, BallotItemIdeaRepository grouped, ItemIdeas itemIdeas, AccountService accounts,
			ApplicationEventPublisher events, Clock clock) {
		this.rounds = rounds;
		this.items = items;
		this.reader = reader;
		this.ballotIdeas = ballotIdeas;
		this.ballotGroups = ballotGroups;
		this.grouped = grouped;
		this.itemIdeas = itemIdeas;
		this.accounts = accounts;
		this.events = events;
		this.clock = clock;
	}

	/** Every round, newest opening first. */
	@RolesAllowed(Roles.MODERATOR)
	public List<RoundSummary> all(Locale locale) {
		return reader.all(locale);
	}

	/**
	 * Creates a round.
	 * @throws Rejection with a problem per field that needs another value
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public Long create(RoundForm form) {
		Instant now = clock.instant();
		RoundRules.check(form, now, false);
		VotingRound round = rounds.save(VotingRound.create(form, accounts.currentAccountId().orElse(null), now));
		acted(RoundActions.CREATE, round.getId(), "", form.titleNl());
		return round.getId();
	}

	@RolesAllowed(Roles.ADMIN)
	public EditableRound edit(Long roundId) {
		VotingRound round = reader.round(roundId);
		return new EditableRound(round.getId(), round.getVersion(), round.form(), round.isFrozen(clock.instant()));
	}

	/**
	 * Changes a round as the administrator saw it. After voting opened only the texts may
	 * change.
	 * @throws Rejection {@code voting.error.frozen}, {@code
	 * voting.error.changedMeanwhile}, or a problem per field
	 */
	@RolesAllowed(Roles.ADMIN)
	@Transactional
	public void update(Long roundId, int expectedVersion, RoundForm form) {
		VotingRound round = reader.round(roundId);
		if (round.getVersion() != expectedVersion) {
			throw new Rejection("voting.error.changedMeanwhile");
		}
		Instant now = clock.instant();
		boolean frozen = round.isFrozen(now);
		RoundRules.check(form, now, frozen);
		String before = round.getTitleNl();
		round.update(form, now);
		try {
			rounds.flush();
		}
		catch (OptimisticLockingFailureException concurrentChange) {
			throw new Rejection("voting.error.changedMeanwhile");
		}
		acted(RoundActions.UPDATE, roundId, before, form.titleNl());
	}

	/** The round's ballot, and the ideas and groups of ideas that may still go on it. */
	@RolesAllowed(Roles.MODERATOR)
	public BallotEditor ballotEditor(Long roundId, Locale locale) {
		RoundDetails round = reader.details(reader.round(roundId), locale);
		Set<Long> onBallot = round.ballot().stream().map(BallotEntry::ideaId).collect(Collectors.toSet());
		List<BallotIdea> candidates = ballotIdeas.candidates()
			.stream()
			.filter(idea -> !onBallot.contains(idea.id()))
			.toList();
		Set<Long> groupsOnBallot = round.ballot().stream().map(BallotEntry::groupId).collect(Collectors.toSet());
		List<BallotGroup> groups = ballotGroups.withIdeas()
			.stream()
			.filter(group -> !groupsOnBallot.contains(group.id()))
			.toList();
		Map<Long, BallotIdea> described = ballotIdeas
			.describe(groups.stream().flatMap(group -> group.ideaIds().stream()).toList())
			.stream()
			.collect(Collectors.toMap(BallotIdea::id, Function.identity()));
		List<BallotEditor.GroupCandidate> groupCandidates = groups.stream().map(group -> {
			List<BallotIdea> ideas = group.ideaIds().stream().map(described::get).filter(Objects::nonNull).toList();
			return new BallotEditor.GroupCandidate(group.id(), group.name(), group.summary(), ideas,
					ideas.stream().allMatch(BallotIdea::mayGoOnBallot));
		}).toList();
		return new BallotEditor(round, candidates, groupCandidates);
	}

	/**
	 * Puts a group of ideas on the round's ballot as one choice; each of its ideas gets
	 * the status "on the ballot". The group's name, summary and ideas are copied, so
	 * later changes to the group do not change the ballot.
	 * @param cost the estimate in whole euros for the whole group; required in budget
	 * rounds, ignored in others
	 * @throws Rejection when voting opened already, the cost is missing or over the
	 * budget, the group has no ideas, or one of its ideas cannot go on a ballot (named in
	 * the message)
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long addGroup(Long roundId, Long groupId, Long cost) {
		Instant now = clock.instant();
		VotingRound round = roundBeforeVoting(roundId, now);
		Long checkedCost = checkCost(round, cost);
		if (items.existsByRoundIdAndGroupId(roundId, groupId)) {
			throw new Rejection("voting.error.alreadyOnBallot");
		}
		BallotGroup group = ballotGroups.group(groupId).orElseThrow(() -> new Rejection("voting.error.unknownGroup"));
		List<BallotIdea> ideas = ballotIdeas.describe(group.ideaIds());
		if (ideas.isEmpty()) {
			throw new Rejection("voting.error.groupEmpty");
		}
		for (BallotIdea idea : ideas) {
			if (!idea.mayGoOnBallot()) {
				throw new Rejection("voting.error.groupIdeaNotEligible", idea.title());
			}
		}
		BallotItem item = itemIdeas.addGroup(roundId, group, checkedCost, items.lastPosition(roundId) + 1,
				round.getTitleNl(), now);
		acted(RoundActions.ADD_GROUP, roundId, "", "group " + groupId + " ideas "
				+ ideas.stream().map(idea -> String.valueOf(idea.id())).collect(Collectors.joining(",")));
		return item.getId();
	}

	/**
	 * Puts an idea on the round's ballot; its status becomes "on the ballot".
	 * @param cost the estimate in whole euros; required in budget rounds, ignored in
	 * others
	 * @throws Rejection when voting opened already, the cost is missing or over the
	 * budget, or the idea cannot go on a ballot
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public Long addIdea(Long roundId, Long ideaId, Long cost) {
		Instant now = clock.instant();
		VotingRound round = roundBeforeVoting(roundId, now);
		Long checkedCost = checkCost(round, cost);
		if (items.existsByRoundIdAndIdeaId(roundId, ideaId) || grouped.existsByRoundIdAndIdeaId(roundId, ideaId)) {
			throw new Rejection("voting.error.alreadyOnBallot");
		}
		BallotIdea before = itemIdeas.putOnBallot(ideaId, roundId, round.getTitleNl());
		int position = items.lastPosition(roundId) + 1;
		BallotItem item = items
			.save(BallotItem.idea(roundId, ideaId, checkedCost, position, before.status(), before.submittedAt(), now));
		acted(RoundActions.ADD_IDEA, roundId, "", "idea " + ideaId);
		return item.getId();
	}

	/**
	 * Changes an idea's cost estimate before voting opens.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void setCost(Long itemId, Long cost) {
		BallotItem item = item(itemId);
		VotingRound round = roundBeforeVoting(item.getRoundId(), clock.instant());
		Long before = item.getCost();
		item.setCost(checkCost(round, cost));
		acted(RoundActions.COST, round.getId(), String.valueOf(before), String.valueOf(cost));
	}

	/**
	 * Takes an idea or group off the ballot before voting opens; each idea returns to the
	 * status it had.
	 */
	@RolesAllowed(Roles.MODERATOR)
	@Transactional
	public void removeItem(Long itemId) {
		BallotItem item = item(itemId);
		VotingRound round = roundBeforeVoting(item.getRoundId(), clock.instant());
		itemIdeas.backToBefore(item, round.getTitleNl());
		items.delete(item);
		acted(RoundActions.REMOVE, round.getId(),
				item.isGroup() ? "group " + item.getGroupId() : "idea " + item.getIdeaId(), "");
	}

	private BallotItem item(Long itemId) {
		return items.findById(itemId).orElseThrow(() -> new Rejection("voting.error.unknownItem"));
	}

	/** The round, while its ballot may still change. */
	private VotingRound roundBeforeVoting(Long roundId, Instant now) {
		VotingRound round = reader.round(roundId);
		if (round.isFrozen(now)) {
			throw new Rejection("voting.error.frozen");
		}
		return round;
	}

	private static Long checkCost(VotingRound round, Long cost) {
		if (round.getKind() != BallotKind.BUDGET) {
			return cost != null && cost >= 0 ? cost : null;
		}
		if (cost == null || cost < 1) {
			throw new Rejection(List.of(new Rejection.Problem("cost", "voting.error.cost")));
		}
		if (cost > round.getBudget()) {
			throw new Rejection(List.of(new Rejection.Problem("cost", "voting.error.costOverBudget")));
		}
		return cost;
	}

	private void acted(RoundActions action, Long roundId, String before, String after) {
		events.publishEvent(new ModerationActionTaken(action, "round", roundId, before, after, ""));
	}

}
