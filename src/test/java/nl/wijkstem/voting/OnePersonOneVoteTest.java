package nl.wijkstem.voting;

import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.GeneratedLetters;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * One person, one vote, also for someone who deletes their account and comes back: by a
 * letter code (whose address slots stay taken for the round), by the identity provider's
 * claim, and in person at the programme bureau.
 */
@ApplicationTest
class OnePersonOneVoteTest extends VotingTest {

	@Autowired
	AccountService accounts;

	@Autowired
	AddressService addresses;

	@Autowired
	ResidencyService residency;

	private Long round;

	private Long item;

	@BeforeEach
	void anOpenRound() {
		ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
		Long idea = publishedIdea("Eén stem");
		round = demo.as("beheerder", () -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		item = demo.as("moderator", () -> rounds.addIdea(round, idea, 40L));
		clock.moveBy(Duration.ofHours(2));
	}

	@AfterEach
	void cleanUp() {
		ResidencyTestSupport.noNetwork();
	}

	@Test
	void byLetterCode_aDeletedAccountsVoteKeepsItsPlace_theSamePersonAndAThirdAccountCannotVoteAgain() {
		String code = letterCode();
		String person = "brief-" + System.nanoTime();
		signIn(person);
		residency.redeem(code);
		voting.cast(round, Set.of(item));
		accounts.deleteMyAccount();

		signIn(person);
		assertThat(residency.redeem(code).verified()).as("the address has a free account again").isTrue();
		refused(() -> voting.cast(round, Set.of(item)), "voting.error.votedBefore");

		String housemate = "huisgenoot-" + System.nanoTime();
		signIn(housemate);
		residency.redeem(code);
		voting.cast(round, Set.of(item));
		accounts.deleteMyAccount();
		signIn("derde-" + System.nanoTime());
		residency.redeem(code);
		refused(() -> voting.cast(round, Set.of(item)), "voting.error.addressVoted");

		assertThat(ballots()).isEqualTo(2);
		IntegrityReport report = demo.as("beheerder", () -> results.integrity(round, Locale.ENGLISH));
		assertThat(report.people()).isEqualTo(2);
		assertThat(report.allClear()).isTrue();
	}

	@Test
	void byTheProvidersClaim_theSamePersonWithANewAccount_cannotVoteAgain() {
		String person = "claim-" + System.nanoTime();
		signIn(person, Map.of("postcode", "3132 AB"));
		assertThat(residency.myStatus().verified()).isTrue();
		voting.cast(round, Set.of(item));
		accounts.deleteMyAccount();

		signIn(person, Map.of("postcode", "3132 AB"));
		assertThat(residency.myStatus().verified()).isTrue();
		refused(() -> voting.cast(round, Set.of(item)), "voting.error.votedBefore");

		assertThat(ballots()).isEqualTo(1);
	}

	@Test
	void inPerson_theSamePersonVerifiedAgain_cannotVoteAgain() {
		String person = "balie-" + System.nanoTime();
		verifiedInPerson(person);
		voting.cast(round, Set.of(item));
		voting.cast(round, Set.of(item));
		accounts.deleteMyAccount();

		verifiedInPerson(person);
		refused(() -> voting.cast(round, Set.of(item)), "voting.error.votedBefore");

		assertThat(ballots()).isEqualTo(1);
	}

	@Test
	void integrityReport_failsWhenThereAreMoreBallotsThanPeople() {
		verifiedInPerson("balie-" + System.nanoTime());
		voting.cast(round, Set.of(item));
		jdbc.update("insert into ballot (version, round_id, account_id, submitted_at, total_cost) "
				+ "values (0, ?, null, current_timestamp, 0)", round);

		IntegrityReport report = demo.as("beheerder", () -> results.integrity(round, Locale.ENGLISH));

		assertThat(report.people()).isEqualTo(1);
		assertThat(report.ballotsCast()).isEqualTo(2);
		assertThat(report.onePersonOneBallot()).isFalse();
		assertThat(report.allClear()).isFalse();
	}

	private void verifiedInPerson(String subject) {
		signIn(subject);
		Long account = accounts.currentAccountId().orElseThrow();
		demo.as("moderator", () -> residency.verifyInPerson(account));
		assertThat(residency.myStatus().verified()).isTrue();
	}

	private void signIn(String subject) {
		signIn(subject, Map.of());
	}

	private void signIn(String subject, Map<String, Object> claims) {
		ResidencyTestSupport.signIn(events, subject, "Bewoner " + subject, claims);
	}

	/** The code on a letter to a new address. */
	private String letterCode() {
		String street = ResidencyTestSupport.newStreet();
		return demo.as("beheerder", () -> {
			addresses.importAddresses(ResidencyTestSupport.csv(street + ";7;;" + ResidencyTestSupport.newPostcode()));
			GeneratedLetters letters = addresses
				.generateLetters(clock.instant().atZone(DisplayFormats.DUTCH_TIME).toLocalDate().plusMonths(1), false);
			return ResidencyTestSupport.codesByStreetLine(letters.pdf()).get(street + " 7");
		});
	}

	private long ballots() {
		return jdbc.queryForObject("select count(*) from ballot where round_id = ?", Long.class, round);
	}

	private static void refused(Runnable action, String key) {
		assertThatExceptionOfType(Rejection.class).isThrownBy(action::run)
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo(key));
	}

}
