package nl.wijkstem.moderation.ui;

import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.moderation.bureau.ClaimService;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ItemClaimViewTest extends ViewTest {

	@Autowired
	IdeaFixture fixture;

	@Autowired
	ClaimService claims;

	@Autowired
	DemoUsers demo;

	private Long idea;

	private String title;

	@BeforeEach
	void anIdea() {
		title = "Opgepakt " + IdeaFixture.unique();
		idea = fixture.submitted(title);
		// both moderators have signed in once, so the bureau knows them
		demo.as("beheerder", () -> null);
		demo.as("moderator", () -> null);
	}

	@Test
	@WithUserDetails("moderator")
	void moderator_takesTheItem_andTheQueueSaysSo() {
		navigate("moderation/" + idea, ModerationItemView.class);
		assertThat(claimStatus()).isEqualTo("Niemand werkt hier nu aan.");

		test(find(Button.class).withText("Ik pak dit op").single()).click();

		assertThat(claimStatus()).startsWith("Jij werkt hieraan, tot ");
		assertThat(find(Button.class).withText("Vrijgeven").exists()).isTrue();
		navigate(ModerationQueueView.class);
		// other tests leave many submissions waiting: find this one
		test(find(TextField.class).withLabel("Zoeken in titel en tekst").single()).setValue(title);
		assertThat(find(QueueItem.class).all()).filteredOn(card -> card.card().ideaId().equals(idea))
			.singleElement()
			.satisfies(card -> assertThat(card.getElement().getTextRecursively()).contains("Jij werkt hieraan (tot "));
	}

	@Test
	@WithUserDetails("beheerder")
	void colleague_opensAClaimedItem_andSeesWhoWorksOnIt() {
		demo.as("moderator", () -> claims.claim(idea));

		navigate("moderation/" + idea, ModerationItemView.class);

		assertThat(claimStatus()).startsWith("Sanne Jansen (programmabureau) werkt hieraan sinds ")
			.endsWith("Overleg met Sanne Jansen (programmabureau) voordat je iets doet.");
		assertThat(find(Button.class).withText("Ik pak dit op").exists()).isFalse();
		assertThat(find(Select.class).withLabel("Geven aan een collega").exists()).isFalse();
	}

	@Test
	@WithUserDetails("moderator")
	void moderator_givesTheItemToAColleague() {
		navigate("moderation/" + idea, ModerationItemView.class);

		@SuppressWarnings("unchecked")
		Select<Object> colleague = find(Select.class).withLabel("Geven aan een collega").single();
		test(find(Button.class).withText("Geven").single()).click();
		assertThat(colleague.isInvalid()).isTrue();
		test(colleague).selectItem("Ahmet Yilmaz (beheer)");
		test(find(Button.class).withText("Geven").single()).click();

		assertThat(claimStatus())
			.startsWith("Sanne Jansen (programmabureau) heeft dit aan Ahmet Yilmaz (beheer) " + "gegeven, tot ");
	}

	private String claimStatus() {
		return find(Paragraph.class).withClassName("item-claim__status").single().getText();
	}

}
