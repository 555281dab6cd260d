package nl.wijkstem.base.security;

import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a claim of the municipality's identity provider becomes a Wijkstem role.
 *
 * @param claim the claim holding group or role names, e.g. {@code groups} or
 * {@code roles}
 * @param moderatorValues claim values that make someone a moderator
 * @param adminValues claim values that make someone an administrator
 */
@ConfigurationProperties("wijkstem.security.oidc")
public record OidcRoleMappingProperties(@DefaultValue("groups") String claim,
		@DefaultValue("wijkstem-moderator") List<String> moderatorValues,
		@DefaultValue("wijkstem-admin") List<String> adminValues) {

	/**
	 * Roles for the given claim values. Administrators are moderators too, so the
	 * programme bureau's lead never needs two groups.
	 */
	public Set<String> rolesFor(Collection<String> claimValues) {
		Set<String> roles = new LinkedHashSet<>();
		roles.add(Roles.RESIDENT);
		if (claimValues.stream().anyMatch(adminValues::contains)) {
			roles.add(Roles.MODERATOR);
			roles.add(Roles.ADMIN);
		}
		else if (claimValues.stream().anyMatch(moderatorValues::contains)) {
			roles.add(Roles.MODERATOR);
		}
		return roles;
	}

}
