package nl.wijkstem.base.security;

import java.util.List;

import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * The demo profile's sign-in accounts. Their passwords are shown on the login page on
 * purpose: the demo exists to be tried.
 */
@ConfigurationProperties("wijkstem.demo")
public record DemoAccountsProperties(List<DemoAccount> accounts) {

	public DemoAccountsProperties {
		accounts = accounts == null ? List.of() : List.copyOf(accounts);
	}

	public record DemoAccount(String username, String password, String displayName, String role) {
	}

}
