package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import nl.wijkstem.base.AccessibilityStatement;
import nl.wijkstem.base.Branding;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

import org.springframework.beans.factory.annotation.Autowired;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The accessibility statement as residents read it, in Dutch and English: every part of
 * the Dutch model statement with the programme file's status, dates, barriers, the
 * bureau's contact and the ombudsman's link, accessible, without sideways scrolling down
 * to 320 px; and reachable from the footer of every kind of page.
 */
class AccessibilityStatementBrowserIT extends BrowserTest {

	@Autowired
	Branding branding;

	@Test
	void statementInDutch_hasEveryPartOfTheModel_withTheConfiguredContent() {
		open("accessibility");
		AccessibilityStatement statement = branding.accessibilityStatement();

		assertThat(heading(1)).isEqualTo("Toegankelijkheidsverklaring");
		assertThat(page.title()).isEqualTo("Toegankelijkheidsverklaring | Wijkstem");
		assertThat(page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2))
			.allInnerTexts()).containsExactly("Voor welke website is deze verklaring?",
					"Hoe toegankelijk is de website?", "Hoe weten we dat?", "Wat werkt nog niet goed?",
					"Werkt iets niet voor jou?", "Ben je niet tevreden met ons antwoord?",
					"Wie heeft deze verklaring ondertekend?");
		assertThat(part("Hoe toegankelijk is de website?").innerText()).contains("B: voldoet voor een deel",
				"6 december 2026");
		assertThat(part("Hoe toegankelijk is de website?").locator("time").first().getAttribute("datetime"))
			.isEqualTo("2026-12-06");
		assertThat(part("Hoe weten we dat?")
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Lees het rapport van het onderzoek"))
			.getAttribute("href")).isEqualTo(statement.audits().get(0).reportUrl());

		Locator barriers = part("Wat werkt nog niet goed?").locator("ul.barrier-list > li");
		assertThat(barriers.count()).isEqualTo(statement.barriers().size());
		assertThat(barriers.first().innerText()).contains(statement.barriers().get(0).description().nl(),
				"WCAG 2.1, eis " + statement.barriers().get(0).criterion(), "Klaar uiterlijk op");

		Locator contact = part("Werkt iets niet voor jou?");
		assertThat(contact.locator("a[href^='mailto:']").innerText()).isEqualTo("bureau@wijdewestwijk.example.nl");
		assertThat(contact.locator("a[href^='tel:']").getAttribute("href")).isEqualTo("tel:0100000000");
		assertThat(contact.locator("address").innerText()).contains("Programmabureau Wij de Westwijk",
				"Voorbeeldlaan 1");
		assertThat(contact.innerText()).contains("Je krijgt binnen 5 werkdagen antwoord.");

		assertThat(part("Ben je niet tevreden met ons antwoord?").getByRole(AriaRole.LINK).getAttribute("href"))
			.isEqualTo("https://www.nationaleombudsman.nl/");
		assertThat(part("Wie heeft deze verklaring ondertekend?").innerText()).contains("A. Voorbeeld",
				"Programmamanager Wij de Westwijk");
		assertAccessible();
	}

	@Test
	void statementInEnglish_hasTheSameParts_inEnglish() {
		open("accessibility");
		page.getByRole(AriaRole.BUTTON, new Page.GetByRoleOptions().setName("English")).click();
		waitForVaadin();
		AccessibilityStatement statement = branding.accessibilityStatement();

		assertThat(page.locator("html").getAttribute("lang")).isEqualTo("en");
		assertThat(heading(1)).isEqualTo("Accessibility statement");
		assertThat(page.getByRole(AriaRole.MAIN)
			.getByRole(AriaRole.HEADING, new Locator.GetByRoleOptions().setLevel(2))
			.allInnerTexts()).containsExactly("Which website is this statement about?",
					"How accessible is the website?", "How do we know?", "What does not work well yet?",
					"Does something not work for you?", "Not satisfied with our answer?", "Who signed this statement?");
		assertThat(part("How accessible is the website?").innerText()).contains("B: partially compliant");
		assertThat(part("What does not work well yet?").innerText())
			.contains(statement.barriers().get(0).description().en());
		assertThat(part("Not satisfied with our answer?").getByRole(AriaRole.LINK).getAttribute("href"))
			.isEqualTo("https://www.nationaleombudsman.nl/");
		assertThat(part("Who signed this statement?").innerText()).contains("Programme manager, Wij de Westwijk");
		assertAccessible();
	}

	@Test
	void statement_fitsA320PixelScreen_andAPhone() {
		page.setViewportSize(320, 640);
		open("accessibility");

		Object overflow = page.evaluate("() => document.documentElement.scrollWidth - window.innerWidth");
		assertThat(((Number) overflow).intValue()).as("sideways scrolling at 320 px").isLessThanOrEqualTo(0);
		Object heading = page
			.evaluate("() => { const h = document.querySelector('h1');" + " return h.scrollWidth - h.clientWidth; }");
		assertThat(((Number) heading).intValue()).as("the heading's overflow at 320 px").isLessThanOrEqualTo(0);
		assertAccessible();
		screenshots("accessibility-statement");
	}

	@ParameterizedTest(name = "/{0}")
	@ValueSource(strings = { "", "login", "bestaat-niet", "ideas/99999", "privacy", "accessibility" })
	void everyKindOfPage_linksTheStatement_fromItsFooter(String path) {
		open(path);

		Locator link = page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Toegankelijkheidsverklaring"));
		assertThat(link.count()).as("/" + path).isEqualTo(1);
		assertThat(link.getAttribute("href")).isEqualTo("accessibility");
	}

	private String heading(int level) {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(level))
			.innerText()
			.replace("\u00ad", "");
	}

	/**
	 * The part of the statement under this heading (its section, named by the heading).
	 */
	private Locator part(String heading) {
		return page.getByRole(AriaRole.REGION, new Page.GetByRoleOptions().setName(heading).setExact(true));
	}

}
