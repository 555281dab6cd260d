package nl.wijkstem.idea.ui;

import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;

import javax.imageio.ImageIO;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Aside;

import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Section;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.html.UnorderedList;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.router.QueryParameters;
import com.vaadin.flow.router.RouterLink;
import nl.wijkstem.idea.PublicIdeaService;
import nl.wijkstem.idea.IdeaDecisionService;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.ModerationDecision;
import nl.wijkstem.idea.PhotoService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.support.DemoUsers;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

class ProposeIdeaViewTest extends ProposeFormTest {

	private static final String REQUEST = "Schrijf erbij bij welke flat het speelveld is. Dan kijken we opnieuw.";

	@Autowired
	IdeaDecisionService decisions;

	@Autowired
	PublicIdeaService publicIdeas;

	@Autowired
	DemoUsers demo;

	@Autowired
	PhotoService photos;

	@Test
	@WithUserDetails("kees")
	void resident_proposesAnIdea_andSeesItWaitForReview() {
		navigate(ProposeIdeaView.class);
		test(titleField()).setValue("Een watertappunt in het Westwijkpark");
		test(descriptionField())
			.setValue("Kinderen en sporters hebben in de zomer dorst. Een kraan met drinkwater in het park helpt.");
		test(placeField()).selectItem("Park of groen");

		test(sendButton()).click();

		assertThat(getCurrentView()).isInstanceOf(IdeaView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Een watertappunt in het Westwijkpark");
		assertThat(find(Span.class).withClassName("status-badge").single().getText()).isEqualTo("Wacht op controle");
		assertThat(find(Paragraph.class).withClassName("notice").exists()).isTrue();
	}

	@Test
	@WithUserDetails("kees")
	void tooShortIdea_isRefusedPerField_andEverythingTypedStays() {
		navigate(ProposeIdeaView.class);
		TextField title = titleField();
		test(title).setValue("Bankje");
		test(descriptionField()).setValue("Graag een bankje.");

		test(sendButton()).click();

		assertThat(getCurrentView()).isInstanceOf(ProposeIdeaView.class);
		assertThat(title.isInvalid()).isTrue();
		assertThat(title.getErrorMessage()).isEqualTo("Dit is te kort. Gebruik minstens 10 tekens.");
		assertThat(title.getValue()).isEqualTo("Bankje");
		assertThat(descriptionField().getValue()).isEqualTo("Graag een bankje.");
		assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
			.startsWith("Je idee is nog niet ingestuurd.");
		assertThat(sendButton().isEnabled()).isTrue();
	}

	@Test
	@WithUserDetails("fatima")
	void typing_showsSimilarPublishedIdeas() {
		Aside similar = similarIdeasFor("Nieuwe speeltoestellen voor de speeltuinen");

		assertThat(similar.isVisible()).isTrue();
		assertThat(find(RouterLink.class).from(similar).all()).extracting(RouterLink::getText)
			.contains("Speeltuin Reigerlaan opknappen");
	}

	@Test
	@WithUserDetails("kees")
	void eachHint_saysWhichWordsItShares() {
		Aside similar = similarIdeasFor("Nieuwe speeltoestellen voor de speeltuinen");

		assertThat(find(Span.class).withClassName("similar-ideas__reason").from(similar).all())
			.extracting(Span::getText)
			.anySatisfy(reason -> assertThat(reason).startsWith("Ook over: ").containsIgnoringCase("speeltuin"));
	}

	@Test
	@WithUserDetails("kees")
	void anIdeaLikeNoOther_getsNoHints_andIsToldSo() {
		Aside similar = similarIdeasFor("Een schaakclub voor senioren op dinsdagmiddag");

		assertThat(similar.isVisible()).isTrue();
		assertThat(find(RouterLink.class).from(similar).all()).isEmpty();
		assertThat(find(Paragraph.class).from(similar).all()).filteredOn(Paragraph::isVisible)
			.extracting(Paragraph::getText)
			.containsExactly("We vonden nog geen idee dat op het jouwe lijkt.");
	}

	@Test
	@WithUserDetails("kees")
	void authorEditingAfterARequestForChanges_seesTheModeratorsRequestAboveTheForm() {
		Long id = ideaReturnedForChanges();

		openDraft(id);

		Section request = find(Section.class).withClassName("change-request").single();
		assertThat(find(Paragraph.class).from(request).all()).extracting(Paragraph::getText)
			.contains(REQUEST, "Pas je idee hieronder aan en stuur het opnieuw in.");
		assertThat(find(H2.class).from(request).single().getText())
			.isEqualTo("Het programmabureau vraagt je om je idee aan te passen");
		assertThat(titleField().getValue()).isEqualTo("Een hek om het speelveld bij de flat");
	}

	@Test
	@WithUserDetails("fatima")
	void otherResidents_neverSeeTheRequestForChanges() {
		Long id = demo.as("kees", this::ideaReturnedForChanges);

		openDraft(id);

		assertThat(find(Section.class).withClassName("change-request").exists()).isFalse();
		assertThat(titleField().getValue()).isEmpty();
		assertThat(ideas.requestedChanges(id)).isEmpty();
	}

	@Test
	@WithUserDetails("kees")
	void aNewIdea_showsNoRequestForChanges() {
		navigate(ProposeIdeaView.class);

		assertThat(find(Section.class).withClassName("change-request").exists()).isFalse();
	}

	@Test
	@WithUserDetails("fatima")
	void theSimilarIdeasStatus_isThereAndEmptyFromTheStart_andThenSaysWhatWasFound() {
		navigate(ProposeIdeaView.class);
		Paragraph status = find(Paragraph.class).withClassName("similar-ideas__status").single();
		assertThat(status.isVisible()).isTrue();
		assertThat(status.getText()).isEmpty();
		assertThat(status.getElement().getAttribute("aria-live")).isEqualTo("polite");

		test(titleField()).setValue("Nieuwe speeltoestellen voor de speeltuinen");
		assertThat(status.getText()).matches("Er (is 1 idee dat|zijn \\d+ ideeën die) op het jouwe (lijkt|lijken)\\.");

		test(titleField()).setValue("Een schaakclub voor senioren op dinsdagmiddag");
		assertThat(status.getText()).isEqualTo("We vonden nog geen idee dat op het jouwe lijkt.");
	}

	@Test
	@WithUserDetails("kees")
	void aPhotoWithoutDescription_isMarkedAtItsOwnField_andTheMessageAboveLinksToIt() throws IOException {
		Long draft = ideas.save(null,
				new IdeaDraft("Een watertappunt in het Westwijkpark",
						"Kinderen en sporters hebben in de zomer dorst. Een kraan met drinkwater in het park helpt.",
						PlaceKind.GREEN, null, "", null, null));
		photos.add(draft, "kraan.png", png());
		openDraft(draft);

		test(sendButton()).click();

		TextField description = find(TextField.class).withLabel("Beschrijf wat er op de foto staat").single();
		assertThat(description.isInvalid()).isTrue();
		assertThat(description.getErrorMessage()).isEqualTo("Beschrijf bij elke foto wat erop staat.");
		assertThat(find(Paragraph.class).withClassName("form-error").single().getText())
			.startsWith("Je idee is nog niet ingestuurd.");
		Anchor link = find(Anchor.class).from(find(UnorderedList.class).withClassName("form-error__fields").single())
			.single();
		assertThat(link.getText()).isEqualTo("Beschrijf bij elke foto wat erop staat.");
		assertThat(link.getHref()).isEqualTo("#" + description.getId().orElseThrow());

		test(description).setValue("Een kapotte kraan bij de speeltuin");
		assertThat(description.isInvalid()).isFalse();
	}

	private static byte[] png() throws IOException {
		ByteArrayOutputStream out = new ByteArrayOutputStream();
		ImageIO.write(new BufferedImage(40, 30, BufferedImage.TYPE_INT_RGB), "png", out);
		return out.toByteArray();
	}

	private void openDraft(Long id) {
		UI.getCurrent()
			.navigate(ProposeIdeaView.class, QueryParameters.of(ProposeIdeaView.DRAFT_PARAMETER, id.toString()));
		assertThat(getCurrentView()).isInstanceOf(ProposeIdeaView.class);
	}

	private Long ideaReturnedForChanges() {
		Long id = ideas
			.submit(null,
					new IdeaDraft("Een hek om het speelveld bij de flat",
							"De bal rolt steeds de straat op. Een hek om het speelveld maakt het veiliger.",
							PlaceKind.PLAYGROUND, null, "", null, null))
			.id();
		demo.as("moderator", () -> {
			decisions.decide(id, publicIdeas.idea(id, Languages.DUTCH).orElseThrow().version(),
					ModerationDecision.REQUEST_CHANGES, REQUEST);
			return id;
		});
		return id;
	}

}
