package nl.wijkstem.base.ui;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.ListItem;
import com.vaadin.flow.component.html.UnorderedList;
import nl.wijkstem.base.Branding;
import nl.wijkstem.base.Languages;
import nl.wijkstem.support.ViewTest;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

class AccessibilityStatementViewTest extends ViewTest {

	@Autowired
	Branding branding;

	@Test
	void statement_hasEveryPartOfTheModel_inItsOrder() {
		AccessibilityStatementView view = navigate(AccessibilityStatementView.class);

		assertThat(find(H1.class).single().getText().replace("\u00ad", "")).isEqualTo("Toegankelijkheidsverklaring");
		assertThat(find(H2.class).from(view).all()).extracting(H2::getText)
			.containsExactly("Voor welke website is deze verklaring?", "Hoe toegankelijk is de website?",
					"Hoe weten we dat?", "Wat werkt nog niet goed?", "Werkt iets niet voor jou?",
					"Ben je niet tevreden met ons antwoord?", "Wie heeft deze verklaring ondertekend?");
	}

	@Test
	void statement_listsEveryConfiguredBarrier_andLinksTheReportTheBureauAndTheOmbudsman() {
		AccessibilityStatementView view = navigate(AccessibilityStatementView.class);

		UnorderedList barriers = find(UnorderedList.class).withClassName("barrier-list").single();
		assertThat(find(ListItem.class).from(barriers).all())
			.hasSize(branding.accessibilityStatement().barriers().size());
		assertThat(find(Anchor.class).from(view).all()).extracting(Anchor::getHref)
			.contains("https://code.example.nl/wijkstem/blob/main/docs/accessibility-audit.md",
					"mailto:bureau@wijdewestwijk.example.nl", "tel:0100000000", "https://www.nationaleombudsman.nl/");
		assertThat(getCurrentView().getElement().getOuterHTML()).contains("B: voldoet voor een deel")
			.contains("<time datetime=\"2026-12-06\">6 december 2026</time>")
			.contains("Je krijgt binnen 5 werkdagen antwoord.")
			.contains("A. Voorbeeld");
	}

	@Test
	void statement_inEnglish_hasTheEnglishTextsOfTheProgrammeFile() {
		navigate(AccessibilityStatementView.class);
		inLanguage(Languages.ENGLISH);

		String page = getCurrentView().getElement().getOuterHTML();
		assertThat(find(H1.class).single().getText()).isEqualTo("Accessibility statement");
		assertThat(page)
			.contains("B: partially compliant", "Programme manager, Wij de Westwijk",
					branding.accessibilityStatement().barriers().get(0).description().en())
			.doesNotContain("lang=\"nl\"");
	}

}
