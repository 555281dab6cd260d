package nl.wijkstem.account;

import java.time.Instant;
import java.util.List;
import java.util.Map;

import nl.wijkstem.support.ApplicationTest;
import nl.wijkstem.support.SignIn;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.jdbc.core.JdbcTemplate;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.oauth2.client.authentication.OAuth2AuthenticationToken;
import org.springframework.security.oauth2.core.oidc.OidcIdToken;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;

import static org.assertj.core.api.Assertions.assertThat;

@ApplicationTest
class AccountServiceTest {

	private static final String ISSUER = "https://login.example-gemeente.nl";

	@Autowired
	AccountService accountService;

	@Autowired
	AccountRepository accounts;

	@Autowired
	ApplicationEventPublisher events;

	@Autowired
	UserDetailsService demoUsers;

	@Autowired
	JdbcTemplate jdbc;

	@Test
	void firstOidcSignIn_createsAnAccount_laterSignInsUpdateIt() {
		String subject = "999990019";
		long before = accounts.count();

		events.publishEvent(new AuthenticationSuccessEvent(oidcSignIn(subject, "Marieke Bakker")));
		events.publishEvent(new AuthenticationSuccessEvent(oidcSignIn(subject, "Marieke de Groot-Bakker")));

		assertThat(accounts.count()).isEqualTo(before + 1);
		SecurityContextHolder.getContext().setAuthentication(oidcSignIn(subject, "Marieke de Groot-Bakker"));
		AccountSummary account = accountService.currentAccount().orElseThrow();
		assertThat(account.displayName()).isEqualTo("Marieke de Groot-Bakker");
		assertThat(account.email()).isEqualTo("marieke@example.nl");
		assertThat(account.issuer()).isEqualTo(ISSUER);
	}

	@Test
	void subject_isNeverStoredAsIs() {
		String bsnLikeSubject = "123456782";

		events.publishEvent(new AuthenticationSuccessEvent(oidcSignIn(bsnLikeSubject, "Jan")));

		List<Map<String, Object>> rows = jdbc.queryForList("select * from account");
		assertThat(rows).isNotEmpty();
		assertThat(rows).allSatisfy(row -> assertThat(row.values())
			.noneMatch(value -> value != null && value.toString().contains(bsnLikeSubject)));
	}

	@Test
	void demoSignIn_createsTheDemoAccount() {
		SignIn.as(demoUsers, "kees");
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));

		assertThat(accountService.currentAccount()).get()
			.extracting(AccountSummary::displayName)
			.isEqualTo("Kees de Vries");
	}

	@Test
	void currentAccount_isEmptyWhenNobodySignedIn() {
		assertThat(accountService.currentAccount()).isEmpty();
	}

	private static OAuth2AuthenticationToken oidcSignIn(String subject, String name) {
		OidcIdToken token = new OidcIdToken("token", Instant.now(), Instant.now().plusSeconds(60),
				Map.of("iss", ISSUER, "sub", subject, "name", name, "email", "marieke@example.nl"));
		List<SimpleGrantedAuthority> authorities = List.of(new SimpleGrantedAuthority("ROLE_RESIDENT"));
		return new OAuth2AuthenticationToken(new DefaultOidcUser(authorities, token), authorities, "gemeente");
	}

}
