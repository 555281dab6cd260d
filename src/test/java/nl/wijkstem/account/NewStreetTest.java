package nl.wijkstem.account;

import java.time.LocalDate;
import java.util.Arrays;
import java.util.function.Supplier;

import nl.wijkstem.base.DisplayFormats;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;

import static nl.wijkstem.account.ResidencyTestSupport.as;
import static nl.wijkstem.account.ResidencyTestSupport.csv;
import static org.assertj.core.api.Assertions.assertThat;

/**
 * Service tests on the addresses of a street no other test uses, which the administrator
 * imports and prints letters for; requests come from a network address of their own.
 */
abstract class NewStreetTest {

	@Autowired
	protected AddressService addresses;

	@Autowired
	protected ResidencyService residency;

	@Autowired
	protected AccountService accounts;

	@Autowired
	protected ApplicationEventPublisher events;

	@Autowired
	protected DemoUsers demo;

	@Autowired
	protected JdbcTemplate jdbc;

	protected final String street = ResidencyTestSupport.newStreet();

	protected final String postcode = ResidencyTestSupport.newPostcode();

	protected final String network = ResidencyTestSupport.newNetworkAddress();

	@BeforeEach
	void fromOwnNetworkAddress() {
		ResidencyTestSupport.fromNetworkAddress(network);
	}

	@AfterEach
	void noNetwork() {
		ResidencyTestSupport.noNetwork();
	}

	/** Imports these numbers of the street, each of them new. */
	protected void importAddresses(int... houseNumbers) {
		String[] lines = Arrays.stream(houseNumbers)
			.mapToObj(number -> street + ";" + number + ";;" + postcode)
			.toArray(String[]::new);
		assertThat(asAdministrator(() -> addresses.importAddresses(csv(lines))).added()).isEqualTo(houseNumbers.length);
	}

	/** Letters, valid for a month, to the addresses that have no code yet. */
	protected GeneratedLetters generate() {
		return generate(LocalDate.now(DisplayFormats.DUTCH_TIME).plusMonths(1), false);
	}

	protected GeneratedLetters generate(LocalDate expiresOn, boolean everyAddress) {
		return asAdministrator(() -> addresses.generateLetters(expiresOn, everyAddress));
	}

	protected <T> T asAdministrator(Supplier<T> action) {
		return as(() -> demo.signIn("beheerder"), action);
	}

}
