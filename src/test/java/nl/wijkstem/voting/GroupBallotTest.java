package nl.wijkstem.voting;

import java.time.Duration;
import java.util.Locale;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.moderation.GroupService;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Groups of ideas ("bundels") on a ballot: one choice whose votes count for the group,
 * and whose ideas move through the statuses together.
 */
@ApplicationTest
class GroupBallotTest extends VotingTest {

	@Autowired
	IdeaModerationService moderation;

	@Autowired
	GroupService groups;

	@Autowired
	IdeaFixture fixture;

	Long goalId;

	@BeforeEach
	void setUp() {
		goalId = fixture.goals().get(2).id();
	}

	private Long idea(String title) {
		return fixture.published(title + " " + IdeaFixture.unique(), goalId);
	}

	/** A group under the test goal with these ideas, made by the moderator. */
	private Long group(String name, Long... ideaIds) {
		demo.signIn("moderator");
		Long group = groups.create(goalId, name + " " + IdeaFixture.unique(),
				"Ideeën die samen de buurt groener maken.");
		for (Long idea : ideaIds) {
			groups.moveIdea(idea, null, group);
		}
		return group;
	}

	/**
	 * The ballot notices of a round that name an idea, oldest first, as "message
	 * key|recipient": they link to the round, and one notice names all of a person's
	 * ideas of the same kind.
	 */
	private java.util.List<String> notices(Long roundId, Long ideaId) {
		return jdbc.queryForList("""
				select n.message_key || '|' || a.display_name from notice n join account a on a.id = n.recipient_id
				where n.link = ? and n.message_key like 'notice.ballot.%' and n.subject like ? order by n.id""",
				String.class, "vote/" + roundId, "%" + status(ideaId, "title") + "%");
	}

	private String status(Long ideaId, String column) {
		return jdbc.queryForObject("select " + column + " from idea where id = ?", String.class, ideaId);
	}

