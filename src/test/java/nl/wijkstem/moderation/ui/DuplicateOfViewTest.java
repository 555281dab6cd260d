package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaModerationService;
import nl.wijkstem.idea.IdeaStatus;
import nl.wijkstem.moderation.IdeaFixture;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.context.ApplicationContext;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class DuplicateOfViewTest extends ViewTest {

	@Autowired
	ApplicationContext context;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	IdeaModerationService moderation;

	@Test
	void aDuplicate_linksToItsOriginal_andCanBeUndone() {
		IdeaFixture fixture = new IdeaFixture(context);
		String originalTitle = "Origineel " + IdeaFixture.unique();
		Long original = fixture.published(originalTitle, null);
		Long duplicate = fixture.published("Dubbel " + IdeaFixture.unique(), null);
		moderation.markDuplicate(duplicate, fixture.version(duplicate), original,
				"Dit idee bestaat al. Steun het andere idee.");

		navigate("moderation/" + duplicate, ModerationItemView.class);
		DuplicateOf section = find(DuplicateOf.class).single();
		RouterLink link = find(RouterLink.class).withClassName("duplicate-of__original").single();
		assertThat(link.getText()).isEqualTo(originalTitle);
		assertThat(link.getHref()).isEqualTo("moderation/" + original);
		assertThat(section.getElement().getTextRecursively()).contains("weer de status \"Gepubliceerd\"");

		test(find(TextArea.class).withLabel("Bericht aan de indiener").single())
			.setValue("Toch geen dubbel idee: het gaat over een andere straat.");
		test(find(Button.class).withText("Dubbel ongedaan maken").single()).click();

		assertThat(publicIdeas.idea(duplicate, Languages.DUTCH).orElseThrow().status()).isEqualTo(IdeaStatus.PUBLISHED);
		assertThat(find(DuplicateOf.class).exists()).isFalse();
	}

}
