package nl.wijkstem.base.ui;

import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.RouteConfiguration;
import com.vaadin.flow.server.auth.AnonymousAllowed;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

class ErrorViewTest extends ViewTest {

	@Test
	void failingPage_showsAnApologyWithAReference_andNoStackTrace() {
		RouteConfiguration.forSessionScope().setRoute("kapot", FailingView.class, MainLayout.class);

		navigate("kapot", ErrorView.class);

		assertThat(find(H1.class).single().getText()).isEqualTo("Er ging iets mis");
		assertThat(find(Paragraph.class).all()).extracting(Paragraph::getText)
			.anyMatch(
					text -> text.matches("Wilt u ons hierover bellen of mailen\\? Noem dan deze code: [0-9a-f]{8}\\."))
			.noneMatch(text -> text.contains("Exception") || text.contains("at nl.wijkstem"));
	}

	@AnonymousAllowed
	public static class FailingView extends Div {

		public FailingView() {
			throw new IllegalStateException("broken on purpose");
		}

	}

}
