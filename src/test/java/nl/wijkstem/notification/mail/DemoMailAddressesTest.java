package nl.wijkstem.notification.mail;

import java.time.Clock;
import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.base.security.DemoAccountsProperties;
import nl.wijkstem.base.security.DemoSeeding;
import nl.wijkstem.notification.Cadence;
import nl.wijkstem.notification.NoticeKind;
import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The demo residents get confirmed addresses at start, so a newcomer sees mail at once:
 * Kees every kind immediately, Fatima the defaults. A second start changes nothing, and
 * an address a visitor changed stays. (The test profile switches the seeding off for the
 * other tests; here it runs by hand.)
 */
@ApplicationTest
class DemoMailAddressesTest {

	@Autowired
	AccountService accounts;

	@Autowired
	DemoAccountsProperties demoAccounts;

	@Autowired
	NoticePreferences preferences;

	@Autowired
	JdbcClient jdbc;

	@Autowired
	Clock clock;

	@Autowired
	DemoSeeding demoSeeding;

	@Autowired
	DemoUsers demo;

	@AfterEach
	void noDemoAddresses() {
		for (String name : new String[] { "kees", "fatima" }) {
			Long account = id(name);
			new MailTestSupport(jdbc).noAddress(account);
			jdbc.sql("delete from notice_preference where account_id = :account").param("account", account).update();
		}
	}

	@Test
	void theDemoResidents_getConfirmedAddresses_once() {
		noDemoAddresses();
		DemoMailAddresses seeding = new DemoMailAddresses(accounts, demoAccounts, preferences, jdbc, clock,
				demoSeeding);

		seeding.seed();

		assertThat(address("kees")).isEqualTo("kees@westwijk.example");
		assertThat(address("fatima")).isEqualTo("fatima@westwijk.example");
		Map<NoticeKind, Cadence> kees = demo.as("kees", preferences::mine);
		assertThat(kees.values()).containsOnly(Cadence.IMMEDIATELY);
		Map<NoticeKind, Cadence> fatima = demo.as("fatima", preferences::mine);
		for (NoticeKind kind : NoticeKind.values()) {
			assertThat(fatima.get(kind)).as(kind.name()).isEqualTo(kind.defaultCadence());
		}

		new MailTestSupport(jdbc).confirmedAddress(id("kees"), "kees.eigen@example.org", "en");
		demo.run("kees", () -> preferences.choose(NoticeKind.SUPPORTED, Cadence.WEEKLY));
		seeding.seed();

		assertThat(address("kees")).as("what a visitor changed stays").isEqualTo("kees.eigen@example.org");
		assertThat(demo.as("kees", preferences::mine).get(NoticeKind.SUPPORTED)).isEqualTo(Cadence.WEEKLY);
		assertThat(jdbc.sql("select count(*) from email_address where address like '%@westwijk.example'")
			.query(Integer.class)
			.single()).isEqualTo(1);
	}

	private Long id(String name) {
		return demo.as(name, () -> accounts.currentAccountId().orElseThrow());
	}

	private String address(String name) {
		return jdbc.sql("select address from email_address where account_id = :account and confirmed_at is not null")
			.param("account", id(name))
			.query(String.class)
			.single();
	}

}
