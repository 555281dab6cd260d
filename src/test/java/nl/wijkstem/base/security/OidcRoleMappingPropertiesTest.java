package nl.wijkstem.base.security;

import java.util.List;

import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class OidcRoleMappingPropertiesTest {

	private final OidcRoleMappingProperties mapping = new OidcRoleMappingProperties("groups",
			List.of("bureau-moderatoren"), List.of("bureau-beheer"));

	@Test
	void noMatchingGroup_isAResident() {
		assertThat(mapping.rolesFor(List.of("medewerkers", "wijkteam"))).containsExactly(Roles.RESIDENT);
	}

	@Test
	void moderatorGroup_addsModerator() {
		assertThat(mapping.rolesFor(List.of("bureau-moderatoren"))).containsExactly(Roles.RESIDENT, Roles.MODERATOR);
	}

	@Test
	void adminGroup_isAlsoModerator() {
		assertThat(mapping.rolesFor(List.of("bureau-beheer"))).containsExactly(Roles.RESIDENT, Roles.MODERATOR,
				Roles.ADMIN);
	}

}
