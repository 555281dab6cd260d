package nl.wijkstem.base.security;

import java.util.Collection;

import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.userdetails.User;

/**
 * A demo account signed in with a password; carries its display name so the shell can
 * greet it like an OIDC user.
 */
public class DemoUser extends User {

	private final String displayName;

	DemoUser(String username, String password, String displayName, Collection<? extends GrantedAuthority> authorities) {
		super(username, password, authorities);
		this.displayName = displayName;
	}

	public String getDisplayName() {
		return displayName;
	}

}
