package nl.wijkstem.account;

import java.util.Arrays;
import java.util.List;
import java.util.Map;

import nl.wijkstem.base.Rejection;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.access.AccessDeniedException;

import static nl.wijkstem.account.ResidencyTestSupport.as;
import static nl.wijkstem.account.ResidencyTestSupport.codeFor;
import static nl.wijkstem.account.ResidencyTestSupport.signInAsNewResident;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatExceptionOfType;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * Administrators list, search, correct and remove the area's addresses, and nobody's
 * verification disappears without their decision.
 */
@ApplicationTest
class AddressManagementTest extends NewStreetTest {

	@Test
	void search_findsByStreetNumberPostcodeAndLetterReference_inPostalOrder() {
		importAddresses(12, 3, 40);
		AddressRow twelve = only(street.substring(12) + " 12");

		assertThat(find(street).rows()).extracting(AddressRow::houseNumber).containsExactly(3, 12, 40);
		assertThat(find(street.toUpperCase() + " 40").rows()).extracting(AddressRow::houseNumber).containsExactly(40);
		assertThat(find(postcode.toLowerCase() + " 3").rows()).extracting(AddressRow::houseNumber).containsExactly(3);
		assertThat(find("WDW-99-" + twelve.id()).rows()).extracting(AddressRow::id).containsExactly(twelve.id());
		assertThat(find("wdw - 99 - " + twelve.id()).rows()).extracting(AddressRow::id).containsExactly(twelve.id());
		assertThat(find(street + " 7").total()).isZero();
		assertThat(find("%").total()).isZero();
	}

	@Test
	void largeList_comesInPagesOf50() {
		int[] numbers = new int[120];
		Arrays.setAll(numbers, i -> i + 1);
		importAddresses(numbers);

		AddressPage first = find(street);
		AddressPage last = asAdministrator(() -> addresses.findAddresses(street, 2));

		assertThat(first.total()).isEqualTo(120);
		assertThat(first.rows()).hasSize(50);
		assertThat(first.first()).isEqualTo(1);
		assertThat(first.hasPrevious()).isFalse();
		assertThat(first.hasNext()).isTrue();
		assertThat(last.rows()).extracting(AddressRow::houseNumber).startsWith(101).endsWith(120).hasSize(20);
		assertThat(last.first()).isEqualTo(101);
		assertThat(last.hasNext()).isFalse();
	}

	@Test
	void rows_sayWhatHangsOnEachAddress() {
		importAddresses(1, 2, 3);
		GeneratedLetters letters = generate();
		redeemAsNewResident(codeFor(letters.pdf(), letters.letters(), street + " 1"));
		jdbc.update("update residency_code set withdrawn_at = current_timestamp where address_id = ?",
				only(street + " 3").id());

		List<AddressRow> rows = find(street).rows();

		assertThat(rows).extracting(AddressRow::houseNumber, AddressRow::verifiedResidents, AddressRow::workingBatch)
			.containsExactly(org.assertj.core.groups.Tuple.tuple(1, 1L, letters.batchId()),
					org.assertj.core.groups.Tuple.tuple(2, 0L, letters.batchId()),
					org.assertj.core.groups.Tuple.tuple(3, 0L, null));
		assertThat(rows.get(2).inUse()).isFalse();
	}

	@Test
	void correction_keepsTheCodeAndTheVerifiedResidents_andIsStamped() {
		importAddresses(5);
		GeneratedLetters letters = generate();
		String code = codeFor(letters.pdf(), letters.letters(), street + " 5");
		Long resident = redeemAsNewResident(code);
		AddressRow before = only(street + " 5");

		AddressRow corrected = asAdministrator(() -> addresses.correctAddress(before.id(), before.version(),
				new AddressInput(street + "weg", " 5 ", "b", postcode.toLowerCase(), "Vlaardingen")));

		assertThat(corrected.text()).isEqualTo(street + "weg 5 B, " + postcode);
		assertThat(corrected.place()).isEqualTo("Vlaardingen");
		assertThat(corrected.correctedAt()).isNotNull();
		assertThat(corrected.verifiedResidents()).isEqualTo(1);
		assertThat(corrected.workingBatch()).isEqualTo(letters.batchId());
		assertThat(residency.isVerifiedResident(resident)).isTrue();
		assertThat(jdbc.queryForObject("select address_id from residency where active_account_id = ?", Long.class,
				resident))
			.isEqualTo(before.id());
	}

