package nl.wijkstem.programme.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H3;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class HomeViewTest extends ViewTest {

	@Test
	void anonymousVisitor_seesGoalsThemesAndTheWayToSignIn() {
		HomeView home = navigate(HomeView.class);

		assertThat(find(H1.class).from(home).single().getText()).isEqualTo("Jouw stem voor de Westwijk");
		assertThat(find(ListItem.class).from(home).withClassName("card").all()).hasSize(9);
		assertThat(find(RouterLink.class).from(intro()).withClassName("call-to-action").single().getText())
			.isEqualTo("Log in om mee te doen");
		assertThat(find(Anchor.class).withText("Melden bij BuitenBeter").single().getHref())
			.isEqualTo("https://www.buitenbeter.nl/");
	}

	@Test
	@WithUserDetails("fatima")
	void signedInResident_isNotAskedToSignIn() {
		navigate(HomeView.class);

		assertThat(find(RouterLink.class).from(intro()).withClassName("call-to-action").exists()).isFalse();
	}

	@Test
	void inEnglish_everythingIsEnglish() {
		navigate(HomeView.class);
		inLanguage(Languages.ENGLISH);
		HomeView home = (HomeView) getCurrentView();

		assertThat(find(H1.class).from(home).single().getText()).isEqualTo("Your voice for Westwijk");
		assertThat(find(H3.class).from(home).withText("Liveability").exists()).isTrue();
	}

	private Section intro() {
		return find(Section.class).withClassName("home-intro").single();
	}

}
