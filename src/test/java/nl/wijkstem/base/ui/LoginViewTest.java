package nl.wijkstem.base.ui;

import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.login.LoginForm;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class LoginViewTest extends ViewTest {

	@Test
	void demo_listsTheFourAccountsWithTheirPasswords() {
		navigate(LoginView.class);

		assertThat(find(ListItem.class).withTextContaining("wachtwoord demo").all()).extracting(ListItem::getText)
			.containsExactly("Bewoner: gebruikersnaam fatima, wachtwoord demo",
					"Bewoner: gebruikersnaam kees, wachtwoord demo",
					"Moderator: gebruikersnaam moderator, wachtwoord demo",
					"Beheerder: gebruikersnaam beheerder, wachtwoord demo");
		assertThat(find(LoginForm.class).single().getAction()).isEqualTo("login");
	}

	@Test
	@WithUserDetails("kees")
	void signedInPerson_isSentHome() {
		navigate(LoginView.PATH, HomeView.class);

		assertThat(getCurrentView()).isInstanceOf(HomeView.class);
	}

}
