package nl.wijkstem.base.security;

import java.util.List;

/**
 * The three roles of Wijkstem. Every signed-in person is a resident; moderators and
 * administrators get their extra role from the identity provider (or the demo accounts).
 */
public final class Roles {

	public static final String RESIDENT = "RESIDENT";

	public static final String MODERATOR = "MODERATOR";

	public static final String ADMIN = "ADMIN";

	public static final List<String> ALL = List.of(RESIDENT, MODERATOR, ADMIN);

	private Roles() {
	}

	public static String authority(String role) {
		return "ROLE_" + role;
	}

}
