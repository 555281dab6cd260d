package nl.wijkstem.voting;

import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.SharedVersions;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class VotingServiceTest extends VotingTest {

	@Autowired
	SharedVersions versions;

	@Autowired
	nl.wijkstem.account.ResidencyService residency;

	/**
	 * A round with ideas of 60, 50 and 40 on its ballot.
	 *
	 * @param sixty the ballot item (costing 60) of the idea {@code ideaSixty}
	 */
	private record ThreeIdeas(Long round, Long sixty, Long fifty, Long forty, Long ideaSixty, Long ideaFifty) {
	}

	private ThreeIdeas budgetRoundWithThreeIdeas(RoundForm form) {
		Long a = publishedIdea("Speeltuin");
		Long b = publishedIdea("Bankjes");
		Long c = publishedIdea("Bloembakken");
		demo.signIn("beheerder");
		Long round = rounds.create(form);
		return new ThreeIdeas(round, rounds.addIdea(round, a, 60L), rounds.addIdea(round, b, 50L),
				rounds.addIdea(round, c, 40L), a, b);
	}

	/** A budget round of 100 with ideas of 60, 50 and 40, open for voting. */
	private ThreeIdeas openRoundWithThreeIdeas() {
		ThreeIdeas setup = budgetRoundWithThreeIdeas(VotingFixtures.budgetRound(clock.instant(), 100));
		clock.moveBy(Duration.ofHours(2));
		return setup;
	}

	private MyBallot castAs(String account, Long round, Long... items) {
		demo.signIn(account);
		return voting.cast(round, Set.of(items));
	}

	/** The results once the results date has passed and the scheduled publication ran. */
	private RoundResults publishedResults(Long round) {
		clock.moveBy(Duration.ofDays(2));
		results.publishDue();
		return results.results(round, java.util.Locale.ENGLISH);
	}

	private void rejected(Runnable action, String key) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(action::run)
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
	}

	@Test
	void residentsAndModerators_cannotCreateOrEditRounds() {
		RoundForm form = VotingFixtures.budgetRound(clock.instant(), 100);
		demo.signIn("kees");
		assertThatThrownBy(() -> rounds.create(form)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.all(java.util.Locale.ENGLISH)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.addIdea(1L, 1L, 10L)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> results.integrity(1L, java.util.Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
		demo.signIn("moderator");
		assertThatThrownBy(() -> rounds.create(form)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> rounds.update(1L, 0, form)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> results.integrity(1L, java.util.Locale.ENGLISH))
			.isInstanceOf(AccessDeniedException.class);
		SignIn.out();
		assertThatThrownBy(() -> voting.page(null, java.util.Locale.ENGLISH))
			.isInstanceOf(org.springframework.security.authentication.AuthenticationCredentialsNotFoundException.class);
	}

	@Test
	void create_withBadInput_namesEachField_andSavesNothing() {
		demo.signIn("beheerder");
		long before = jdbc.queryForObject("select count(*) from voting_round", Long.class);
		RoundForm good = VotingFixtures.budgetRound(clock.instant(), 100);
		RoundForm bad = new RoundForm("", good.titleEn(), "kort", good.explanationEn(), good.ballotChosenAt(),
				good.votingClosesAt(), good.votingOpensAt(), good.resultsAt(), BallotKind.BUDGET, null, null, null, 0,
				false, SharesVariant.BY_SUPPORTERS, TieBreak.EARLIER_SUBMITTED);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> rounds.create(bad))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field)
				.containsExactly("titleNl", "explanationNl", "dates", "budget"));
		RoundForm past = VotingFixtures.budgetRound(clock.instant().minus(Duration.ofDays(3)), 100);
		rejected(() -> rounds.create(past), "voting.error.opensInPast");
		RoundForm limited = VotingFixtures.round(clock.instant(), BallotKind.LIMITED, null, null, null, 0, false,
				false);
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> rounds.create(limited))
			.satisfies(rejected -> assertThat(rejected.problems()).extracting(Rejection.Problem::field)
				.containsExactly("winners", "maxChoices"));
		assertThat(jdbc.queryForObject("select count(*) from voting_round", Long.class)).isEqualTo(before);
	}

	@Test
	void addIdea_putsItOnTheBallot_withATimelineEntry_andRemoveTakesItBack() {
		Long idea = publishedIdea("Fietsenrekken");
		Long withoutCost = publishedIdea("Zonder kosten");
		Long tooDear = publishedIdea("Te duur");
		demo.signIn("beheerder");
		Long round = rounds.create(VotingFixtures.budgetRound(clock.instant(), 1000));
		demo.signIn("moderator");

		Long item = rounds.addIdea(round, idea, 250L);

		assertThat(status(idea)).isEqualTo("ON_BALLOT");
		assertThat(jdbc.queryForObject(
				"select count(*) from idea_status_change where idea_id = ? and status = 'ON_BALLOT'", Long.class, idea))
			.isOne();
		rejected(() -> rounds.addIdea(round, idea, 250L), "voting.error.alreadyOnBallot");
		rejected(() -> rounds.addIdea(round, withoutCost, null), "voting.error.cost");
		rejected(() -> rounds.addIdea(round, tooDear, 1001L), "voting.error.costOverBudget");
		rounds.setCost(item, 300L);
		assertThat(rounds.ballotEditor(round, java.util.Locale.ENGLISH).round().ballot()).singleElement()
			.satisfies(entry -> assertThat(entry.cost()).isEqualTo(300L));

		rounds.removeItem(item);

		assertThat(status(idea)).isEqualTo("PUBLISHED");
		assertThat(rounds.ballotEditor(round, java.util.Locale.ENGLISH).candidates())
			.anySatisfy(candidate -> assertThat(candidate.id()).isEqualTo(idea));
	}

	@Test
	void onceVotingOpens_theBallotAndRulesAreFrozen_onlyTextsChange() {
		ThreeIdeas setup = budgetRoundWithThreeIdeas(VotingFixtures.budgetRound(clock.instant(), 100));
		Long round = setup.round();
		Long other = publishedIdea("Later idee");
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("beheerder");
		EditableRound editable = rounds.edit(round);
		assertThat(editable.frozen()).isTrue();
		RoundForm form = editable.form();

		rejected(() -> rounds.addIdea(round, other, 10L), "voting.error.frozen");
		rejected(() -> rounds.setCost(setup.sixty(), 10L), "voting.error.frozen");
		rejected(() -> rounds.removeItem(setup.sixty()), "voting.error.frozen");
		rejected(
				() -> rounds.update(round, editable.version(),
						new RoundForm(form.titleNl(), form.titleEn(), form.explanationNl(), form.explanationEn(),
								form.ballotChosenAt(), form.votingOpensAt(), form.votingClosesAt(), form.resultsAt(),
								form.kind(), null, null, 200L, 0, false, SharesVariant.BY_SUPPORTERS, form.tieBreak())),
				"voting.error.frozen");
		rounds.update(round, editable.version(),
				new RoundForm("Nieuwe titel", form.titleEn(), form.explanationNl(), form.explanationEn(),
						form.ballotChosenAt(), form.votingOpensAt(), form.votingClosesAt(), form.resultsAt(),
						form.kind(), form.maxChoices(), form.winners(), form.budget(), form.minSpendPercent(),
						form.liveResults(), form.sharesVariant(), form.tieBreak()));
		rejected(() -> rounds.update(round, editable.version(), form), "voting.error.changedMeanwhile");
		assertThat(rounds.edit(round).form().titleNl()).isEqualTo("Nieuwe titel");
		assertThat(status(other)).isEqualTo("PUBLISHED");
	}

	@Test
	void sharesVariant_isSavedAndShown_forBudgetRoundsOnly() {
		demo.signIn("beheerder");
		Long cities = rounds.create(budgetRound(SharesVariant.COST_ADD1));
		Long supporters = rounds.create(budgetRound(SharesVariant.BY_SUPPORTERS));
		Long byVotes = rounds.create(budgetRound(null));
		Long support = rounds.create(VotingFixtures.round(clock.instant(), BallotKind.SUPPORT, null, 2, null, 0, false,
				SharesVariant.COST_ADD1));

		assertThat(rounds.edit(cities).form().sharesVariant()).isEqualTo(SharesVariant.COST_ADD1);
		assertThat(rounds.edit(supporters).form().sharesVariant()).isEqualTo(SharesVariant.BY_SUPPORTERS);
		assertThat(rounds.edit(byVotes).form().sharesVariant()).isNull();
		// a round without a budget is decided by votes whatever the form carried
		assertThat(rounds.edit(support).form().sharesVariant()).isNull();
		assertThat(jdbc.queryForObject("select shares_variant from voting_round where id = ?", String.class, cities))
			.isEqualTo("COST_ADD1");
		assertThat(voting.page(supporters, java.util.Locale.ENGLISH).round().sharesVariant())
			.isEqualTo(SharesVariant.BY_SUPPORTERS);
		assertThat(voting.page(byVotes, java.util.Locale.ENGLISH).round().equalShares()).isFalse();
	}

	@Test
	void onceVotingOpens_theSharesVariantIsFrozen_butTextsStillChange() {
		ThreeIdeas setup = budgetRoundWithThreeIdeas(budgetRound(SharesVariant.COST_ADD1));
		Long round = setup.round();
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("beheerder");
		EditableRound editable = rounds.edit(round);
		RoundForm form = editable.form();

		rejected(() -> rounds.update(round, editable.version(), withVariant(form, SharesVariant.BY_SUPPORTERS)),
				"voting.error.frozen");
		rejected(() -> rounds.update(round, editable.version(), withVariant(form, null)), "voting.error.frozen");
		// the numbers a budget round does not use are no change, whatever the form says
		rounds.update(round, editable.version(),
				new RoundForm("Andere titel", form.titleEn(), form.explanationNl(), form.explanationEn(),
						form.ballotChosenAt(), form.votingOpensAt(), form.votingClosesAt(), form.resultsAt(),
						form.kind(), 3, 3, form.budget(), form.minSpendPercent(), form.liveResults(),
						form.sharesVariant(), form.tieBreak()));

		assertThat(rounds.edit(round).form().titleNl()).isEqualTo("Andere titel");
		assertThat(rounds.edit(round).form().sharesVariant()).isEqualTo(SharesVariant.COST_ADD1);
	}

	private RoundForm budgetRound(SharesVariant variant) {
		return VotingFixtures.round(clock.instant(), BallotKind.BUDGET, null, null, 100L, 0, false, variant);
	}

	private static RoundForm withVariant(RoundForm form, SharesVariant variant) {
		return new RoundForm(form.titleNl(), form.titleEn(), form.explanationNl(), form.explanationEn(),
				form.ballotChosenAt(), form.votingOpensAt(), form.votingClosesAt(), form.resultsAt(), form.kind(),
				form.maxChoices(), form.winners(), form.budget(), form.minSpendPercent(), form.liveResults(), variant,
				form.tieBreak());
	}

	@Test
	void cast_refusesBadBallots_andChangesNothing() {
		ThreeIdeas setup = budgetRoundWithThreeIdeas(
				VotingFixtures.round(clock.instant(), BallotKind.BUDGET, null, null, 100L, 50, false, false));
		Long round = setup.round();
		demo.signIn("kees");
		rejected(() -> voting.cast(round, Set.of(setup.sixty())), "voting.error.notOpen");
		rejected(() -> voting.cast(-1L, Set.of(setup.sixty())), "voting.error.unknownRound");
		clock.moveBy(Duration.ofHours(2));

		rejected(() -> voting.cast(round, Set.of(setup.sixty(), setup.fifty())), "voting.error.overBudget");
		rejected(() -> voting.cast(round, Set.of()), "voting.error.empty");
		rejected(() -> voting.cast(round, Set.of(setup.forty())), "voting.error.underMinimum");
		rejected(() -> voting.cast(round, Set.of(setup.sixty(), 999_999_999L)), "voting.error.unknownItem");
		ResidencyTestSupport.signInAsNewResident(events, "Nog niet geverifieerd", Map.of());
		rejected(() -> voting.cast(round, Set.of(setup.sixty())), "voting.error.notVerified");
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round)).isZero();

		demo.signIn("kees");
		clock.moveBy(Duration.ofDays(1));
		rejected(() -> voting.cast(round, Set.of(setup.sixty())), "voting.error.closed");
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round)).isZero();
	}

	@Test
	void aRevokedResident_canNoLongerVote() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		ResidencyTestSupport.signInAsNewResident(events, "Bewoner met postcode", Map.of("postcode", "3132AB"));
		assertThat(residency.myStatus().verified()).isTrue();
		Long verification = residency.myStatus().verificationId();
		voting.cast(round, Set.of(setup.sixty()));
		org.springframework.security.core.Authentication resident = org.springframework.security.core.context.SecurityContextHolder
			.getContext()
			.getAuthentication();
		Long accountId = jdbc.queryForObject("select account_id from residency where id = ?", Long.class, verification);
		demo.signIn("moderator");
		residency.revoke(accountId, verification, "Verhuisd naar een andere wijk.");
		org.springframework.security.core.context.SecurityContextHolder.getContext().setAuthentication(resident);

		rejected(() -> voting.cast(round, Set.of(setup.fifty())), "voting.error.notVerified");
		assertThat(jdbc.queryForList("""
				select v.item_id from ballot_vote v join ballot b on b.id = v.ballot_id
				where b.round_id = ? and b.account_id = ?""", Long.class, round, accountId))
			.containsExactly(setup.sixty());
	}

	@Test
	void aRevocationThisInstanceDidNotHearOf_stopsVotingWithinAMinute() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		ResidencyTestSupport.signInAsNewResident(events, "Bewoner op een andere server", Map.of("postcode", "3132AB"));
		Long verification = residency.myStatus().verificationId();
		voting.cast(round, Set.of(setup.sixty()));
		// as another instance of the application, or an operator, would revoke it
		jdbc.update("update residency set active_account_id = null, revoked_at = current_timestamp where id = ?",
				verification);

		clock.moveBy(nl.wijkstem.base.Caches.ELIGIBILITY_TRUSTED_FOR.plusSeconds(1));

		rejected(() -> voting.cast(round, Set.of(setup.fifty())), "voting.error.notVerified");
	}

	@Test
	void aRevocationOnAnotherNode_stopsVotingHereAtOnce() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		ResidencyTestSupport.signInAsNewResident(events, "Bewoner naast een tweede server",
				Map.of("postcode", "3132AB"));
		Long verification = residency.myStatus().verificationId();
		voting.cast(round, Set.of(setup.sixty()));
		// another node revokes it: it changes the row and raises the shared version in
		// one
		// transaction, and this node hears no event
		transaction.executeWithoutResult(status -> {
			jdbc.update("update residency set active_account_id = null, revoked_at = current_timestamp where id = ?",
					verification);
			versions.raise(SharedVersions.RESIDENCY);
		});

		rejected(() -> voting.cast(round, Set.of(setup.fifty())), "voting.error.notVerified");
	}

	@Test
	void cast_limitedChoice_refusesMoreThanTheLimit() {
		Long a = publishedIdea("Eén");
		Long b = publishedIdea("Twee");
		demo.signIn("beheerder");
		Long round = rounds
			.create(VotingFixtures.round(clock.instant(), BallotKind.LIMITED, 1, 1, null, 0, false, false));
		Long first = rounds.addIdea(round, a, null);
		Long second = rounds.addIdea(round, b, null);
		clock.moveBy(Duration.ofHours(2));
		demo.signIn("fatima");

		rejected(() -> voting.cast(round, Set.of(first, second)), "voting.error.tooMany");
		assertThat(voting.cast(round, Set.of(second)).itemIds()).containsExactly(second);
	}

	@Test
	void cast_again_replacesTheBallot_theLastOneCounts_andOnlyTheVoterSeesIt() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		demo.signIn("kees");

		MyBallot first = voting.cast(round, Set.of(setup.sixty(), setup.forty()));
		MyBallot second = voting.cast(round, Set.of(setup.fifty(), setup.forty()));

		assertThat(first.totalCost()).isEqualTo(100);
		assertThat(second.totalCost()).isEqualTo(90);
		assertThat(voting.page(round, java.util.Locale.ENGLISH).myBallot().itemIds())
			.containsExactlyInAnyOrder(setup.fifty(), setup.forty());
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round)).isOne();
		demo.signIn("fatima");
		assertThat(voting.page(round, java.util.Locale.ENGLISH).myBallot()).isNull();
		rejected(() -> results.results(round, java.util.Locale.ENGLISH), "voting.error.resultsNotYet");
	}

	@Test
	void results_arePublishedAfterClosing_winnersChosen_othersBack_andTheReportChecksOut() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		castAs("kees", round, setup.sixty(), setup.forty());
		castAs("fatima", round, setup.fifty(), setup.forty());

		RoundResults outcome = publishedResults(round);

		assertThat(outcome.publishedAt()).isNotNull();
		assertThat(outcome.ballotsCast()).isEqualTo(2);
		assertThat(outcome.lines()).extracting(RoundResults.ResultLine::itemId, RoundResults.ResultLine::votes)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(setup.forty(), 2),
					org.assertj.core.groups.Tuple.tuple(setup.sixty(), 1),
					org.assertj.core.groups.Tuple.tuple(setup.fifty(), 1));
		// greedy: 40 (2 votes), then 60 (earlier than the 50, equal votes); 50 does not
		// fit
		assertThat(outcome.lines()).filteredOn(RoundResults.ResultLine::chosenByVotes)
			.extracting(RoundResults.ResultLine::itemId)
			.containsExactly(setup.forty(), setup.sixty());
		assertThat(outcome.spentByVotes()).isEqualTo(100);
		assertThat(status(setup.ideaSixty())).isEqualTo("CHOSEN");
		assertThat(status(setup.ideaFifty())).isEqualTo("PUBLISHED");
		assertThat(outcome.lines()).filteredOn(RoundResults.ResultLine::chosen)
			.allSatisfy(line -> assertThat(status(line.ideaId())).isEqualTo("CHOSEN"));
		assertThat(outcome.lines()).filteredOn(line -> !line.chosen())
			.allSatisfy(line -> assertThat(status(line.ideaId())).isEqualTo("PUBLISHED"));
		demo.signIn("beheerder");
		IntegrityReport report = results.integrity(round, java.util.Locale.ENGLISH);
		assertThat(report.ballotsCast()).isEqualTo(2);
		assertThat(report.votesCast()).isEqualTo(4);
		assertThat(report.storedTotalsMatch()).isTrue();
		assertThat(report.allClear()).isTrue();
		assertThat(report.items()).extracting(IntegrityReport.ItemCount::recount).containsExactly(1, 1, 2);
	}

	@Test
	void integrityReport_findsTamperedVotes() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		castAs("kees", round, setup.forty());
		publishedResults(round);
		Long ballot = jdbc.queryForObject("select id from ballot where round_id = ?", Long.class, round);
		jdbc.update("insert into ballot_vote (ballot_id, item_id) values (?, ?)", ballot, setup.sixty());
		demo.signIn("beheerder");

		IntegrityReport report = results.integrity(round, java.util.Locale.ENGLISH);

		assertThat(report.storedTotalsMatch()).isFalse();
		assertThat(report.ballotsWithWrongTotal()).isOne();
		assertThat(report.allClear()).isFalse();
	}

	@Test
	void liveResults_showDuringVoting_whenTheRoundSaysSo() {
		Long a = publishedIdea("Live");
		demo.signIn("beheerder");
		Long round = rounds
			.create(VotingFixtures.round(clock.instant(), BallotKind.SUPPORT, null, 1, null, 0, true, false));
		Long item = rounds.addIdea(round, a, null);
		clock.moveBy(Duration.ofHours(2));
		castAs("fatima", round, item);

		RoundResults live = results.results(round, java.util.Locale.ENGLISH);

		assertThat(live.publishedAt()).isNull();
		assertThat(live.lines()).singleElement().satisfies(line -> assertThat(line.votes()).isOne());
		assertThat(status(a)).isEqualTo("ON_BALLOT");
	}

	@Test
	void equalShares_decidesWhenChosen_andGreedyIsShownBesideIt() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		castAs("kees", round, setup.sixty());
		castAs("fatima", round, setup.fifty(), setup.forty());

		RoundResults outcome = publishedResults(round);

		// two voters with 50 each: Kees cannot pay 60 alone; Fatima pays 40 (rho 40),
		// then
		// has 10 left for the 50; the completion adds the 60 (most votes) as 60 <= 60
		// left
		assertThat(outcome.sharePerVoter()).isEqualTo(50.0);
		assertThat(outcome.lines()).filteredOn(RoundResults.ResultLine::chosenByShares)
			.extracting(RoundResults.ResultLine::itemId)
			.containsExactlyInAnyOrder(setup.forty(), setup.sixty());
		assertThat(outcome.lines()).filteredOn(RoundResults.ResultLine::chosen)
			.extracting(RoundResults.ResultLine::itemId)
			.containsExactlyInAnyOrder(setup.forty(), setup.sixty());
	}

	@Test
	void afterTheRetentionPeriod_ballotsLoseTheirAccount_butTheTotalsStay() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		castAs("kees", round, setup.sixty());
		publishedResults(round);
		clock.moveBy(Duration.ofDays(80));
		results.anonymiseExpired();
		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ? and account_id is not null",
				Long.class, round))
			.isOne();

		clock.moveBy(Duration.ofDays(15));
		results.anonymiseExpired();

		assertThat(jdbc.queryForObject("select count(*) from ballot where round_id = ? and account_id is not null",
				Long.class, round))
			.isZero();
		assertThat(jdbc.queryForObject("select anonymised_at from voting_round where id = ?", java.sql.Timestamp.class,
				round))
			.isNotNull();
		demo.signIn("beheerder");
		IntegrityReport report = results.integrity(round, java.util.Locale.ENGLISH);
		assertThat(report.ballotsLinkedToAccounts()).isZero();
		assertThat(report.storedTotalsMatch()).isTrue();
		assertThat(report.items()).extracting(IntegrityReport.ItemCount::recount).first().isEqualTo(1);
		demo.signIn("kees");
		assertThat(voting.page(round, java.util.Locale.ENGLISH).myBallot()).isNull();
		assertThat(results.results(round, java.util.Locale.ENGLISH).lines().getFirst().votes()).isOne();
	}

	@Test
	void scheduledPublication_publishesRoundsWhoseResultsAreDue_onlyThen() {
		ThreeIdeas setup = openRoundWithThreeIdeas();
		Long round = setup.round();
		castAs("fatima", round, setup.sixty());
		SignIn.out();
		clock.moveBy(Duration.ofDays(1));
		results.publishDue();
		assertThat(jdbc.queryForObject("select results_published_at from voting_round where id = ?",
				java.sql.Timestamp.class, round))
			.isNull();

		clock.moveBy(Duration.ofDays(1));
		results.publishDue();

		assertThat(jdbc.queryForObject("select results_published_at from voting_round where id = ?",
				java.sql.Timestamp.class, round))
			.isNotNull();
		assertThat(status(setup.ideaSixty())).isEqualTo("CHOSEN");
		assertThat(
				jdbc.queryForObject("select count(*) from idea_status_change where idea_id = ? and status = 'CHOSEN'",
						Long.class, setup.ideaSixty()))
			.isOne();
	}

	@Test
	void voteRanking_tiesGoToTheEarlierIdea() {
		ThreeIdeas setup = budgetRoundWithThreeIdeas(
				VotingFixtures.round(clock.instant(), BallotKind.SUPPORT, null, 1, null, 0, false, false));
		Long round = setup.round();
		clock.moveBy(Duration.ofHours(2));
		castAs("kees", round, setup.forty());
		castAs("fatima", round, setup.sixty());
		clock.moveBy(Duration.ofDays(2));

		List<RoundResults.ResultLine> lines = results.results(round, java.util.Locale.ENGLISH).lines();

		assertThat(lines.getFirst().itemId()).isEqualTo(setup.sixty());
		assertThat(lines.getFirst().chosen()).isTrue();
		assertThat(lines.get(1).chosen()).isFalse();
	}

}
