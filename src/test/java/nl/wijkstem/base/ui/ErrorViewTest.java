package nl.wijkstem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.tuple;

class ErrorViewTest extends ViewTest {

	@Test
	void failingPage_showsAnApologyWithAReference_andNoStackTrace() {
		RouteConfiguration.forSessionScope().setRoute("kapot", FailingView.class, MainLayout.class);

		navigate("kapot", ErrorView.class);

		assertThat(find(H1.class).single().getText()).isEqualTo("Er ging iets mis");
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anyMatch(text -> text
				.matches("Blijft het misgaan\\? Bel of mail dan het programmabureau\\. Noem deze code: [0-9a-f]{8}\\."))
			.noneMatch(text -> text.contains("Exception") || text.contains("at nl.wijkstem"));
	}

	@Test
	void failingPage_givesTheBureausPhoneAndEmail_toCallOrMailAbout() {
		RouteConfiguration.forSessionScope().setRoute("kapot", FailingView.class, MainLayout.class);

		navigate("kapot", ErrorView.class);

		Div contact = find(Div.class).withClassName("message-view__contact").single();
		assertThat(find(Anchor.class).from(contact).all()).extracting(Anchor::getText, Anchor::getHref)
			.containsExactly(tuple("010 000 00 00", "tel:0100000000"),
					tuple("bureau@wijdewestwijk.example.nl", "mailto:bureau@wijdewestwijk.example.nl"));
	}

	@AnonymousAllowed
	public static class FailingView extends Div {

		public FailingView() {
			throw new IllegalStateException("broken on purpose");
		}

	}

}
