package nl.wijkstem.moderation.ui;

import java.util.List;

import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.radiobutton.RadioButtonGroup;
import com.vaadin.flow.component.select.Select;
import com.vaadin.flow.component.textfield.TextField;
import nl.wijkstem.base.Languages;
import nl.wijkstem.idea.CommentService;
import nl.wijkstem.idea.IdeaDraft;
import nl.wijkstem.idea.IdeaService;
import nl.wijkstem.idea.PlaceKind;
import nl.wijkstem.idea.ReportReason;
import nl.wijkstem.support.IdeaFixture;
import nl.wijkstem.support.DemoUsers;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

@WithUserDetails("moderator")
class ModerationQueueViewTest extends ViewTest {

	@Autowired
	IdeaService ideas;

	@Autowired
	CommentService comments;

	@Autowired
	DemoUsers demo;

	@Autowired
	IdeaFixture fixture;

	private String marker;

	@BeforeEach
	void fixture() {
		marker = IdeaFixture.unique();
	}

	@Test
	void card_showsPlaceAuthorSubmissionAndLanguage() {
		Long id = fixture.submitted("Geveltuintjes " + marker);
		navigate(ModerationQueueView.class);

		search(marker);

		assertThat(cards()).singleElement().satisfies(card -> {
			assertThat(card.card().ideaId()).isEqualTo(id);
			assertThat(text(card)).contains("Geveltuintjes " + marker)
				.contains("Wacht op controle · Park of groen")
				.contains("Taal: Nederlands")
				.contains("Ingediend door Kees de Vries")
				.contains("Ingediend op ")
				.containsPattern("\\((net binnen|1 minuut geleden|\\d+ minuten geleden)\\)");
		});
		assertThat(find(Paragraph.class).withText("1 idee wacht op controle").exists()).isTrue();
	}

	@Test
	void filtersAndOrder_narrowAndSortTheList() {
		Long green = fixture.submitted("Groen idee " + marker);
		Long street = demo.as("fatima",
				() -> ideas
					.submit(null,
							new IdeaDraft("Straat idee " + marker,
									"More benches along the street for the older people of the neighbourhood.",
									PlaceKind.STREET, null, "", null, null))
					.id());
		navigate(ModerationQueueView.class);
		search(marker);
		assertThat(ids()).containsExactly(green, street);

		test(select("Volgorde")).selectItem("Nieuwste eerst");
		assertThat(ids()).containsExactly(street, green);

		test(select("Soort plek")).selectItem("Straat of stoep");
		assertThat(ids()).containsExactly(street);
		select("Soort plek").clear();

		test(select("Taal van de tekst")).selectItem("Engels");
		assertThat(ids()).containsExactly(street);

		select("Taal van de tekst").clear();
		test(select("Hoe lang het wacht")).selectItem("7 dagen of langer");
		assertThat(ids()).isEmpty();
		assertThat(find(Paragraph.class).withText("Er wachten geen ideeën op controle").exists()).isTrue();
	}

	@Test
	void reportedComment_cardNamesTheCommentAndItsIdea_withTheReasons() {
		Long idea = fixture.published("Bloembakken " + marker, null);
		Long comment = demo.as("kees", () -> comments.comment(idea, null, "Wat een onzin, dit wil niemand " + marker));
		demo.as("fatima", () -> comments.report(idea, comment, ReportReason.OFFENSIVE));
		navigate(ModerationQueueView.class);

		test(find(RadioButtonGroup.class).single()).selectItem("Gemeld");
		search(marker);

		assertThat(cards()).singleElement().satisfies(card -> {
			assertThat(card.getContent()
				.getChildren()
				.filter(H2.class::isInstance)
				.findFirst()
				.orElseThrow()
				.getElement()
				.getTextRecursively()).isEqualTo("Reactie bij: Bloembakken " + marker);
			assertThat(text(card)).contains("Gemelde reactie van Kees de Vries:")
				.contains("Wat een onzin, dit wil niemand " + marker)
				.contains("Gemeld door 1 bewoner: Beledigend of kwetsend (1). Eerste melding: ")
				.contains("Geschreven op ")
				.doesNotContain("#" + idea);
		});
	}

	@Test
	void inEnglish_theFiltersAndCardsSpeakEnglish() {
		fixture.submitted("Fietsenstalling " + marker);
		navigate(ModerationQueueView.class);
		inLanguage(Languages.ENGLISH);

		search(marker);

		assertThat(select("Order").getValue()).isNotNull();
		assertThat(text(cards().getFirst())).contains("Sent in by Kees de Vries").contains("Language: Dutch");
	}

	private void search(String text) {
		test(find(TextField.class).withLabel(getTranslationOf("moderation.queue.search")).single()).setValue(text);
	}

	private String getTranslationOf(String key) {
		return find(ModerationQueueView.class).single().getTranslation(key);
	}

	private List<QueueItem> cards() {
		return find(QueueItem.class).all();
	}

	private List<Long> ids() {
		return cards().stream().map(card -> card.card().ideaId()).toList();
	}

	private static String text(QueueItem card) {
		return card.getElement().getTextRecursively();
	}

	@SuppressWarnings("unchecked")
	private Select<Object> select(String label) {
		return find(Select.class).withLabel(label).single();
	}

}