	@Test
	void wrongCorrection_namesEveryWrongPart_andChangesNothing() {
		importAddresses(6, 7);
		AddressRow six = only(street + " 6");

		assertThatExceptionOfType(InvalidAddressException.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.correctAddress(six.id(), six.version(),
					new AddressInput("", "zes", "", "3132", ""))))
			.satisfies(invalid -> assertThat(invalid.addressProblems()).extracting(AddressProblem::field)
				.containsExactly(AddressField.STREET, AddressField.HOUSE_NUMBER, AddressField.POSTCODE));
		assertThatExceptionOfType(InvalidAddressException.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.correctAddress(six.id(), six.version(),
					new AddressInput(street, "7", "", postcode, ""))))
			.satisfies(invalid -> assertThat(invalid.addressProblems()).singleElement().satisfies(problem -> {
				assertThat(problem.field()).isEqualTo(AddressField.POSTCODE);
				assertThat(problem.messageKey()).isEqualTo("addresses.error.duplicate");
			}));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> asAdministrator(() -> addresses.correctAddress(six.id(), six.version() + 1,
					new AddressInput(street, "8", "", postcode, ""))))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("addresses.error.changedMeanwhile"));
		assertThat(only(street + " 6").version()).isEqualTo(six.version());
	}

	@Test
	void unusedAddress_isRemoved() {
		importAddresses(9);
		AddressRow nine = only(street + " 9");

		asAdministrator(() -> {
			addresses.removeAddress(nine.id(), AddressRemoval.unused());
			return null;
		});

		assertThat(find(street).total()).isZero();
	}

	@Test
	void addressWithALetterOnItsWay_isRemovedOnlyAsSeen_andItsCodeStopsWorking() {
		importAddresses(10);
		GeneratedLetters letters = generate();
		String code = codeFor(letters.pdf(), letters.letters(), street + " 10");
		AddressRow ten = only(street + " 10");

		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> asAdministrator(() -> {
			addresses.removeAddress(ten.id(), AddressRemoval.unused());
			return null;
		})).satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("addresses.error.changedMeanwhile"));
		asAdministrator(() -> {
			addresses.removeAddress(ten.id(), new AddressRemoval(0, letters.batchId(), null, null));
			return null;
		});

		signInAsNewResident(events, "Na verwijderen " + street, Map.of());
		assertThatExceptionOfType(Rejection.class).isThrownBy(() -> residency.redeem(code))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.unknownCode"));
	}

	@Test
	void addressWithVerifiedResidents_isNotRemovedWithoutADecisionAboutThem() {
		importAddresses(11);
		GeneratedLetters letters = generate();
		Long resident = redeemAsNewResident(codeFor(letters.pdf(), letters.letters(), street + " 11"));
		AddressRow eleven = only(street + " 11");

		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> remove(eleven, new AddressRemoval(1, letters.batchId(), null, null)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("addresses.remove.error.choose"));
		assertThatExceptionOfType(Rejection.class).isThrownBy(
				() -> remove(eleven, new AddressRemoval(0, letters.batchId(), AddressRemoval.Verifications.KEEP, null)))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("addresses.error.changedMeanwhile"));
		assertThatExceptionOfType(Rejection.class)
			.isThrownBy(() -> remove(eleven,
					new AddressRemoval(1, letters.batchId(), AddressRemoval.Verifications.REVOKE, "nee")))
			.satisfies(rejected -> assertThat(rejected.messageKey()).isEqualTo("residency.error.reason"));

		assertThat(only(street + " 11").verifiedResidents()).isEqualTo(1);
		assertThat(residency.isVerifiedResident(resident)).isTrue();
	}

	@Test
	void removingAnAddress_keepingItsResidents_leavesThemVerifiedWithoutAnAddress() {
		importAddresses(12);
		GeneratedLetters letters = generate();
		Long resident = redeemAsNewResident(codeFor(letters.pdf(), letters.letters(), street + " 12"));

		remove(only(street + " 12"), new AddressRemoval(1, letters.batchId(), AddressRemoval.Verifications.KEEP, null));

		assertThat(residency.isVerifiedResident(resident)).isTrue();
		assertThat(jdbc.queryForObject(
				"select count(*) from residency where active_account_id = ? and " + "address_id is null", Integer.class,
				resident))
			.isEqualTo(1);
	}

	@Test
	void removingAnAddress_revokingItsResidents_tellsThemWhy_andRecordsWho() {
		importAddresses(13);
		GeneratedLetters letters = generate();
		Long resident = redeemAsNewResident(codeFor(letters.pdf(), letters.letters(), street + " 13"));

		remove(only(street + " 13"), new AddressRemoval(1, letters.batchId(), AddressRemoval.Verifications.REVOKE,
				"Op dit adres staat geen woning"));

		assertThat(residency.isVerifiedResident(resident)).isFalse();
		Long admin = as(() -> demo.signIn("beheerder"), () -> accounts.currentAccountId()).orElseThrow();
		assertThat(jdbc.queryForMap("select revoke_reason, revoked_by from residency where account_id = ?", resident))
			.containsEntry("REVOKE_REASON", "Op dit adres staat geen woning")
			.containsEntry("REVOKED_BY", admin);
	}

	@Test
	void residentsAndModerators_cannotManageAddresses() {
		signInAsNewResident(events, "Nieuwsgierig " + street, Map.of());
		assertThatThrownBy(() -> addresses.findAddresses("", 0)).isInstanceOf(AccessDeniedException.class);
		demo.signIn("moderator");
		assertThatThrownBy(() -> addresses.findAddresses("", 0)).isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> addresses.correctAddress(1L, 0, new AddressInput("a", "1", "", "3132AB", "")))
			.isInstanceOf(AccessDeniedException.class);
		assertThatThrownBy(() -> addresses.removeAddress(1L, AddressRemoval.unused()))
			.isInstanceOf(AccessDeniedException.class);
	}

	private void remove(AddressRow row, AddressRemoval removal) {
		asAdministrator(() -> {
			addresses.removeAddress(row.id(), removal);
			return null;
		});
	}

	private AddressPage find(String query) {
		return asAdministrator(() -> addresses.findAddresses(query, 0));
	}

	private AddressRow only(String query) {
		List<AddressRow> rows = find(query).rows();
		assertThat(rows).as(query).hasSize(1);
		return rows.getFirst();
	}

	private Long redeemAsNewResident(String code) {
		return as(() -> signInAsNewResident(events, "Bewoner " + street, Map.of()), () -> {
			residency.redeem(code);
			return accounts.currentAccountId().orElseThrow();
		});
	}

}
