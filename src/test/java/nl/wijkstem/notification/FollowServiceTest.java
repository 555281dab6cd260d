package nl.wijkstem.notification;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.FollowTarget;
import nl.wijkstem.moderation.GroupDissolved;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.transaction.support.TransactionTemplate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Following is one click and undoing it another: twice is once, and the followers of a
 * thing are the residents who follow it now.
 */
@ApplicationTest
class FollowServiceTest {

	/** Numbers no demo thing has: following needs no thing to exist. */
	private static final FollowTarget IDEA = FollowTarget.idea(880_001L);

	private static final FollowTarget GOAL = FollowTarget.goal(880_001L);

	@Autowired
	FollowService follows;

	@Autowired
	AccountService accounts;

	@Autowired
	DemoUsers demo;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	TransactionTemplate transaction;

	@Test
	void followTwice_isFollowingOnce_andUnfollowTwice_isNotFollowing() {
		Long fatima = demo.as("fatima", () -> accounts.currentAccountId().orElseThrow());
		demo.run("fatima", () -> {
			follows.follow(IDEA);
			follows.follow(IDEA);
			assertThat(follows.isFollowing(IDEA)).isTrue();
			assertThat(follows.isFollowing(GOAL)).as("the same number of another kind").isFalse();
			assertThat(follows.following()).contains(IDEA).doesNotContain(GOAL);
		});
		assertThat(follows.followers(IDEA)).containsExactly(fatima);

		demo.run("fatima", () -> {
			follows.unfollow(IDEA);
			follows.unfollow(IDEA);
			assertThat(follows.isFollowing(IDEA)).isFalse();
		});
		assertThat(follows.followers(IDEA)).isEmpty();
	}

	@Test
	void followersOfSeveralThings_areEachResidentOnce() {
		Long fatima = demo.as("fatima", () -> accounts.currentAccountId().orElseThrow());
		Long kees = demo.as("kees", () -> accounts.currentAccountId().orElseThrow());
		FollowTarget theme = FollowTarget.theme(880_002L);
		demo.run("fatima", () -> {
			follows.follow(GOAL);
			follows.follow(theme);
		});
		demo.run("kees", () -> follows.follow(theme));
		try {
			assertThat(follows.followers(java.util.List.of(GOAL, theme))).containsExactlyInAnyOrder(fatima, kees);
			assertThat(follows.followers(GOAL)).containsExactly(fatima);
		}
		finally {
			demo.run("fatima", () -> {
				follows.unfollow(GOAL);
				follows.unfollow(theme);
			});
			demo.run("kees", () -> follows.unfollow(theme));
		}
	}

	@Test
	void aDissolvedGroup_losesItsFollowers() {
		FollowTarget group = FollowTarget.group(880_003L);
		demo.run("fatima", () -> follows.follow(group));
		demo.run("kees", () -> follows.follow(group));
		assertThat(follows.followers(group)).hasSize(2);

		transaction.executeWithoutResult(status -> events.publishEvent(new GroupDissolved(880_003L)));

		assertThat(follows.followers(group)).isEmpty();
	}

	@Test
	void aVisitor_cannotFollow() {
		demo.signOut();
		assertThatThrownBy(() -> follows.follow(IDEA)).isInstanceOf(AuthenticationCredentialsNotFoundException.class);
	}

}
