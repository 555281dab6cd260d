package nl.wijkstem.account.ui;

import java.util.List;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.DescriptionList;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.security.authentication.event.AuthenticationSuccessEvent;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.security.test.context.support.WithUserDetails;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * "My data" shows every kind of data kept about the person, counted, with where to see
 * it. Before deleting, the page says what happens to each kind of content; after, a
 * public page confirms it to the person, who is signed out by then.
 */
class MyDataViewTest extends ViewTest {

	@Autowired
	ApplicationEventPublisher events;

	@BeforeEach
	void recordSignIn() {
		if (SecurityContextHolder.getContext().getAuthentication() != null) {
			events.publishEvent(new AuthenticationSuccessEvent(SecurityContextHolder.getContext().getAuthentication()));
		}
	}

	@Test
	@WithUserDetails("kees")
	void deleteSection_saysWhatHappensToEachKindOfContent() {
		navigate(MyDataView.class);

		UnorderedList list = find(UnorderedList.class).withClassName("my-data-consequences").single();
		assertThat(find(ListItem.class, list).all()).hasSize(MyDataView.DELETION_CONSEQUENCES.size())
			.extracting(ListItem::getText)
			.anyMatch(text -> text.startsWith("Je concepten en je ideeën die nog niet online staan, worden verwijderd"))
			.anyMatch(text -> text.contains("Er staat dan \"Een bewoner\"."))
			.anyMatch(text -> text.startsWith("Je reacties blijven staan, zonder je naam."))
			.anyMatch(text -> text.startsWith("Heb je gestemd? Dan telt je stem nog mee"));
	}

	@Test
	void confirmation_isShownSignedOut_inBothLanguages() {
		navigate(AccountDeletedView.class);
		assertThat(find(H1.class).single().getText()).isEqualTo("Je account is verwijderd");

		inLanguage(java.util.Locale.ENGLISH);
		assertThat(find(H1.class).single().getText()).isEqualTo("Your account has been deleted");
	}

	@Test
	@WithUserDetails("kees")
	void overview_countsEveryKindOfDataKept_withWhereToSeeIt() {
		navigate(MyDataView.class);

		DescriptionList kept = find(DescriptionList.class).withClassName("my-data-kept").single();
		List<String> terms = find(DescriptionList.Term.class, kept).all()
			.stream()
			.map(term -> term.getElement().getText())
			.toList();
		assertThat(terms).contains("Ideeën en concepten die je schreef", "Reacties die je schreef",
				"Ideeën die je steunt", "Ideeën en reacties die je meldde", "Stemmen die nog aan jou gekoppeld zijn",
				"Berichten aan jou", "Keren dat je bevestigd bent als bewoner",
				"Keren dat je een code uit de brief invulde");
		assertThat(find(Anchor.class, kept).all()).extracting(anchor -> anchor.getHref()).contains("my/ideas");
	}

}
