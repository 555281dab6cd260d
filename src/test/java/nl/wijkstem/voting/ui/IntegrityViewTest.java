package nl.wijkstem.voting.ui;

import java.util.Locale;
import java.util.Map;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Paragraph;
import nl.wijkstem.account.AccountService;
import nl.wijkstem.account.AddressService;
import nl.wijkstem.account.VerifiedAddressesFixture;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The integrity report's verified accounts per address, on the demo round.
 */
class IntegrityViewTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService demoUsers;

	@Autowired
	AddressService addresses;

	@Autowired
	AccountService accounts;

	@Autowired
	JdbcTemplate jdbc;

	@BeforeEach
	void recordSignIn() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
	}

	private Map<String, String> demoRound() {
		return Map.of("roundId", jdbc
			.queryForObject("select id from voting_round where title_nl = ?", Long.class, "Buurtbudget Westwijk 2027")
			.toString());
	}

	@Test
	@WithUserDetails("beheerder")
	void report_showsVerifiedAccountsPerAddress() {
		navigate(IntegrityView.class, demoRound());

		assertThat(find(H2.class).withText("Bevestigde bewoners per adres").exists()).isTrue();
		assertThat(find(ListItem.class).withTextContaining("Adressen met 1 bevestigd account: ").exists()).isTrue();
		assertThat(find(ListItem.class).withText("Adressen met meer dan 2 accounts (dat mag niet): 0").exists())
			.isTrue();
		assertThat(find(ListItem.class).withTextContaining("Bevestigde bewoners zonder adres").exists()).isTrue();
		assertThat(find(Paragraph.class).withText("Alle controles zijn goed.").exists()).isTrue();
	}

	@Test
	@WithUserDetails("beheerder")
	void addressOverTheLimit_failsTheReport_andIsNamed() {
		try (VerifiedAddressesFixture fixture = VerifiedAddressesFixture.create(addresses, accounts, events, demoUsers,
				jdbc)) {
			navigate(IntegrityView.class, demoRound());

			assertThat(find(Paragraph.class).withText("Er is iets niet in orde. Kijk de punten hieronder na.").exists())
				.isTrue();
			assertThat(find(ListItem.class).withClassName("integrity-problem").single().getElement().getText())
				.startsWith("Adressen met meer dan 2 accounts (dat mag niet): ");
			assertThat(find(ListItem.class).withText(fixture.crowdedAddress() + ": 3 accounts").exists()).isTrue();
			assertThat(find(ListItem.class).withTextContaining("Adressen met 3 bevestigde accounts: ").exists())
				.isTrue();

			inLanguage(Locale.ENGLISH);

			assertThat(find(H2.class).withText("Verified residents per address").exists()).isTrue();
			assertThat(find(ListItem.class).withText(fixture.crowdedAddress() + ": 3 accounts").exists()).isTrue();
		}
	}

}
