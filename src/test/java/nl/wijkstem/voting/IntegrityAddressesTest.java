package nl.wijkstem.voting;

import java.util.Locale;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.VerifiedAddressesFixture;
import nl.wijkstem.account.VerifiedPerAddress;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

/**
 * The verified accounts per address in the integrity report. The numbers cover the whole
 * shared database, so the test compares them before and after adding its own residents.
 */
@ApplicationTest
class IntegrityAddressesTest {

	@Autowired
	AddressService addresses;

	@Autowired
	ResultsService results;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	DemoUsers demo;

	@Autowired
	UserDetailsService demoUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void verifiedPerAddress_countsAddressesByAccounts_flagsTheOneOverTheLimit_andThoseWithoutAddress() {
		demo.signIn("beheerder");
		VerifiedPerAddress before = addresses.verifiedPerAddress();

		try (VerifiedAddressesFixture fixture = VerifiedAddressesFixture.create(addresses, accounts, events, demoUsers,
				jdbc)) {
			VerifiedPerAddress after = addresses.verifiedPerAddress();

			assertThat(after.accountsPerAddress()).isEqualTo(2);
			assertThat(addressesWith(after, 1)).isEqualTo(addressesWith(before, 1) + 1);
			assertThat(addressesWith(after, 2)).isEqualTo(addressesWith(before, 2) + 1);
			assertThat(addressesWith(after, 3)).isEqualTo(addressesWith(before, 3) + 1);
			assertThat(after.atOrOverLimit()).isEqualTo(before.atOrOverLimit() + 2);
			assertThat(after.overLimit()).isEqualTo(before.overLimit() + 1);
			assertThat(after.withinLimit()).isFalse();
			assertThat(after.overLimitAddresses())
				.contains(new VerifiedPerAddress.Crowded(fixture.crowdedAddress(), 3));
			assertThat(after.withoutAddress()).isEqualTo(before.withoutAddress() + 1);
		}

		assertThat(addresses.verifiedPerAddress()).isEqualTo(before);
	}

	@Test
	void integrityReport_failsWhileAnAddressHasMoreAccountsThanAllowed() {
		demo.signIn("beheerder");
		Long round = jdbc.queryForObject("select id from voting_round where title_nl = ?", Long.class,
				"Buurtbudget Westwijk 2027");
		assertThat(results.integrity(round, Locale.ENGLISH).allClear()).isTrue();

		try (VerifiedAddressesFixture fixture = VerifiedAddressesFixture.create(addresses, accounts, events, demoUsers,
				jdbc)) {
			IntegrityReport report = results.integrity(round, Locale.ENGLISH);

			assertThat(report.addresses().overLimitAddresses())
				.contains(new VerifiedPerAddress.Crowded(fixture.crowdedAddress(), 3));
			assertThat(report.allClear()).isFalse();
		}

		assertThat(results.integrity(round, Locale.ENGLISH).allClear()).isTrue();
	}

	@Test
	void verifiedPerAddress_isForAdministratorsOnly() {
		demo.signIn("moderator");

		assertThatThrownBy(() -> addresses.verifiedPerAddress()).isInstanceOf(AccessDeniedException.class);
	}

	private static long addressesWith(VerifiedPerAddress report, int accounts) {
		return report.distribution()
			.stream()
			.filter(share -> share.accounts() == accounts)
			.mapToLong(VerifiedPerAddress.Share::addresses)
			.sum();
	}

}
