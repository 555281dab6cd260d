package nl.wijkstem.idea;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaLifecycle.Actor;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Every pair of statuses for every actor, against a table written out here by hand: a
 * step that is not in it must be refused, by the table and by the idea itself.
 */
class IdeaLifecycleTest {

	private static final Map<Actor, Set<String>> EXPECTED = Map.of(
			Actor.AUTHOR, Set.of("DRAFT>SUBMITTED", "DRAFT>WITHDRAWN", "CHANGES_REQUESTED>SUBMITTED",
					"CHANGES_REQUESTED>WITHDRAWN", "SUBMITTED>WITHDRAWN"),
			Actor.PLATFORM, Set.of("SUBMITTED>PUBLISHED"), Actor.MODERATOR,
			Set.of("SUBMITTED>PUBLISHED", "SUBMITTED>CHANGES_REQUESTED", "SUBMITTED>REJECTED", "SUBMITTED>DUPLICATE",
					"PUBLISHED>UNDER_CONSIDERATION", "PUBLISHED>IN_PROGRESS", "PUBLISHED>REALISED",
					"PUBLISHED>NOT_FEASIBLE", "PUBLISHED>DUPLICATE", "UNDER_CONSIDERATION>PUBLISHED",
					"UNDER_CONSIDERATION>IN_PROGRESS", "UNDER_CONSIDERATION>REALISED",
					"UNDER_CONSIDERATION>NOT_FEASIBLE", "UNDER_CONSIDERATION>DUPLICATE", "CHOSEN>IN_PROGRESS",
					"CHOSEN>REALISED", "CHOSEN>NOT_FEASIBLE", "IN_PROGRESS>REALISED", "IN_PROGRESS>NOT_FEASIBLE",
					"REALISED>IN_PROGRESS", "NOT_FEASIBLE>UNDER_CONSIDERATION"),
			Actor.VOTING_ROUND, Set.of("PUBLISHED>ON_BALLOT", "UNDER_CONSIDERATION>ON_BALLOT", "ON_BALLOT>CHOSEN",
					"ON_BALLOT>PUBLISHED", "ON_BALLOT>UNDER_CONSIDERATION"));

	@Test
	void everyPairOfStatuses_forEveryActor_followsTheTable() {
		List<String> wrong = new ArrayList<>();
		for (Actor actor : Actor.values()) {
			for (IdeaStatus from : IdeaStatus.values()) {
				for (IdeaStatus to : IdeaStatus.values()) {
					boolean expected = EXPECTED.get(actor).contains(from + ">" + to);
					if (IdeaLifecycle.allows(from, to, actor) != expected) {
						wrong.add(actor + ": " + from + ">" + to + " should be " + (expected ? "allowed" : "refused"));
					}
				}
			}
		}
		assertThat(wrong).isEmpty();
	}

	@Test
	void onlyAVotingRound_putsAnIdeaOnTheBallot_orChoosesIt() {
		for (IdeaStatus from : IdeaStatus.values()) {
			for (Actor actor : List.of(Actor.AUTHOR, Actor.MODERATOR, Actor.PLATFORM)) {
				assertThat(IdeaLifecycle.allows(from, IdeaStatus.ON_BALLOT, actor)).isFalse();
				assertThat(IdeaLifecycle.allows(from, IdeaStatus.CHOSEN, actor)).isFalse();
			}
		}
	}

	@Test
	void anIdeaOnTheBallot_offersAModeratorNoStatusStep() {
		assertThat(IdeaLifecycle.progressSteps(IdeaStatus.ON_BALLOT)).isEmpty();
		assertThat(IdeaLifecycle.progressSteps(IdeaStatus.PUBLISHED)).containsExactly(IdeaStatus.UNDER_CONSIDERATION,
				IdeaStatus.IN_PROGRESS, IdeaStatus.REALISED, IdeaStatus.NOT_FEASIBLE);
	}

	@Test
	void theIdea_refusesAModeratorsStepThatTheTableDoesNotAllow() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		for (IdeaStatus target : IdeaStatus.values()) {
			Idea idea = ideaIn(IdeaStatus.PUBLISHED, now);
			if (IdeaLifecycle.allows(IdeaStatus.PUBLISHED, target, Actor.MODERATOR) && target.isListed()) {
				idea.progress(target, now);
				assertThat(idea.getStatus()).isEqualTo(target);
			}
			else {
				assertThatExceptionOfType(Rejection.class).isThrownBy(() -> idea.progress(target, now));
				assertThat(idea.getStatus()).isEqualTo(IdeaStatus.PUBLISHED);
			}
		}
	}

	@Test
	void anIdeaOnTheBallot_cannotBeMovedHiddenOrMarkedDuplicate_byAModerator() {
		Instant now = Instant.parse("2026-12-01T10:00:00Z");
		Idea idea = ideaIn(IdeaStatus.PUBLISHED, now);
		idea.moveByVotingRound(IdeaStatus.ON_BALLOT, now);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> idea.progress(IdeaStatus.NOT_FEASIBLE, now))
			.satisfies(refused -> assertThat(refused.problems().getFirst().messageKey())
				.isEqualTo("moderation.error.onBallot"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> idea.hide("Een reden", now));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> idea.markDuplicateOf(999L, now));
		assertThat(idea.getStatus()).isEqualTo(IdeaStatus.ON_BALLOT);
		assertThat(idea.isHidden()).isFalse();

		idea.moveByVotingRound(IdeaStatus.CHOSEN, now);
		assertThat(idea.getStatus()).isEqualTo(IdeaStatus.CHOSEN);
	}

	private static Idea ideaIn(IdeaStatus status, Instant now) {
		Idea idea = Idea.draft(1L,
				new IdeaDraft("Bankjes bij de Krabbeplas",
						"Een paar bankjes aan het water zodat ouderen kunnen uitrusten.", PlaceKind.GREEN, null, "",
						null, null),
				now);
		idea.submit(now);
		if (status != IdeaStatus.SUBMITTED) {
			idea.publish(true, now);
		}
		return idea;
	}

}
