package nl.wijkstem.account;

import nl.wijkstem.support.BundleWords;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.TestClock;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;

import static nl.wijkstem.account.ResidencyTestSupport.as;
import static nl.wijkstem.account.ResidencyTestSupport.codeFor;
import static nl.wijkstem.account.ResidencyTestSupport.csv;
import static nl.wijkstem.account.ResidencyTestSupport.signIn;
import static nl.wijkstem.account.ResidencyTestSupport.signInAsNewResident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

@ApplicationTest
class ResidencyServiceTest extends NewStreetTest {

	@Autowired
	TestClock clock;

	@Test
	void import_addsNewAddresses_andSkipsKnownAndRepeatedOnes() {
		byte[] file = csv(street + ";1;;" + postcode, street + ";2;a;" + postcode, street + ";2;A;" + postcode);

		AddressImportResult first = asAdministrator(() -> addresses.importAddresses(file));
		AddressImportResult again = asAdministrator(() -> addresses.importAddresses(file));

		assertThat(first.imported()).isTrue();
		assertThat(first.added()).isEqualTo(2);
		assertThat(first.duplicates()).isEqualTo(1);
		assertThat(again.added()).isZero();
		assertThat(again.duplicates()).isEqualTo(3);
		assertThat(addressesInStreet()).isEqualTo(2);
	}

	@Test
	void import_withOneWrongLine_importsNothing_andSaysWhichLine() {
		byte[] file = csv(street + ";1;;" + postcode, street + ";2;;" + postcode, street + ";3;;12345");

		AddressImportResult result = asAdministrator(() -> addresses.importAddresses(file));

		assertThat(result.imported()).isFalse();
		assertThat(result.added()).isZero();
		assertThat(result.problems()).singleElement().satisfies(problem -> {
			assertThat(problem.line()).isEqualTo(4);
			assertThat(problem.messageKey()).isEqualTo("residency.import.error.postcode");
			assertThat(problem.arguments()).containsExactly("12345");
		});
		assertThat(addressesInStreet()).isZero();
	}

