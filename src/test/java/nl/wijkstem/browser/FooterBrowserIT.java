package nl.wijkstem.browser;

import com.microsoft.playwright.Locator;
import com.microsoft.playwright.Page;
import com.microsoft.playwright.options.AriaRole;
import org.junit.jupiter.api.Test;

import static org.assertj.core.api.Assertions.assertThat;

/**
 * The footer on every page: the privacy and accessibility statements are reached from it,
 * it is the page's contentinfo landmark, and it fits a phone.
 */
class FooterBrowserIT extends BrowserTest {

	@Test
	void footerLinks_fromTheIdeaList_reachBothStatements() {
		open("ideas");
		Locator footer = page.getByRole(AriaRole.CONTENTINFO);
		assertThat(footer.count()).isEqualTo(1);

		footer.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Privacyverklaring")).click();
		page.waitForURL(url("privacy"));
		assertThat(heading()).isEqualTo("Privacy");

		page.getByRole(AriaRole.CONTENTINFO)
			.getByRole(AriaRole.LINK, new Locator.GetByRoleOptions().setName("Toegankelijkheidsverklaring"))
			.click();
		page.waitForURL(url("accessibility"));
		assertThat(heading()).isEqualTo("Toegankelijkheid");
	}

	@Test
	void footer_showsTheBureausContact_atPhoneAndDesktopWidth_andIsAccessible() {
		open("ideas");
		Locator footer = page.getByRole(AriaRole.CONTENTINFO);

		assertThat(footer.locator("address").innerText()).contains("Programmabureau Wij de Westwijk",
				"Voorbeeldlaan 1");
		assertThat(footer.locator("a[href^='tel:']").getAttribute("href")).isEqualTo("tel:0100000000");
		assertThat(footer.locator("a[href^='mailto:']").innerText()).isEqualTo("bureau@wijdewestwijk.example.nl");
		assertThat(footer.innerText()).contains("EUPL-1.2", "Gemeente Vlaardingen");
		page.setViewportSize(360, 740);
		waitForVaadin();
		assertAccessible();
		screenshots("footer-ideas");
	}

	private String heading() {
		return page.getByRole(AriaRole.HEADING, new Page.GetByRoleOptions().setLevel(1)).innerText();
	}

}
