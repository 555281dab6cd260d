package nl.wijkstem.account.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ResidencyViewTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	/** The demo user of the test signed in for real, so their account exists. */
	@BeforeEach
	void recordSignIn() {
		events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
	}

	@Test
	@WithUserDetails("kees")
	void verifiedResident_seesHowAndWhen_andNoCodeForm() {
		navigate(ResidencyView.class);

		assertThat(find(Paragraph.class).withClassName("residency-status__verified").single().getText())
			.isEqualTo("Je bent bevestigd als bewoner van de Westwijk. Je mag stemmen.");
		assertThat(find(Paragraph.class).withTextContaining("Bevestigd bij het programmabureau op").exists()).isTrue();
		assertThat(find(TextField.class).exists()).isFalse();
	}

	@Test
	@WithUserDetails("moderator")
	void residentNotYetVerified_seesWhyAndWhatToDo() {
		navigate(ResidencyView.class);

		assertThat(find(Paragraph.class).withClassName("residency-status__not-verified").single().getText())
			.isEqualTo("Je bent nog niet bevestigd als bewoner.");
		assertThat(find(Paragraph.class).withTextContaining("Daarom kun je nog niet stemmen").exists()).isTrue();
		assertThat(find(TextField.class).withLabel("Code uit je brief").exists()).isTrue();
		assertThat(find(Paragraph.class).withTextContaining("Kom langs bij het programmabureau").exists()).isTrue();
	}

	@Test
	@WithUserDetails("moderator")
	void wrongCode_isExplainedAtTheField_andWhatWasTypedStays() {
		navigate(ResidencyView.class);
		TextField code = find(TextField.class).withLabel("Code uit je brief").single();

		test(code).setValue("abcd-efgh");
		test(find(Button.class).withText("Code controleren").single()).click();

		assertThat(code.isInvalid()).isTrue();
		assertThat(code.getErrorMessage()).startsWith("Een code heeft 12 letters en cijfers.");
		assertThat(code.getValue()).isEqualTo("abcd-efgh");
		assertThat(find(Paragraph.class).withClassName("residency-status__not-verified").exists()).isTrue();
	}

	@Test
	@WithUserDetails("fatima")
	void page_speaksEnglish() {
		navigate(ResidencyView.class);

		inLanguage(Languages.ENGLISH);

		assertThat(find(H1.class).single().getText()).isEqualTo("Voting as a resident");
		assertThat(find(Paragraph.class).withTextContaining("Address: Reigerlaan 12, 3132 XA").exists()).isTrue();
	}

	@Test
	@WithUserDetails("kees")
	void myData_showsTheResidency() {
		navigate(MyDataView.class);

		assertThat(find(Paragraph.class).withText("Je bent bevestigd als bewoner van de Westwijk. Je mag stemmen.")
			.exists()).isTrue();
	}

}
