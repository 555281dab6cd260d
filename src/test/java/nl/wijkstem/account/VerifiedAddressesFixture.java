package nl.wijkstem.account;

import java.sql.Timestamp;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import nl.wijkstem.support.SignIn;

import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.core.userdetails.UserDetailsService;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * Verified residents on three new addresses of a new street: number 1 has one account,
 * number 2 two (the default limit) and number 3 three, one more than the rules allow, as
 * only a fault or a change outside Wijkstem could make; plus one resident verified
 * without an address. Written straight into the database, and removed again by
 * {@link #close()}: the integrity checks of every other test count these rows too.
 */
public final class VerifiedAddressesFixture implements AutoCloseable {

	private final JdbcTemplate jdbc;

	private final String street = ResidencyTestSupport.newStreet();

	private final String postcode = ResidencyTestSupport.newPostcode();

	private final List<Long> accounts = new ArrayList<>();

	private VerifiedAddressesFixture(JdbcTemplate jdbc) {
		this.jdbc = jdbc;
	}

	public static VerifiedAddressesFixture create(AddressService addresses, AccountService accountService,
			ApplicationEventPublisher events, UserDetailsService demoUsers, JdbcTemplate jdbc) {
		VerifiedAddressesFixture fixture = new VerifiedAddressesFixture(jdbc);
		String street = fixture.street;
		String postcode = fixture.postcode;
		AddressImportResult imported = ResidencyTestSupport.as(() -> SignIn.as(demoUsers, events, "beheerder"),
				() -> addresses.importAddresses(ResidencyTestSupport.csv(street + ";1;;" + postcode,
						street + ";2;;" + postcode, street + ";3;;" + postcode)));
		assertThat(imported.added()).isEqualTo(3);
		for (int number = 1; number <= 3; number++) {
			Long address = jdbc.queryForObject("select id from residency_address where street = ? and house_number = ?",
					Long.class, street, number);
			for (int account = 0; account < number; account++) {
				fixture.verify(fixture.newAccount(events, accountService, "Bewoner " + number + "-" + account), "CODE",
						address);
			}
		}
		fixture.verify(fixture.newAccount(events, accountService, "Aan de balie"), "IN_PERSON", null);
		return fixture;
	}

	private Long newAccount(ApplicationEventPublisher events, AccountService accountService, String name) {
		Long id = ResidencyTestSupport.as(
				() -> ResidencyTestSupport.signInAsNewResident(events, name + " " + street, Map.of()),
				() -> accountService.currentAccountId().orElseThrow());
		accounts.add(id);
		return id;
	}

	private void verify(Long account, String method, Long address) {
		jdbc.update(
				"insert into residency (version, account_id, active_account_id, method, address_id, verified_at) "
						+ "values (0, ?, ?, ?, ?, ?)",
				account, account, method, address, Timestamp.from(Instant.now()));
	}

	/** The address with one account too many, as the report writes it. */
	public String crowdedAddress() {
		return street + " 3, " + postcode;
	}

	@Override
	public void close() {
		accounts.forEach(account -> jdbc.update("delete from residency where account_id = ?", account));
	}

}
