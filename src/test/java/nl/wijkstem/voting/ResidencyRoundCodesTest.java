package nl.wijkstem.voting;

import java.io.IOException;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.account.AddressOverview;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.GeneratedLetters;
import nl.wijkstem.account.ResidencyService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.TestClock;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.text.PDFTextStripper;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;

import static nl.wijkstem.account.ResidencyTestSupport.as;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;

/**
 * Letter codes that stop working when a voting round's voting closes: the account module
 * asks the voting module through {@code VotingDeadlines}.
 */
@ApplicationTest
class ResidencyRoundCodesTest {

	@Autowired
	AddressService addresses;

	@Autowired
	ResidencyService residency;

	@Autowired
	RoundService rounds;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoUsers demo;

	@Autowired
	TestClock clock;

	private final String street = ResidencyTestSupport.newStreet();

	private final String postcode = ResidencyTestSupport.newPostcode();

	@BeforeEach
	void fromOwnNetworkAddress() {
		ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
	}

	@AfterEach
	void cleanUp() {
		ResidencyTestSupport.noNetwork();
	}

	@Test
	void codeTiedToARound_worksUntilVotingCloses_thenIsExpired() throws IOException {
		Long round = asAdministrator(() -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		Instant closes = asAdministrator(() -> rounds.edit(round)).form().votingClosesAt();
		importAddresses(1);

		GeneratedLetters letters = asAdministrator(() -> addresses.generateLettersForRound(round, false));
		String code = ResidencyTestSupport.codeFor(letters.pdf(), letters.letters(), street + " 1");

		ZonedDateTime closing = closes.atZone(DisplayFormats.DUTCH_TIME);
		assertThat(letters.roundClosesAt()).isEqualTo(closes);
		assertThat(letters.expiresOn()).isEqualTo(closing.toLocalDate());
		assertThat(pageOf(letters.pdf(), street + " 1")).contains("De code werkt tot "
				+ DateTimeFormatter.ofPattern("d MMMM yyyy", Locale.forLanguageTag("nl-NL")).format(closing) + " om "
				+ DateTimeFormatter.ofPattern("HH:mm").format(closing) + " uur. Dan sluit de stemming.");
		clock.moveBy(Duration.ofHours(23));
		ResidencyTestSupport.signInAsNewResident(events, "Op Tijd", Map.of());
		assertThat(residency.redeem(code).verified()).isTrue();

		clock.moveBy(Duration.ofHours(1));
		ResidencyTestSupport.signInAsNewResident(events, "Te Laat", Map.of());

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.expiredCode"));
		assertThat(residency.myStatus().verified()).isFalse();
	}

	@Test
	void roundClosingMovedLater_keepsItsCodesWorking() {
		Long round = asAdministrator(() -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		importAddresses(2);
		GeneratedLetters letters = asAdministrator(() -> addresses.generateLettersForRound(round, false));
		String code = ResidencyTestSupport.codeFor(letters.pdf(), letters.letters(), street + " 2");

		asAdministrator(() -> {
			EditableRound editable = rounds.edit(round);
			RoundForm form = editable.form();
			rounds.update(round, editable.version(),
					new RoundForm(form.titleNl(), form.titleEn(), form.explanationNl(), form.explanationEn(),
							form.ballotChosenAt(), form.votingOpensAt(), form.votingClosesAt().plus(Duration.ofDays(3)),
							form.resultsAt().plus(Duration.ofDays(3)), form.kind(), form.maxChoices(), form.winners(),
							form.budget(), form.minSpendPercent(), form.liveResults(), form.sharesVariant(),
							form.tieBreak()));
			return null;
		});
		clock.moveBy(Duration.ofDays(2));
		ResidencyTestSupport.signInAsNewResident(events, "Na Verzetten", Map.of());

		assertThat(residency.redeem(code).verified()).isTrue();
		AddressOverview overview = asAdministrator(() -> addresses.overview(Locale.ENGLISH));
		assertThat(overview.batches()).anySatisfy(batch -> {
			assertThat(batch.id()).isEqualTo(letters.batchId());
			assertThat(batch.round().roundId()).isEqualTo(round);
			assertThat(batch.round().title()).isEqualTo("Westwijk budget");
			assertThat(batch.round().closesAt()).isEqualTo(letters.roundClosesAt().plus(Duration.ofDays(3)));
		});
		assertThat(overview.openRounds()).anySatisfy(open -> assertThat(open.roundId()).isEqualTo(round));
	}

	@Test
	void addressWithAWorkingRoundCode_getsNoNewLetter_untilTheRoundCloses() {
		Long round = asAdministrator(() -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		importAddresses(3);
		asAdministrator(() -> addresses.generateLettersForRound(round, false));
		importAddresses(4);

		GeneratedLetters next = asAdministrator(() -> addresses
			.generateLetters(clock.instant().atZone(DisplayFormats.DUTCH_TIME).toLocalDate().plusMonths(1), false));

		assertThat(ResidencyTestSupport.codesByStreetLine(next.pdf())).containsKey(street + " 4")
			.doesNotContainKey(street + " 3");
		clock.moveBy(Duration.ofDays(1));
		GeneratedLetters afterClosing = asAdministrator(() -> addresses
			.generateLetters(clock.instant().atZone(DisplayFormats.DUTCH_TIME).toLocalDate().plusMonths(1), false));
		assertThat(ResidencyTestSupport.codesByStreetLine(afterClosing.pdf())).containsKey(street + " 3")
			.doesNotContainKey(street + " 4");
	}

	@Test
	void lettersForARound_needAKnownRoundWhoseVotingHasNotClosed() {
		Long round = asAdministrator(() -> rounds.create(VotingFixtures.budgetRound(clock.instant(), 100)));
		importAddresses(5);
		clock.moveBy(Duration.ofDays(1));

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.generateLettersForRound(round, false)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.letters.error.roundClosed"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.generateLettersForRound(Long.MAX_VALUE, false)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.letters.error.noRound"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.generateLettersForRound(null, false)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.letters.error.noRound"));
		assertThat(asAdministrator(() -> addresses.overview(Locale.ENGLISH)).openRounds())
			.noneSatisfy(open -> assertThat(open.roundId()).isEqualTo(round));
	}

	private void importAddresses(int houseNumber) {
		assertThat(asAdministrator(
				() -> addresses.importAddresses(ResidencyTestSupport.csv(street + ";" + houseNumber + ";;" + postcode)))
			.added()).isOne();
	}

	private <T> T asAdministrator(Supplier<T> action) {
		return as(() -> demo.signIn("beheerder"), action);
	}

	private static String pageOf(byte[] pdf, String streetLine) throws IOException {
		try (PDDocument document = Loader.loadPDF(pdf)) {
			PDFTextStripper stripper = new PDFTextStripper();
			stripper.setPageEnd("\f");
			for (String page : stripper.getText(document).split("\f")) {
				if (page.contains(streetLine)) {
					return page.replaceAll("\\s+", " ");
				}
			}
			throw new AssertionError("No letter to " + streetLine);
		}
	}

}
