package nl.wijkstem.voting;

import java.time.Duration;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.notification.FollowService;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * A round tells when voting opens and when its results are out, each once, in the
 * transaction that makes it so; the notification module passes it on to the round's
 * followers.
 */
@ApplicationTest
class RoundNewsTest extends VotingTest {

	@Autowired
	RoundOpenings openings;

	@Autowired
	FollowService follows;

	@Autowired
	AccountService accounts;

	@AfterEach
	void resetClock() {
		clock.reset();
	}

	@Test
	void votingOpens_andResultsAreOut_eachToldOnce() {
		Long round = newRoundFollowedByFatima();
		Long fatima = demo.as("fatima", () -> accounts.currentAccountId().orElseThrow());

		openings.announceDue();
		assertThat(notices(fatima, "notice.round.opened", round)).as("not open yet").isZero();

		clock.moveBy(Duration.ofMinutes(61));
		openings.announceDue();
		openings.announceDue();
		assertThat(notices(fatima, "notice.round.opened", round)).isEqualTo(1);
		assertThat(notices(fatima, "notice.round.results", round)).isZero();

		clock.moveBy(Duration.ofDays(2));
		results.publishDue();
		results.publishDue();
		assertThat(notices(fatima, "notice.round.results", round)).isEqualTo(1);
		assertThat(notices(fatima, "notice.round.opened", round)).isEqualTo(1);
	}

	@Test
	void aRoundThatClosedBeforeAnyoneLooked_isNotToldAsOpen() {
		Long round = newRoundFollowedByFatima();
		Long fatima = demo.as("fatima", () -> accounts.currentAccountId().orElseThrow());

		clock.moveBy(Duration.ofDays(1).plusMinutes(2));
		openings.announceDue();

		assertThat(notices(fatima, "notice.round.opened", round)).isZero();
		assertThat(jdbc.queryForObject(
				"select count(*) from voting_round where id = ? and opening_announced_at" + " is not null",
				Integer.class, round))
			.as("marked, so it is not looked at again")
			.isEqualTo(1);
	}

	private Long newRoundFollowedByFatima() {
		Long round = demo.as("beheerder", () -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		demo.run("fatima", () -> follows.follow(FollowTarget.round(round)));
		return round;
	}

	private int notices(Long recipient, String key, Long round) {
		return jdbc.queryForObject(
				"select count(*) from notice where recipient_id = ? and message_key = ? and link = ?", Integer.class,
				recipient, key, "vote/" + round);
	}

}
