package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class MainLayoutTest extends ViewTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	ReportService reportService;

	@Autowired
	IdeaModerationService moderation;

	@Test
	void anonymous_seesHomeAndSignIn() {
		navigate(HomeView.class);

		assertThat(navigationItems()).containsExactly("Start", "Ideeën", "Programma");
		assertThat($(RouterLink.class).withClassName("app-user__sign-in").single().getText()).isEqualTo("Inloggen");
		assertThat($(NativeButton.class).withText("Uitloggen").exists()).isFalse();
	}

	@Test
	@WithUserDetails("moderator")
	void signedInModerator_seesNameRoleAndSignOut() {
		navigate(HomeView.class);

		assertThat($(Span.class).withClassName("app-user__name").single().getText())
			.isEqualTo("Sanne Jansen (programmabureau)");
		assertThat($(Span.class).withClassName("app-user__role").single().getText()).isEqualTo("Moderator");
		assertThat($(NativeButton.class).withText("Uitloggen").exists()).isTrue();
		assertThat(navigationItems()).hasSize(9)
			.startsWith("Start", "Ideeën", "Stemmen", "Programma", "Mijn ideeën")
			.endsWith("Doelenbord", "Bewoners", "Mijn gegevens");
		assertThat(decisions.waitingCount()).isPositive();
		// the badge counts ideas waiting for review and reported content
		assertThat(navigationItems().get(5))
			.isEqualTo("Moderatie (" + (decisions.waitingCount() + reportService.reportedCount()) + ")");
	}

	@Test
	void languageSwitch_toEnglish_translatesTheShell() {
		navigate(HomeView.class);

		test($(NativeButton.class).withText("English").single()).click();

		assertThat(navigationItems()).containsExactly("Home", "Ideas", "Programme");
		assertThat($(NativeButton.class).withText("English").single().getElement().getAttribute("aria-pressed"))
			.isEqualTo("true");
		assertThat($(NativeButton.class).withText("Nederlands").single().getElement().getAttribute("lang"))
			.isEqualTo("nl");
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
