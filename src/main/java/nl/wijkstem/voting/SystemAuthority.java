package nl.wijkstem.voting;

import java.util.function.Supplier;

import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.authority.AuthorityUtils;
import org.springframework.security.core.context.SecurityContext;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Runs the round's own scheduled steps (publishing results, removing the link between
 * ballots and accounts) with the rights they need, whoever or whatever triggered them,
 * and puts the caller's sign-in back afterwards.
 */
final class SystemAuthority {

	private SystemAuthority() {
	}

	static <T> T run(Supplier<T> task) {
		SecurityContext before = SecurityContextHolder.getContext();
		SecurityContext system = SecurityContextHolder.createEmptyContext();
		system.setAuthentication(UsernamePasswordAuthenticationToken.authenticated("voting-rounds", null,
				AuthorityUtils.createAuthorityList("ROLE_RESIDENT", "ROLE_MODERATOR", "ROLE_ADMIN")));
		SecurityContextHolder.setContext(system);
		try {
			return task.get();
		}
		finally {
			SecurityContextHolder.setContext(before);
		}
	}

}
