package nl.wijkstem.base.security;

import java.util.Optional;

import com.vaadin.flow.server.VaadinServletRequest;

import com.vaadin.flow.spring.security.AuthenticationContext;

import org.springframework.stereotype.Component;

/**
 * The person using the current view, as the shell needs them: a name to show and their
 * roles. Views ask this instead of reading the security context themselves.
 */
@Component
public class CurrentUser {

	private final AuthenticationContext authentication;

	CurrentUser(AuthenticationContext authentication) {
		this.authentication = authentication;
	}

	public Optional<SignedInUser> get() {
		return authentication.getAuthenticatedUser(Object.class).map(principal -> {
			String role = Roles.ALL.reversed()
				.stream()
				.filter(authentication::hasRole)
				.findFirst()
				.orElse(Roles.RESIDENT);
			String name = SignInIdentity.of(principal).map(SignInIdentity::displayName).orElse("");
			return new SignedInUser(name, role);
		});
	}

	public boolean hasRole(String role) {
		return authentication.hasRole(role);
	}

	public void signOut() {
		authentication.logout();
	}

	/**
	 * Signs out and then shows this public page instead of the home page (also when the
	 * identity provider's sign-out comes first).
	 * @param page a route path without a leading slash
	 */
	public void signOutAndShow(String page) {
		VaadinServletRequest request = VaadinServletRequest.getCurrent();
		if (request != null) {
			request.setAttribute(SignOutDestination.ATTRIBUTE, page);
		}
		authentication.logout();
	}

	/**
	 * @param displayName the name to greet the person with, possibly empty (user text:
	 * render as text)
	 * @param highestRole the role that gives the most rights
	 */
	public record SignedInUser(String displayName, String highestRole) {
	}

}
