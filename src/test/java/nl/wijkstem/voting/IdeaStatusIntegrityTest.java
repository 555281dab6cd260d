package nl.wijkstem.voting;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.ContentReported;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * The statuses that belong to voting: no moderator can give them by hand, and an idea on
 * a ballot whose voting has opened stays there, visible and votable, until the results.
 */
@ApplicationTest
class IdeaStatusIntegrityTest extends VotingTest {

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	IdeaFixture fixture;

	private void refused(Runnable action, String key) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(action::run)
			.satisfies(refused -> assertThat(refused.problems().getFirst().messageKey()).isEqualTo(key));
	}

	@Test
	void aModerator_cannotPutAnIdeaOnTheBallot_orChooseIt_byHand() {
		Long idea = fixture.published("Een pannakooi bij de Marnixschool " + IdeaFixture.unique(), null);
		demo.signIn("moderator");

		for (IdeaStatus voted : Set.of(IdeaStatus.ON_BALLOT, IdeaStatus.CHOSEN)) {
			refused(() -> moderation.updateStatus(idea, fixture.version(idea), voted, "Dit idee gaat verder."),
					"moderation.error.statusStep");
		}

		assertThat(status(idea)).isEqualTo("PUBLISHED");
		assertThat(jdbc.queryForObject(
				"select count(*) from idea_status_change where idea_id = ? and status in " + "('ON_BALLOT', 'CHOSEN')",
				Integer.class, idea))
			.isZero();
	}

	@Test
	void anIdeaOnAnOpenBallot_isLockedUntilTheResults_thenMovesOnAsResidentsChose() {
		Long idea = fixture.published("Speelplek bij de Krabbeplas " + IdeaFixture.unique(), null);
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		demo.signIn("moderator");
		Long item = rounds.addIdea(round, idea, 60L);
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("kees");
		voting.cast(round, Set.of(item));
		demo.signIn("moderator");

		refused(() -> moderation.updateStatus(idea, fixture.version(idea), IdeaStatus.NOT_FEASIBLE,
				"Dit kan niet op deze plek."), "moderation.error.onBallot");
		refused(() -> moderation.hide(idea, fixture.version(idea), "Er staat een naam in het idee."),
				"moderation.error.onBallot");
		Long original = fixture.published("Speelplek aan het water " + IdeaFixture.unique(), null);
		demo.signIn("moderator");
		refused(() -> moderation.markDuplicate(idea, fixture.version(idea), original,
				"Dit idee bestaat al, steun het andere."), "moderation.error.onBallot");
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> rounds.removeItem(item));
		reportedByThree(idea);

		assertThat(status(idea)).isEqualTo("ON_BALLOT");
		assertThat(jdbc.queryForObject("select hidden from idea where id = ?", Boolean.class, idea)).isFalse();

		clock.moveBy(Duration.ofDays(2));
		results.publishDue();
		results.results(round, Locale.ENGLISH);
		assertThat(status(idea)).isEqualTo("CHOSEN");

		moderation.updateStatus(idea, fixture.version(idea), IdeaStatus.IN_PROGRESS,
				"De gemeente begint in het voorjaar met de aanleg.");
		assertThat(status(idea)).isEqualTo("IN_PROGRESS");
	}

	/**
	 * Three residents' reports, the number that hides an idea that is not on a ballot.
	 */
	private void reportedByThree(Long ideaId) {
		transaction.executeWithoutResult(tx -> {
			jdbc.update("""
					insert into idea_report (idea_id, target_key, reporter_id, reason, created_at)
					select ?, ?, id, 'OFFENSIVE', current_timestamp from account order by id
					fetch first 3 rows only""", ideaId, "idea:" + ideaId);
			events.publishEvent(new ContentReported(ideaId, null, ReportReason.OFFENSIVE));
		});
	}

}
