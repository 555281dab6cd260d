package nl.wijkstem.base.security;

import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

import org.springframework.beans.factory.annotation.Value;
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
	SignInThrottle signInThrottle(Clock clock, @Value("${wijkstem.security.sign-in.lockout:15m}") Duration lockout,
			@Value("${wijkstem.security.sign-in.failures-per-name:5}") int failuresPerName,
			@Value("${wijkstem.security.sign-in.failures-per-address:20}") int failuresPerAddress,
			ClientAddresses clientAddresses) {
		return new SignInThrottle(clock, lockout, failuresPerName, failuresPerAddress, clientAddresses);
	}

	@Bean
	UserDetailsService demoUsers(DemoAccountsProperties properties, PasswordEncoder passwordEncoder) {
		// Hashed once at start-up with the same encoder Spring Security uses for unknown
		// names, so a known name costs as much time as an unknown one: the answer time
		// does not tell which demo names exist.
		Map<String, String> hashes = properties.accounts()
			.stream()
			.collect(Collectors.toMap(DemoAccountsProperties.DemoAccount::username,
					account -> passwordEncoder.encode(account.password())));
		Map<String, DemoAccountsProperties.DemoAccount> accounts = properties.accounts()
			.stream()
			.collect(Collectors.toMap(DemoAccountsProperties.DemoAccount::username, Function.identity()));
		return username -> {
			DemoAccountsProperties.DemoAccount account = accounts.get(username);
			if (account == null) {
				throw new UsernameNotFoundException("No demo account " + username);
			}
			return toUser(account, hashes.get(username));
		};
	}

	// A fresh user per look-up: Spring Security erases the password of the instance it
	// authenticated.
	private static UserDetails toUser(DemoAccountsProperties.DemoAccount account, String passwordHash) {
		List<SimpleGrantedAuthority> authorities = new ArrayList<>();
		for (String role : Roles.ALL) {
			authorities.add(new SimpleGrantedAuthority(Roles.authority(role)));
			if (role.equals(account.role())) {
				break;
			}
		}
		return new DemoUser(account.username(), passwordHash, account.displayName(), authorities);
	}

}
