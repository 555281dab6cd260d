package nl.wijkstem.base.security;

import java.util.Collection;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import org.springframework.security.core.authority.SimpleGrantedAuthority;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserRequest;
import org.springframework.security.oauth2.client.oidc.userinfo.OidcUserService;
import org.springframework.security.oauth2.client.userinfo.OAuth2UserService;
import org.springframework.security.oauth2.core.OAuth2AuthenticationException;
import org.springframework.security.oauth2.core.oidc.user.DefaultOidcUser;
import org.springframework.security.oauth2.core.oidc.user.OidcUser;

/**
 * Loads the OIDC user as usual, then replaces the provider's scopes with Wijkstem roles
 * read from the configured claim. Nothing else of the claims (and never a citizen service
 * number) is kept beyond the session.
 */
class RoleMappingOidcUserService implements OAuth2UserService<OidcUserRequest, OidcUser> {

	private final OidcUserService delegate = new OidcUserService();

	private final OidcRoleMappingProperties mapping;

	RoleMappingOidcUserService(OidcRoleMappingProperties mapping) {
		this.mapping = mapping;
	}

	@Override
	public OidcUser loadUser(OidcUserRequest request) throws OAuth2AuthenticationException {
		OidcUser user = delegate.loadUser(request);
		Set<String> roles = mapping.rolesFor(claimValues(user.getClaims().get(mapping.claim())));
		List<SimpleGrantedAuthority> authorities = roles.stream()
			.map(Roles::authority)
			.map(SimpleGrantedAuthority::new)
			.toList();
		return new DefaultOidcUser(authorities, user.getIdToken(), user.getUserInfo(), "sub");
	}

	private static Collection<String> claimValues(Object claim) {
		if (claim instanceof Collection<?> values) {
			return values.stream().map(String::valueOf).collect(Collectors.toSet());
		}
		if (claim instanceof String value) {
			return Set.of(value.split("[,\\s]+"));
		}
		return Set.of();
	}

}
