package nl.wijkstem.notification.mail;

import java.util.Map;

import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.ResidencyTestSupport;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ApplicationTest;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.security.core.context.SecurityContextHolder;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * An address from the identity provider counts as confirmed only when the provider says
 * it verified it ({@code email_verified}); otherwise it is offered to confirm. A verified
 * one never replaces an address the resident confirmed themselves.
 */
@ApplicationTest
class ProviderAddressTest {

	@Autowired
	EmailAddresses addresses;

	@Autowired
	EmailAddressRepository rows;

	@Autowired
	AccountService accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	JdbcClient jdbc;

	@AfterEach
	void signOut() {
		SecurityContextHolder.clearContext();
	}

	@Test
	void aVerifiedProviderAddressIsConfirmed() {
		String address = "geverifieerd." + System.nanoTime() + "@example.org";
		ResidencyTestSupport.signInAsNewResident(events, "Vera Verified",
				Map.of("email", address, "email_verified", true));

		EmailAddresses.MyAddress mine = addresses.myAddress().orElseThrow();
		assertThat(mine.address()).isEqualTo(address);
		assertThat(mine.working()).isTrue();
		assertThat(mine.suggestion()).isNull();
		assertThat(rows.findByAccountId(accounts.currentAccountId().orElseThrow()).orElseThrow().getSource())
			.isEqualTo(EmailAddress.Source.PROVIDER);
	}

	@Test
	void anUnverifiedProviderAddressIsOnlyASuggestion() {
		String address = "onbekend." + System.nanoTime() + "@example.org";
		ResidencyTestSupport.signInAsNewResident(events, "Otto Unverified",
				Map.of("email", address, "email_verified", false));

		EmailAddresses.MyAddress mine = addresses.myAddress().orElseThrow();
		assertThat(mine.address()).isNull();
		assertThat(mine.working()).isFalse();
		assertThat(mine.suggestion()).isEqualTo(address);
		assertThat(rows.findByAccountId(accounts.currentAccountId().orElseThrow())).as("nothing kept for mail")
			.isEmpty();

		addresses.request(mine.suggestion(), Languages.ENGLISH);
		assertThat(addresses.myAddress().orElseThrow()).satisfies(now -> {
			assertThat(now.pending()).isEqualTo(address);
			assertThat(now.suggestion()).as("already waiting").isNull();
		});
	}

	@Test
	void noClaimIsNoSuggestionEither() {
		String address = "zonderclaim." + System.nanoTime() + "@example.org";
		ResidencyTestSupport.signInAsNewResident(events, "Zonder Claim", Map.of("email", address));

		assertThat(addresses.myAddress().orElseThrow().address()).as("email_verified absent is not verified").isNull();
	}

	@Test
	void aVerifiedProviderAddressDoesNotReplaceTheResidentsOwn() {
		String subject = "eigen-" + System.nanoTime();
		ResidencyTestSupport.signIn(events, subject, "Eigen Adres", Map.of());
		Long account = accounts.currentAccountId().orElseThrow();
		new MailTestSupport(jdbc).confirmedAddress(account, "eigen@example.org", "nl");

		ResidencyTestSupport.signIn(events, subject, "Eigen Adres",
				Map.of("email", "gemeente@example.org", "email_verified", true));

		assertThat(addresses.myAddress().orElseThrow().address()).isEqualTo("eigen@example.org");
	}

}
