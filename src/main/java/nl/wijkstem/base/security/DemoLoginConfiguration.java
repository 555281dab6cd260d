package nl.wijkstem.base.security;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Profile;
import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.core.userdetails.UserDetails;
import org.springframework.security.core.userdetails.UserDetailsService;
import org.springframework.security.core.userdetails.UsernameNotFoundException;
import org.springframework.security.crypto.factory.PasswordEncoderFactories;
import org.springframework.security.crypto.password.PasswordEncoder;

/**
 * Password sign-in for the seeded demo accounts. Only exists in the {@code demo} profile,
 * which {@link LoginProfiles} refuses to combine with {@code prod}.
 */
@Configuration(proxyBeanMethods = false)
@Profile(LoginProfiles.DEMO)
class DemoLoginConfiguration {

	@Bean
	PasswordEncoder passwordEncoder() {
		return PasswordEncoderFactories.createDelegatingPasswordEncoder();
	}

	@Bean
	UserDetailsService demoUsers(DemoAccountsProperties properties) {
		Map<String, DemoAccountsProperties.DemoAccount> accounts = properties.accounts()
			.stream()
			.collect(Collectors.toMap(DemoAccountsProperties.DemoAccount::username, Function.identity()));
		return username -> {
			DemoAccountsProperties.DemoAccount account = accounts.get(username);
			if (account == null) {
				throw new UsernameNotFoundException("No demo account " + username);
			}
			return toUser(account);
		};
	}

	// A fresh user per look-up: Spring Security erases the password of the instance it
	// authenticated. The demo passwords are public, so they need no hashing.
	private static UserDetails toUser(DemoAccountsProperties.DemoAccount account) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (String role : Roles.ALL) {
			authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
			if (role.equals(account.role())) {
				break;
			}
		}
		return new DemoUser(account.username(), "{noop}" + account.password(), account.displayName(), authorities);
	}

}