	@Test
	void resident_callingAdministratorsAndModeratorsServices_isRefused() {
		demo.signIn("kees");

		assertThatThrownBy(() -> addresses.importAddresses(csv(street + ";1;;" + postcode)))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> addresses.generateLetters(LocalDate.now().plusDays(30), true))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> addresses.overview(java.util.Locale.ROOT)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> residency.findResidents("Fatima")).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> residency.verifyInPerson(1L)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> residency.revoke(1L, 1L, "Verhuisd naar elders"))
			.isInstanceOf(AccessDeniedException.class);
		assertThat(addressesInStreet()).isZero();
	}

	@Test
	void letters_haveOnePagePerAddressWithItsCode_andTheDatabaseKeepsOnlyHashes() {
		importAddresses(1, 2);

		GeneratedLetters letters = generate(LocalDate.now(DisplayFormats.DUTCH_TIME).plusMonths(2), false);
		String first = codeFor(letters.pdf(), letters.letters(), street + " 1");
		String second = codeFor(letters.pdf(), letters.letters(), street + " 2");

		assertThat(first).isNotEqualTo(second);
		String plain = first.replace("-", "");
		assertThat(jdbc.queryForList("select * from residency_code"))
			.allSatisfy(row -> assertThat(row.values()).noneMatch(
					value -> value != null && (value.toString().contains(plain) || value.toString().contains(first))));
		assertThat(asAdministrator(() -> addresses.overview(java.util.Locale.ROOT)).batches()).anySatisfy(batch -> {
			assertThat(batch.id()).isEqualTo(letters.batchId());
			assertThat(batch.letters()).isEqualTo(letters.letters());
		});
	}

	@Test
	void letters_carryTheSenderFromTheProgrammeFile_andAReferencePerBatchAndAddress() throws Exception {
		importAddresses(3);

		GeneratedLetters letters = generate(LocalDate.now(DisplayFormats.DUTCH_TIME).plusMonths(2), false);

		Long addressId = jdbc.queryForObject("select id from residency_address where street = ? and house_number = 3",
				Long.class, street);
		try (var document = org.apache.pdfbox.Loader.loadPDF(letters.pdf())) {
			String text = new org.apache.pdfbox.text.PDFTextStripper().getText(document).replaceAll("\\s+", " ");
			assertThat(text).contains("Programmabureau Wij de Westwijk", "IKC De Wereldwijzer",
					"bureau@wijdewestwijk.example.nl", "010 000 00 00", "A. Voorbeeld",
					"WDW-" + letters.batchId() + "-" + addressId);
			assertThat(LetterPdfTest.images(document.getPage(0).getResources())).as("the logo").isEqualTo(1);
		}
	}

	@Test
	void code_makesTheResidentAVerifiedResidentOfItsAddress_typedInAnyCaseWithSpaces() {
		String code = codeForNewAddress(7);
		signInAsNewResident(events, "Noor Bakker", Map.of());
		Long me = accounts.currentAccountId().orElseThrow();
		assertThat(residency.isVerifiedResident(me)).isFalse();

		ResidencyStatus status = residency.redeem("  " + code.toLowerCase().replace("-", " ") + " ");

		assertThat(status.verified()).isTrue();
		assertThat(status.method()).isEqualTo(ResidencyMethod.CODE);
		assertThat(status.address()).startsWith(street + " 7, ");
		assertThat(residency.isVerifiedResident(me)).isTrue();
		assertThat(residency.myStatus()).isEqualTo(status);
		assertThat(attemptsOf(me)).containsExactly("VERIFIED " + network);
	}

	@Test
	void unknownCode_changesNothing_andIsLoggedWithoutTheCode() {
		signInAsNewResident(events, "Jan Peters", Map.of());
		Long me = accounts.currentAccountId().orElseThrow();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH-JKLM"))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.unknownCode"));

		assertThat(residency.isVerifiedResident(me)).isFalse();
		assertThat(attemptsOf(me)).containsExactly("UNKNOWN " + network);
		assertThat(jdbc.queryForList("select * from code_attempt where account_id = ?", me))
			.allSatisfy(row -> assertThat(row.values())
				.noneMatch(value -> value != null && value.toString().toUpperCase().contains("EFGH")));
	}

	@Test
	void malformedCode_isExplained_andDoesNotCountAsAGuess() {
		signInAsNewResident(events, "Jan Peters", Map.of());
		Long me = accounts.currentAccountId().orElseThrow();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH"))
			.satisfies(rejected -> {
				assertThat(rejected.messageKey()).isEqualTo("residency.error.codeFormat");
				assertThat(rejected.arguments()).containsExactly(12, 8);
			});
		// twelve characters, but one of them a zero: said as such, not "a code has 12"
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("ABCD-EFGH-JK0M"))
			.satisfies(rejected -> {
				assertThat(rejected.messageKey()).isEqualTo("residency.error.codeLookAlike");
				assertThat(rejected.arguments()).containsExactly("0");
			});
		assertThat(jdbc.queryForObject("select count(*) from code_attempt where account_id = ? and failed",
				Integer.class, me))
			.isZero();
	}

	@Test
	void oneLetter_verifiesAtMostTwoAccounts_andASlotFreesWhenOneIsRevoked() {
		String code = codeForNewAddress(9);
		Long first = redeemAsNewResident("Eerste bewoner", code);
		redeemAsNewResident("Tweede bewoner", code);
		signInAsNewResident(events, "Derde bewoner", Map.of());
		Long third = accounts.currentAccountId().orElseThrow();

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code)).satisfies(rejected -> {
			assertThat(rejected.messageKey()).isEqualTo("residency.error.usedUpCode");
			assertThat(rejected.arguments()).containsExactly(2);
		});
		assertThat(residency.isVerifiedResident(third)).isFalse();

		Long verification = statusOf(first).verificationId();
		as(() -> demo.signIn("moderator"), () -> {
			residency.revoke(first, verification, "Verhuisd uit de wijk");
			return null;
		});
		assertThat(residency.redeem(code).verified()).isTrue();
	}

	@Test
	void oneLetter_redeemedAtOnceByFiveNeighbours_verifiesExactlyTwo() throws Exception {
		String code = codeForNewAddress(19);
		List<OAuth2AuthenticationToken> neighbours = new ArrayList<>();
		for (int i = 0; i < 5; i++) {
			neighbours.add(signInAsNewResident(events, "Buur " + i, Map.of()));
		}
		CountDownLatch start = new CountDownLatch(1);
		ExecutorService pool = Executors.newFixedThreadPool(neighbours.size());
		List<Future<Boolean>> results = new ArrayList<>();
		for (OAuth2AuthenticationToken neighbour : neighbours) {
			results.add(pool.submit(() -> {
				SecurityContextHolder.getContext().setAuthentication(neighbour);
				ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
				start.await();
				try {
					return residency.redeem(code).verified();
				}
				catch (Rejection rejected) {
					return false;
				}
				finally {
					SecurityContextHolder.clearContext();
					ResidencyTestSupport.noNetwork();
				}
			}));
		}
		start.countDown();
		int verified = 0;
		for (Future<Boolean> result : results) {
			verified += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
		}
		pool.shutdown();

		assertThat(verified).isEqualTo(2);
		assertThat(
				jdbc.queryForObject(
						"select count(*) from residency r join residency_address a on a.id = "
								+ "r.address_id where a.street = ? and r.active_account_id is not null",
						Integer.class, street))
			.isEqualTo(2);
	}

	@Test
	void expiredCode_isRefused() {
		LocalDate today = LocalDate.now(clock.withZone(DisplayFormats.DUTCH_TIME));
		importAddresses(3);
		GeneratedLetters letters = generate(today.plusDays(1), false);
		String code = codeFor(letters.pdf(), letters.letters(), street + " 3");
		signInAsNewResident(events, "Laat Thuis", Map.of());

		clock.moveBy(Duration.ofDays(2));

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.expiredCode"));
		assertThat(residency.myStatus().verified()).isFalse();
	}

	@Test
	void replacedCode_isRefused_andTheNewLetterWorks() {
		String old = codeForNewAddress(4);
		GeneratedLetters again = generate(LocalDate.now(DisplayFormats.DUTCH_TIME).plusMonths(1), true);
		String fresh = codeFor(again.pdf(), again.letters(), street + " 4");
		signInAsNewResident(events, "Nieuwe Brief", Map.of());

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(old))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.withdrawnCode"));
		assertThat(residency.redeem(fresh).verified()).isTrue();
	}

	@Test
	void generatingLetters_refusesADateNotInTheFuture_orTooFarAhead() {
		importAddresses(5);
		LocalDate today = LocalDate.now(DisplayFormats.DUTCH_TIME);

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> generate(today, false))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.letters.error.expiry"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> generate(today.plusYears(3), false))
			.satisfies(
					rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.letters.error.expiryTooLate"));
	}

	@Test
	void fiveWrongCodes_lockTheAccountFor15Minutes_thenTheRightCodeWorks() {
		String code = codeForNewAddress(11);
		signInAsNewResident(events, "Gok Ker", Map.of());
		Long me = accounts.currentAccountId().orElseThrow();
		for (int i = 0; i < 5; i++) {
			assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"));
		}

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code)).satisfies(rejected -> {
			assertThat(rejected.messageKey()).isEqualTo("residency.error.tooManyAttempts");
			assertThat(rejected.arguments()).containsExactly(15L);
		});
		clock.moveBy(Duration.ofMinutes(10));
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code))
			.satisfies(rejected -> assertThat(rejected.arguments()).containsExactly(5L));
		assertThat(residency.isVerifiedResident(me)).isFalse();

		clock.moveBy(Duration.ofMinutes(5).plusSeconds(1));

		assertThat(residency.redeem(code).verified()).isTrue();
		assertThat(attemptsOf(me)).hasSize(8).endsWith("VERIFIED " + network);
	}

	@Test
	void twentyWrongCodesFromOneNetworkAddress_lockItForEveryAccount() {
		String code = codeForNewAddress(13);
		for (int resident = 0; resident < 4; resident++) {
			signInAsNewResident(events, "Gokker " + resident, Map.of());
			for (int i = 0; i < 5; i++) {
				assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"));
			}
		}
		signInAsNewResident(events, "Buurvrouw", Map.of());

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.tooManyAttempts"));

		ResidencyTestSupport.fromNetworkAddress(ResidencyTestSupport.newNetworkAddress());
		assertThat(residency.redeem(code).verified()).isTrue();
	}

	@Test
	void verifiedResident_needsNoCode() {
		demo.signIn("kees");

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.alreadyVerified"));
	}

	@Test
	void demoResidents_areVerifiedResidents() {
		demo.signIn("kees");
		ResidencyStatus kees = residency.myStatus();
		Long keesId = accounts.currentAccountId().orElseThrow();
		demo.signIn("fatima");
		ResidencyStatus fatima = residency.myStatus();

		assertThat(kees.verified()).isTrue();
		assertThat(kees.method()).isEqualTo(ResidencyMethod.IN_PERSON);
		assertThat(fatima.verified()).isTrue();
		assertThat(fatima.method()).isEqualTo(ResidencyMethod.CODE);
		assertThat(fatima.address()).isEqualTo("Reigerlaan 12, 3132 XA");
		assertThat(residency.isVerifiedResident(keesId)).isTrue();
		assertThat(residency.isVerifiedResident(null)).isFalse();
	}

	@Test
	void moderator_verifiesAResidentInPerson_andRevokesIt_recordedWithWhoAndWhy() {
		signInAsNewResident(events, "Ingrid Loket-" + street, Map.of());
		Long resident = accounts.currentAccountId().orElseThrow();
		demo.signIn("moderator");
		Long moderator = accounts.currentAccountId().orElseThrow();

		List<ResidentCandidate> found = residency.findResidents(street.substring(12).toUpperCase());
		assertThat(found).singleElement().satisfies(candidate -> {
			assertThat(candidate.accountId()).isEqualTo(resident);
			assertThat(candidate.yourself()).isFalse();
			assertThat(candidate.status().verified()).isFalse();
		});
		ResidencyStatus verified = residency.verifyInPerson(resident);

		assertThat(verified.verified()).isTrue();
		assertThat(verified.method()).isEqualTo(ResidencyMethod.IN_PERSON);
		assertThat(jdbc.queryForObject("select verified_by from residency where active_account_id = ?", Long.class,
				resident))
			.isEqualTo(moderator);
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.verifyInPerson(resident))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.verifiedMeanwhile"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> residency.revoke(resident, verified.verificationId(), "nee"))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.reason"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> residency.revoke(resident, verified.verificationId() + 1000, "Woont niet in de wijk"))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.changedMeanwhile"));

		residency.revoke(resident, verified.verificationId(), "Woont niet in de wijk");

		ResidencyStatus revoked = statusOf(resident);
		assertThat(revoked.verified()).isFalse();
		assertThat(revoked.wasRevoked()).isTrue();
		assertThat(revoked.revokeReason()).isEqualTo("Woont niet in de wijk");
		assertThat(jdbc.queryForObject("select revoked_by from residency where id = ?", Long.class,
				verified.verificationId()))
			.isEqualTo(moderator);
		assertThat(residency.isVerifiedResident(resident)).isFalse();
		assertThat(
				jdbc.queryForList(
						"select action_code || ' ' || actor_id || ' ' || reason from audit_entry "
								+ "where subject_type = 'account' and subject_id = ? order by id",
						String.class, resident))
			.containsExactly("residency.verify " + moderator + " ",
					"residency.revoke " + moderator + " Woont niet in de wijk");
	}

	@Test
	void moderator_cannotVerifyThemselves() {
		demo.signIn("moderator");
		Long moderator = accounts.currentAccountId().orElseThrow();

		assertThat(residency.findResidents("Sanne Jansen")).singleElement().satisfies(candidate -> {
			assertThat(candidate.accountId()).isEqualTo(moderator);
			assertThat(candidate.yourself()).isTrue();
		});
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.verifyInPerson(moderator))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.notYourself"));
	}

	@Test
	void postcodeClaimOfTheArea_verifiesAtSignIn_andEndsWhenTheProviderNoLongerSaysSo() {
		String subject = "claim-" + street;
		signIn(events, subject, "Claim Bewoner", Map.of("postcode", "3132 ab"));
		Long me = accounts.currentAccountId().orElseThrow();
		assertThat(residency.myStatus().method()).isEqualTo(ResidencyMethod.CLAIM);
		assertThat(residency.isVerifiedResident(me)).isTrue();

		signIn(events, subject, "Claim Bewoner", Map.of());
		assertThat(residency.isVerifiedResident(me)).as("no claim: nothing changes").isTrue();

		signIn(events, subject, "Claim Bewoner", Map.of("postcode", "3200AA"));
		assertThat(residency.myStatus().wasRevoked()).isTrue();
		assertThat(residency.myStatus().revokeReason()).isEqualTo(Residencies.CLAIM_ENDED);
	}

	@Test
	void postcodeClaimOutsideTheArea_verifiesNobody() {
		signIn(events, "outside-" + street, "Buiten Wijk", Map.of("postcode", "3133AB"));

		assertThat(residency.myStatus()).isEqualTo(ResidencyStatus.NEVER_VERIFIED);
	}

	@Test
	void claimValue_isFoundByADottedPath() {
		Map<String, Object> claims = Map.of("address", Map.of("postal_code", "3131 XY"), "list", List.of("3131AA"));

		assertThat(Residencies.claimValue(claims, "address.postal_code")).contains("3131 XY");
		assertThat(Residencies.claimValue(claims, "list")).contains("3131AA");
		assertThat(Residencies.claimValue(claims, "address")).isEmpty();
		assertThat(Residencies.claimValue(claims, "address.street")).isEmpty();
	}

	@Test
	void deletedAccount_takesItsVerificationAlong_andUnlinksItsAttempts() {
		String code = codeForNewAddress(15);
		signInAsNewResident(events, "Vertrekker", Map.of());
		Long me = accounts.currentAccountId().orElseThrow();
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"));
		residency.redeem(code);

		accounts.deleteMyAccount();

		assertThat(jdbc.queryForObject("select count(*) from residency where account_id = ?", Integer.class, me))
			.isZero();
		assertThat(jdbc.queryForObject("select count(*) from code_attempt where account_id = ?", Integer.class, me))
			.isZero();
	}

	@Test
	void personalDataExport_holdsTheVerificationAndAttempts_butNoCode() {
		String code = codeForNewAddress(17);
		signInAsNewResident(events, "Inzage Verzoeker", Map.of());
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem("2345-6789-ABCD"));
		residency.redeem(code);

		String json = new String(accounts.exportMyData(BundleWords.DUTCH.translator()), StandardCharsets.UTF_8);

		assertThat(json).contains("\"residency\"", "\"method\" : \"Met de code uit de brief\"", street + " 17",
				"\"outcome\" : \"Onbekende code\"", "\"outcome\" : \"Gelukt\"", network);
		assertThat(json).doesNotContain(code, code.replace("-", ""), "ABCD");
	}

	private String codeForNewAddress(int houseNumber) {
		importAddresses(houseNumber);
		GeneratedLetters letters = generate();
		return codeFor(letters.pdf(), letters.letters(), street + " " + houseNumber);
	}

	private Long redeemAsNewResident(String name, String code) {
		signInAsNewResident(events, name, Map.of());
		residency.redeem(code);
		return accounts.currentAccountId().orElseThrow();
	}

	private ResidencyStatus statusOf(Long accountId) {
		return jdbc
			.query("""
					select id, active_account_id, method, revoked_at, revoke_reason from residency
					where account_id = ? order by verified_at desc, id desc""",
					(rs, row) -> new ResidencyStatus(rs.getObject("active_account_id") != null, rs.getLong("id"),
							ResidencyMethod.valueOf(rs.getString("method")), null, null,
							rs.getTimestamp("revoked_at") == null ? null : rs.getTimestamp("revoked_at").toInstant(),
							rs.getString("revoke_reason")),
					accountId)
			.getFirst();
	}

	private List<String> attemptsOf(Long accountId) {
		return jdbc.queryForList(
				"select outcome || ' ' || client_address from code_attempt where account_id = ? order by id",
				String.class, accountId);
	}

	private int addressesInStreet() {
		return jdbc.queryForObject("select count(*) from residency_address where street = ?", Integer.class, street);
	}

}
