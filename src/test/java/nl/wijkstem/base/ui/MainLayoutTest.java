package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends ViewTest {

	@Test
	void anonymous_seesHomeAndSignIn() {
		navigate(HomeView.class);

		assertThat(navigationItems()).containsExactly("Start");
		assertThat($(RouterLink.class).withClassName("app-user__sign-in").single().getText()).isEqualTo("Inloggen");
		assertThat($(Button.class).withText("Uitloggen").exists()).isFalse();
	}

	@Test
	@WithUserDetails("moderator")
	void signedInModerator_seesNameRoleAndSignOut() {
		navigate(HomeView.class);

		assertThat($(Span.class).withClassName("app-user__name").single().getText())
			.isEqualTo("Sanne Jansen (programmabureau)");
		assertThat($(Span.class).withClassName("app-user__role").single().getText()).isEqualTo("Moderator");
		assertThat($(Button.class).withText("Uitloggen").exists()).isTrue();
	}

	@Test
	void languageSwitch_toEnglish_translatesTheShell() {
		navigate(HomeView.class);

		test($(Button.class).withText("English").single()).click();

		assertThat(navigationItems()).containsExactly("Home");
		assertThat($(Button.class).withText("English").single().getElement().getAttribute("aria-pressed"))
			.isEqualTo("true");
		assertThat($(Button.class).withText("Nederlands").single().getElement().getAttribute("lang")).isEqualTo("nl");
	}

	@Test
	void unknownRoute_showsTheTranslatedNotFoundPage() {
		navigate("bestaat-niet", NotFoundView.class);

		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
	}

	private List<String> navigationItems() {
		Nav nav = $(Nav.class).single();
		return $(RouterLink.class).from(nav).all().stream().map(RouterLink::getText).toList();
	}

}
