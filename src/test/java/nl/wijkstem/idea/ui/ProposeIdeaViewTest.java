package nl.wijkstem.idea.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Aside;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ProposeIdeaViewTest extends ViewTest {

	@Test
	@WithUserDetails("kees")
	void resident_proposesAnIdea_andSeesItWaitForReview() {
		navigate(ProposeIdeaView.class);
		test($(TextField.class).withLabel("Je idee in één zin").single())
			.setValue("Een watertappunt in het Westwijkpark");
		test($(TextArea.class).single())
			.setValue("Kinderen en sporters hebben in de zomer dorst. Een kraan met drinkwater in het park helpt.");
		@SuppressWarnings("unchecked")
		Select<PlaceKind> place = $(Select.class).withLabel("Wat voor plek is het?").single();
		test(place).selectItem("Park of groen");

		test($(Button.class).withText("Idee insturen").single()).click();

		assertThat(getCurrentView()).isInstanceOf(IdeaView.class);
		assertThat($(H1.class).single().getText()).isEqualTo("Een watertappunt in het Westwijkpark");
		assertThat($(Span.class).withClassName("status-badge").single().getText()).isEqualTo("Wacht op controle");
		assertThat($(Paragraph.class).withClassName("notice").exists()).isTrue();
	}

	@Test
	@WithUserDetails("kees")
	void tooShortIdea_isRefusedPerField_andEverythingTypedStays() {
		navigate(ProposeIdeaView.class);
		TextField title = $(TextField.class).withLabel("Je idee in één zin").single();
		test(title).setValue("Bankje");
		test($(TextArea.class).single()).setValue("Graag een bankje.");

		test($(Button.class).withText("Idee insturen").single()).click();

		assertThat(getCurrentView()).isInstanceOf(ProposeIdeaView.class);
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("Dit is te kort. Gebruik minstens 10 tekens.");
		assertThat(title.getValue()).isEqualTo("Bankje");
		assertThat($(TextArea.class).single().getValue()).isEqualTo("Graag een bankje.");
		assertThat($(Paragraph.class).withClassName("form-error").single().getText())
			.startsWith("Je idee is nog niet ingestuurd.");
		assertThat($(Button.class).withText("Idee insturen").single().isEnabled()).isTrue();
	}

	@Test
	@WithUserDetails("fatima")
	void typing_showsSimilarPublishedIdeas() {
		navigate(ProposeIdeaView.class);

		test($(TextField.class).withLabel("Je idee in één zin").single())
			.setValue("Nieuwe speeltoestellen voor de speeltuinen");

		Aside similar = $(Aside.class).withClassName("similar-ideas").single();
		assertThat(similar.isVisible()).isTrue();
		assertThat($(RouterLink.class).from(similar).all()).extracting(RouterLink::getText)
			.contains("Speeltuin Reigerlaan opknappen");
	}

}
