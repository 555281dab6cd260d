package nl.wijkstem.base.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Footer;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Element;
import com.vaadin.flow.component.html.NativeButton;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Nav;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.consultation.AnswerReviewService;
import nl.wijkstem.idea.ReportService;
import nl.wijkstem.programme.ui.HomeView;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class MainLayoutTest extends ViewTest {

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	ReportService reportService;

	@Autowired
	AnswerReviewService answers;

	@Test
	void anonymous_seesHomeAndSignIn() {
		navigate(HomeView.class);

		assertThat(navigationItems()).containsExactly("Start", "Ideeën", "Raadplegingen", "Programma");
		assertThat(find(RouterLink.class).withClassName("app-user__sign-in").single().getText()).isEqualTo("Inloggen");
		assertThat(find(NativeButton.class).withText("Uitloggen").exists()).isFalse();
	}

	@Test
	@WithUserDetails("moderator")
	void signedInModerator_seesNameRoleAndSignOut() {
		navigate(HomeView.class);

		assertThat(find(Span.class).withClassName("app-user__name").single().getText())
			.isEqualTo("Sanne Jansen (programmabureau)");
		assertThat(find(Span.class).withClassName("app-user__role").single().getText()).isEqualTo("Moderator");
		assertThat(find(NativeButton.class).withText("Uitloggen").exists()).isTrue();
		assertThat(navigationItems()).hasSize(11)
			.startsWith("Start", "Ideeën", "Stemmen", "Raadplegingen", "Programma", "Mijn ideeën")
			.endsWith("Doelenbord", "Raadplegingen beheren", "Bewoners", "Mijn gegevens");
		assertThat(decisions.waitingCount()).isPositive();
		// the badge counts ideas waiting for review, reported content and consultation
		// answers no moderator read yet
		assertThat(navigationItems().get(6)).isEqualTo("Moderatie ("
				+ (decisions.waitingCount() + reportService.reportedCount() + answers.pendingCount()) + ")");
	}

	@Test
	void languageSwitch_toEnglish_translatesTheShell() {
		navigate(HomeView.class);

		test(find(NativeButton.class).withText("English").single()).click();

		assertThat(navigationItems()).containsExactly("Home", "Ideas", "Consultations", "Programme");
		assertThat(find(NativeButton.class).withText("English").single().getElement().getAttribute("aria-pressed"))
			.isEqualTo("true");
		assertThat(find(NativeButton.class).withText("Nederlands").single().getElement().getAttribute("lang"))
			.isEqualTo("nl");
	}

	@Test
	void unknownRoute_showsTheTranslatedNotFoundPage() {
		navigate("bestaat-niet", NotFoundView.class);

		assertThat(getCurrentView()).isInstanceOf(NotFoundView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Pagina niet gevonden");
	}

	@Test
	void footer_linksBothStatements_theMunicipalityAndTheSource_andGivesTheBureausContact() {
		navigate(HomeView.class);

		Element footer = footer();
		assertThat(footer.select("a[router-link]")).extracting(Element::text, link -> link.attr("href"))
			.containsExactly(tuple("Privacyverklaring", "privacy"),
					tuple("Toegankelijkheidsverklaring", "accessibility"));
		assertThat(footer.select("a:not([router-link])")).extracting(Element::text, link -> link.attr("href"))
			.contains(tuple("010 000 00 00", "tel:0100000000"),
					tuple("bureau@wijdewestwijk.example.nl", "mailto:bureau@wijdewestwijk.example.nl"),
					tuple("Gemeente Vlaardingen", "https://www.vlaardingen.nl/"),
					tuple("Broncode van Wijkstem", "https://code.example.nl/wijkstem"));
		assertThat(footer.select("address").text()).contains("Programmabureau Wij de Westwijk", "IKC De Wereldwijzer");
		assertThat(footer.text()).contains("EUPL-1.2");
	}

	@Test
	void footer_inEnglish_saysTheOpeningHoursInEnglish() {
		navigate(HomeView.class);

		test(find(NativeButton.class).withText("English").single()).click();

		Element footer = footer();
		assertThat(footer.select("p")).extracting(Element::text).contains("Open Monday to Thursday, 9 am to 12 noon.");
		assertThat(footer.select("a[router-link]")).extracting(Element::text)
			.containsExactly("Privacy statement", "Accessibility statement");
	}

	/** The footer is one element whose markup is escaped text and links. */
	private Element footer() {
		Footer footer = find(Footer.class).single();
		assertThat(footer.getElement().getChildCount()).isZero();
		return Jsoup.parseBodyFragment(footer.getElement().getProperty("innerHTML")).body();
	}

	private List<String> navigationItems() {
		Nav nav = find(Nav.class).withClassName("app-nav").single();
		return find(RouterLink.class).from(nav).all().stream().map(RouterLink::getText).toList();
	}

}