	private void rejected(Runnable action, String key) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(action::run)
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
	}

	@Test
	void aGroup_isOneChoice_itsVotesCountForTheGroup_andItsIdeasAreChosenTogether() {
		Long trees = idea("Bomen langs de Reigerlaan");
		Long planters = idea("Plantenbakken op het Westwijkplein");
		Long alone = idea("Een watertappunt bij het park");
		Long group = group("Meer groen", trees, planters);
		fixture.supportedBy(trees, "fatima");
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		demo.signIn("moderator");

		Long groupItem = rounds.addGroup(round, group, 70L);
		Long aloneItem = rounds.addIdea(round, alone, 50L);

		assertThat(status(trees)).isEqualTo("ON_BALLOT");
		assertThat(status(planters)).isEqualTo("ON_BALLOT");
		BallotEditor editor = rounds.ballotEditor(round, Locale.ENGLISH);
		assertThat(editor.groups()).noneSatisfy(candidate -> assertThat(candidate.groupId()).isEqualTo(group));
		assertThat(editor.round().ballot()).filteredOn(BallotEntry::isGroup).singleElement().satisfies(entry -> {
			assertThat(entry.itemId()).isEqualTo(groupItem);
			assertThat(entry.cost()).isEqualTo(70L);
			assertThat(entry.summary()).isEqualTo("Ideeën die samen de buurt groener maken.");
			assertThat(entry.ideas()).extracting(BallotEntry.IdeaLink::id).containsExactlyInAnyOrder(trees, planters);
		});
		rejected(() -> rounds.addGroup(round, group, 70L), "voting.error.alreadyOnBallot");
		rejected(() -> rounds.addIdea(round, trees, 10L), "voting.error.alreadyOnBallot");

		// what residents vote on stays as it went on the ballot
		groups.moveIdea(planters, group, null);
		assertThat(rounds.ballotEditor(round, Locale.ENGLISH).round().ballot()).filteredOn(BallotEntry::isGroup)
			.singleElement()
			.satisfies(entry -> assertThat(entry.ideas()).hasSize(2));

		clock.moveBy(Duration.ofHours(2));
		demo.signIn("kees");
		voting.cast(round, Set.of(groupItem));
		demo.signIn("fatima");
		voting.cast(round, Set.of(groupItem));
		rejected(() -> voting.cast(round, Set.of(groupItem, aloneItem)), "voting.error.overBudget");
		clock.moveBy(Duration.ofDays(2));

		results.publishDue();
		RoundResults outcome = results.results(round, Locale.ENGLISH);

		assertThat(outcome.lines().getFirst()).satisfies(line -> {
			assertThat(line.itemId()).isEqualTo(groupItem);
			assertThat(line.isGroup()).isTrue();
			assertThat(line.votes()).isEqualTo(2);
			assertThat(line.chosen()).isTrue();
			assertThat(line.ideas()).hasSize(2);
		});
		assertThat(status(trees)).isEqualTo("CHOSEN");
		assertThat(status(planters)).isEqualTo("CHOSEN");
		assertThat(status(alone)).isEqualTo("PUBLISHED");
		// the author (Kees) and a supporter (Fatima) heard each step, so they could vote
		assertThat(notices(round, trees)).containsExactly("notice.ballot.ON_BALLOT.author.several|Kees de Vries",
				"notice.ballot.ON_BALLOT.supporter|Fatima El Amrani",
				"notice.ballot.CHOSEN.author.several|Kees de Vries", "notice.ballot.CHOSEN.supporter|Fatima El Amrani");
		assertThat(notices(round, alone)).endsWith("notice.ballot.BACK.author|Kees de Vries");
		demo.signIn("beheerder");
		assertThat(results.integrity(round, Locale.ENGLISH).allClear()).isTrue();
	}

	@Test
	void takingAGroupOff_returnsEachIdeaToItsOwnStatus() {
		Long published = idea("Bloemen in de middenberm");
		Long considered = idea("Geveltuintjes in de Merelstraat");
		demo.signIn("moderator");
		moderation.updateStatus(considered, fixture.version(considered), IdeaStatus.UNDER_CONSIDERATION,
				"We bekijken of dit kan.");
		Long group = group("Bloemen", published, considered);
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		demo.signIn("moderator");
		Long item = rounds.addGroup(round, group, 40L);

		rounds.removeItem(item);

		assertThat(status(published)).isEqualTo("PUBLISHED");
		assertThat(status(considered)).isEqualTo("UNDER_CONSIDERATION");
		assertThat(rounds.ballotEditor(round, Locale.ENGLISH).groups())
			.anySatisfy(candidate -> assertThat(candidate.groupId()).isEqualTo(group));
	}

	@Test
	void aGroupWithAnIdeaAlreadyOnABallot_isRefused_andNoIdeaMoves() {
		Long free = idea("Speelplek voor kleine kinderen");
		Long taken = idea("Speelplek met een klimrek");
		Long group = group("Spelen", free, taken);
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		Long other = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		demo.signIn("moderator");
		rounds.addIdea(other, taken, 30L);

		assertThat(rounds.ballotEditor(round, Locale.ENGLISH).groups())
			.filteredOn(candidate -> candidate.groupId().equals(group))
			.singleElement()
			.satisfies(candidate -> assertThat(candidate.eligible()).isFalse());
		rejected(() -> rounds.addGroup(round, group, 50L), "voting.error.groupIdeaNotEligible");
		rejected(() -> rounds.addGroup(round, group, null), "voting.error.cost");
		rejected(() -> rounds.addGroup(round, -1L, 50L), "voting.error.unknownGroup");
		Long empty = group("Leeg");
		rejected(() -> rounds.addGroup(round, empty, 50L), "voting.error.groupEmpty");

		assertThat(status(free)).isEqualTo("PUBLISHED");
		assertThat(jdbc.queryForObject("select count(*) from ballot_item where round_id = ?", Long.class, round))
			.isZero();
	}

	@Test
	void onceVotingOpens_noGroupGoesOn() {
		Long idea = idea("Een pluktuin bij de school");
		Long group = group("Pluktuin", idea);
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 100));
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("moderator");

		rejected(() -> rounds.addGroup(round, group, 50L), "voting.error.frozen");
		assertThat(status(idea)).isEqualTo("PUBLISHED");
	}

	@Test
	void residents_cannotPutGroupsOnABallot() {
		demo.signIn("kees");

		assertThatExceptionOfType(AccessDeniedException.class).isThrownBy(() -> rounds.addGroup(1L, 1L, 10L));
	}

}
